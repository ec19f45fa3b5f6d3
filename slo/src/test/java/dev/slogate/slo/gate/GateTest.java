package dev.slogate.slo.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.eval.Verdict;
import org.junit.jupiter.api.Test;

class GateTest {

  @Test
  void onlyPassPassesUnderTheDefaultPolicy() {
    GatePolicy policy = GatePolicy.DEFAULT;
    assertTrue(Gate.decide(Verdict.PASS, policy).passed());
    assertEquals(0, Gate.decide(Verdict.PASS, policy).exitCode());
    assertFalse(Gate.decide(Verdict.FAIL, policy).passed());
    assertEquals(1, Gate.decide(Verdict.FAIL, policy).exitCode());
    assertFalse(Gate.decide(Verdict.INCONCLUSIVE, policy).passed());
    assertEquals(2, Gate.decide(Verdict.INCONCLUSIVE, policy).exitCode());
    assertFalse(Gate.decide(Verdict.INVALID, policy).passed());
    assertEquals(2, Gate.decide(Verdict.INVALID, policy).exitCode());
  }

  @Test
  void aLenientPolicyLetsInconclusiveThroughButNeverInvalidOrFail() {
    GatePolicy lenient = GatePolicy.parse("pass");
    assertTrue(Gate.decide(Verdict.INCONCLUSIVE, lenient).passed());
    assertEquals(0, Gate.decide(Verdict.INCONCLUSIVE, lenient).exitCode());
    assertFalse(Gate.decide(Verdict.INVALID, lenient).passed());
    assertFalse(Gate.decide(Verdict.FAIL, lenient).passed());
  }

  @Test
  void policyParsing() {
    assertEquals(GatePolicy.DEFAULT, GatePolicy.parse(null));
    assertEquals(GatePolicy.DEFAULT, GatePolicy.parse(" FAIL "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GatePolicy.parse("maybe"));
    assertEquals("slogate.gate.inconclusive=maybe is not a policy (expected fail or pass)", e.getMessage());
  }

  @Test
  void decisionDescribesPolicyOnlyWhenItMattered() {
    assertEquals("gate FAILED (verdict INCONCLUSIVE; slogate.gate.inconclusive=fail)",
        Gate.decide(Verdict.INCONCLUSIVE, GatePolicy.DEFAULT).describe());
    assertEquals("gate PASSED (verdict PASS)", Gate.decide(Verdict.PASS, GatePolicy.DEFAULT).describe());
  }
}
