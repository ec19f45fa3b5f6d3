package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.SyntheticRun.EPOCH_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.RunRecord;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LoadValidityCheckTest {

  /** Ten whole seconds starting at the run's second 1, planned at 100/s. */
  private static final PhaseWindow STEADY = new PhaseWindow("steady", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1,
      EPOCH_SECOND + 11, OptionalDouble.of(100), OptionalDouble.of(1000));

  private final LoadValidityCheck check = new LoadValidityCheck(0.05);

  private static RunRecord arrivals(double perSecond) {
    return new SyntheticRun().load(750, 10_750, perSecond, "GET /", 5).build(); // [1.000 s, 11.000 s)
  }

  @Test
  void anInjectorBelowThePlanMakesThePhaseInvalid() {
    PhaseValidity validity = check.check(arrivals(81.2), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(812, validity.achievedArrivals());
    assertEquals("the injector did not reach the planned rate in steady: 812 of 1,000 planned arrivals (81%)", validity.reason());
  }

  @Test
  void anInjectorAboveThePlanIsInvalidToo() {
    PhaseValidity validity = check.check(arrivals(120), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals("the injector exceeded the planned rate in steady: 1,200 of 1,000 planned arrivals (120%)", validity.reason());
  }

  @Test
  void withinTheToleranceIsValid() {
    assertEquals(LoadStatus.VALID, check.check(arrivals(95), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(arrivals(105), STEADY).status());
    assertEquals(LoadStatus.INVALID, check.check(arrivals(94), STEADY).status());
    assertEquals(LoadStatus.VALID, new LoadValidityCheck(0.10).check(arrivals(91), STEADY).status());
    PhaseValidity exact = check.check(arrivals(100), STEADY);
    assertEquals("the injector kept to the planned rate in steady: 1,000 of 1,000 planned arrivals (100%)", exact.reason());
  }

  @Test
  void closedModelsAndRunsWithoutPlanAreNotChecked() {
    PhaseWindow closed = new PhaseWindow("soak", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1, EPOCH_SECOND + 11,
        OptionalDouble.of(0), OptionalDouble.of(0));
    PhaseValidity validity = check.check(arrivals(50), closed);
    assertEquals(LoadStatus.NOT_CHECKED, validity.status());
    assertEquals("phase soak has no planned arrival rate (closed model), so its load is not checked", validity.reason());
    PhaseWindow whole = new PhaseWindow(PhaseWindow.WHOLE_RUN, Optional.empty(), EPOCH_SECOND, EPOCH_SECOND + 11,
        OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(LoadStatus.NOT_CHECKED, check.check(arrivals(50), whole).status());
  }

  static final String EMFILE = "i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files";
  static final String PREMATURE_CLOSE = "i.g.h.c.i.PrematureCloseException: Premature close";

  /** 100/s for ten whole seconds, every tenth arrival failing with {@code message}. */
  private static RunRecord failing(double perSecond, String message) {
    return new SyntheticRun().load(750, 10_750, perSecond, "GET /", i -> 5, i -> i % 10 != 0, i -> message).build();
  }

  @Test
  void anInjectorLocalFailureMakesAPhaseDrivenAsPlannedInvalidNamingTheCauseAndCount() {
    PhaseValidity validity = check.check(failing(100, EMFILE), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(1000, validity.achievedArrivals());
    assertEquals("the injector ran out of file descriptors in steady (100 requests failed locally; raise `ulimit -n` or "
        + "lower the rate)", validity.reason());
    // the same phase, its failures the target's or the connection's: judged on its arrivals alone
    assertEquals(LoadStatus.VALID, check.check(failing(100, SyntheticRun.TARGET_FAILURE), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(failing(100, PREMATURE_CLOSE), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(failing(100, "Request timeout to 127.0.0.1/127.0.0.1:8080 after 60000 ms"), STEADY).status());
  }

  @Test
  void anInjectorLocalFailureKeepsWhatTheArrivalsSaid() {
    PhaseValidity validity = check.check(failing(120, "j.n.BindException: Cannot assign requested address"), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals("the injector ran out of local ports in steady (120 requests failed locally; widen "
        + "`net.ipv4.ip_local_port_range`, keep connections shared or lower the rate); the injector exceeded the planned "
        + "rate in steady: 1,200 of 1,000 planned arrivals (120%)", validity.reason());
  }

  @Test
  void anInjectorLocalFailureMakesEvenAnUncheckedPhaseInvalid() {
    PhaseWindow closed = new PhaseWindow("soak", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1, EPOCH_SECOND + 11,
        OptionalDouble.of(0), OptionalDouble.of(0));
    PhaseValidity soak = check.check(failing(50, "j.n.UnknownHostException: nosuchhost.invalid"), closed);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertEquals("the injector could not resolve the target's host name in soak (50 requests failed locally; check the "
        + "target's address and the injector's DNS resolver); phase soak has no planned arrival rate (closed model), so "
        + "its load is not checked", soak.reason());
    PhaseWindow whole = new PhaseWindow(PhaseWindow.WHOLE_RUN, Optional.empty(), EPOCH_SECOND, EPOCH_SECOND + 11,
        OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(LoadStatus.INVALID, check.check(failing(50, EMFILE), whole).status());
    assertEquals(LoadStatus.NOT_CHECKED, check.check(failing(50, PREMATURE_CLOSE), whole).status());
  }
}
