package dev.slogate.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.benchmarks.capacity.CapacitySearch;
import dev.slogate.benchmarks.capacity.PairedSearch;
import dev.slogate.benchmarks.capacity.Tool;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
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
    assertEquals(2.0, Median.of(List.of(OptionalDouble.of(3), OptionalDouble.empty(), OptionalDouble.of(1))).getAsDouble());
    assertEquals(2.0, Median.of(List.of(OptionalDouble.of(3), OptionalDouble.of(2), OptionalDouble.of(1))).getAsDouble());
    assertTrue(Median.of(List.of(OptionalDouble.empty())).isEmpty());
  }

  @Test
  void theCapacityIsTheHigherOfTheTwoInjectorsMedians() {
    List<PairedSearch.Result> pairs = IntStream.of(4_000, 6_000, 5_000)
        .mapToObj(plain -> new PairedSearch.Result(searches(plain, 5_500), List.of())).toList();
    assertEquals(5_500, ColdStartBenchmark.capacity(pairs).getAsDouble(), "slogate's 5,500 over plain's median 5,000");
    assertTrue(ColdStartBenchmark.capacity(List.of()).isEmpty());
  }

  /** Searches that found {@code plain} and {@code slogate} valid and 1.1 times each invalid. */
  private static Map<Tool, CapacitySearch> searches(double plain, double slogate) {
    Map<Tool, CapacitySearch> map = new EnumMap<>(Tool.class);
    map.put(Tool.PLAIN, search(plain));
    map.put(Tool.SLOGATE, search(slogate));
    return map;
  }

  private static CapacitySearch search(double valid) {
    var search = new CapacitySearch(valid, 0.5, 2);
    search.record(valid, true);
    search.record(valid * 1.1, false);
    return search;
  }
}
