package dev.slogate.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColdRunTest {

  @Test
  void namesTheInjectorCausesAnInvalidReasonGives() throws Exception {
    assertEquals("descriptors", ColdRun.causeOf(List.of(
        "the injector ran out of file descriptors in steady (16,925 requests failed locally; raise `ulimit -n` or lower the rate)")));
    assertEquals("rate", ColdRun.causeOf(List.of(
        "The injector did not reach the planned rate in steady: 157 of 2,000 planned arrivals (8%), so this objective is ...")));
    assertEquals("lag+CPU", ColdRun.causeOf(List.of("steady: schedule lag 1.2 s", "steady: machine CPU saturated")));
    assertEquals("something else", ColdRun.causeOf(List.of("something else")), "a reason naming no known cause is kept");
    assertEquals("no reason given", ColdRun.causeOf(List.of()));
  }

  @Test
  void readsTheReasonsOfOneVerdictOnce() throws Exception {
    var verdict = new ObjectMapper().readTree("""
        {"verdict": "INVALID", "objectives": [
          {"verdict": "INVALID", "reason": "a"}, {"verdict": "PASS", "reason": "b"}, {"verdict": "INVALID", "reason": "a"}]}
        """);
    assertEquals(List.of("a"), ColdRun.reasons(verdict, "INVALID"));
  }

  @Test
  void theMedianOfTheMeasurementsThatExist() {
    assertEquals(2.0, Median.of(List.of(java.util.OptionalDouble.of(3), java.util.OptionalDouble.empty(),
        java.util.OptionalDouble.of(1))).getAsDouble());
    assertEquals(2.0, Median.of(List.of(java.util.OptionalDouble.of(3), java.util.OptionalDouble.of(2),
        java.util.OptionalDouble.of(1))).getAsDouble());
    assertEquals(true, Median.of(List.of(java.util.OptionalDouble.empty())).isEmpty());
  }
}
