package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.TimeSlice;
import dev.slogate.slo.record.WindowStats;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The RunRecord built from real logs agrees with the raw events it was built from. */
class SimulationLogReaderTest {

  private static final double[] PERCENTILES = {1, 50, 75, 90, 95, 99, 99.9, 100};

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void metadataDescribesTheRunAndItsInjector(String fixture) {
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));
    RunRecord record = SimulationLogReader.read(FixtureLogs.directory(fixture), "run-42");

    assertEquals("run-42", record.metadata().runId());
    assertEquals(raw.header.simulation(), record.metadata().simulation());
    assertEquals(raw.header.epochStartMillis(), record.metadata().epochStartMillis());
    assertEquals(raw.header.scenarios(), record.metadata().scenarios());
    assertTrue(record.metadata().complete());
    InjectorInfo injector = record.metadata().injectors().get(0);
    assertEquals(1, record.metadata().injectors().size());
    assertEquals(SimulationLogReader.DEFAULT_INJECTOR_ID, injector.id());
    assertEquals("3.15.1", injector.gatlingVersion());
    assertEquals(raw.header.epochStartMillis(), injector.epochStartMillis());
    assertFalse(injector.host().isBlank());
  }

  @Test
  void theInjectorIdComesFromTheSystemProperty() {
    String previous = System.getProperty(SimulationLogReader.INJECTOR_ID_PROPERTY);
    System.setProperty(SimulationLogReader.INJECTOR_ID_PROPERTY, "pod-3");
    try {
      RunRecord record = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.PLAIN_OPEN), "run");
      assertEquals("pod-3", record.metadata().injectors().get(0).id());
    } finally {
      if (previous == null) {
        System.clearProperty(SimulationLogReader.INJECTOR_ID_PROPERTY);
      } else {
        System.setProperty(SimulationLogReader.INJECTOR_ID_PROPERTY, previous);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void totalsEqualTheRawEvents(String fixture) {
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));
    WindowStats whole = SimulationLogReader.read(FixtureLogs.log(fixture), "run").whole();

    assertEquals(raw.requests.stream().filter(RawEvents.Request::ok).count(), whole.overall().okCount());
    assertEquals(raw.requests.stream().filter(r -> !r.ok()).count(), whole.overall().koCount());
    Map<String, List<RawEvents.Request>> byName =
        raw.requests.stream().collect(Collectors.groupingBy(RawEvents.Request::name));
    assertEquals(byName.keySet(), whole.requests().keySet());
    byName.forEach((name, requests) -> {
      assertEquals(requests.stream().filter(RawEvents.Request::ok).count(), whole.requests().get(name).okCount(), name);
      assertEquals(requests.stream().filter(r -> !r.ok()).count(), whole.requests().get(name).koCount(), name);
    });
    Map<String, Long> groups = raw.groups.stream().collect(Collectors.groupingBy(
        g -> String.join(RunRecord.GROUP_SEPARATOR, g.path()), Collectors.counting()));
    assertEquals(groups, whole.groups().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().count())));
    assertEquals(raw.users.stream().filter(RawEvents.User::start).count(), whole.usersStarted());
    assertEquals(raw.users.stream().filter(u -> !u.start()).count(), whole.usersEnded());
    assertEquals(raw.errors.size(), whole.crashErrors());
    assertEquals(raw.requests.stream().filter(r -> !r.ok())
        .collect(Collectors.groupingBy(RawEvents.Request::message, Collectors.counting())), whole.koMessages());
  }

  @Test
  void theShopRecordNamesItsNestedGroups() {
    WindowStats whole = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.SHOP), "run").whole();
    assertEquals(List.of("Account", "Checkout", "Checkout / Zahlung \u2713"), List.copyOf(whole.groups().keySet()));
    assertEquals(FixtureLogs.serverCount(FixtureLogs.SHOP, "/pay"),
        whole.requests().get("\u00dcberweisung \u2713 \u6ce8\u6587").okCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void percentilesOfTheHistogramsEqualBruteForceNearestRank(String fixture) {
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));
    WindowStats whole = SimulationLogReader.read(FixtureLogs.log(fixture), "run").whole();

    assertPercentiles(whole.overall().all(), raw, r -> true);
    assertPercentiles(whole.overall().ok(), raw, RawEvents.Request::ok);
    whole.requests().forEach((name, stats) ->
        assertPercentiles(stats.all(), raw, r -> r.name().equals(name)));
    for (Map.Entry<String, SeriesStats> group : whole.groups().entrySet()) {
      long[] durations = raw.groups.stream()
          .filter(g -> String.join(RunRecord.GROUP_SEPARATOR, g.path()).equals(group.getKey()))
          .mapToLong(g -> g.end() - g.start()).sorted().toArray();
      for (double p : PERCENTILES) {
        assertEquals(BruteForce.nearestRank(durations, p), group.getValue().all().getValueAtPercentile(p), 1.0,
            group.getKey() + " p" + p);
      }
    }
  }

  private static void assertPercentiles(Histogram histogram, RawEvents raw, Predicate<RawEvents.Request> filter) {
    long[] latencies = raw.requests.stream().filter(filter).mapToLong(RawEvents.Request::latency).sorted().toArray();
    assertEquals(latencies.length, histogram.getTotalCount());
    for (double p : PERCENTILES) {
      assertEquals(BruteForce.nearestRank(latencies, p), histogram.getValueAtPercentile(p), 1.0, "p" + p);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void eachSliceHoldsWhatStartedInItsSecond(String fixture) {
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));
    RunRecord record = SimulationLogReader.read(FixtureLogs.log(fixture), "run");

    long requests = 0;
    for (TimeSlice slice : record.slices().values()) {
      long second = slice.epochSecond();
      assertEquals(raw.requests.stream().filter(r -> Math.floorDiv(r.start(), 1000) == second).count(),
          slice.overall().count(), "second " + second);
      assertEquals(raw.users.stream().filter(u -> u.start() && Math.floorDiv(u.epochMillis(), 1000) == second).count(),
          slice.usersStarted(), "second " + second);
      assertEquals(raw.groups.stream().filter(g -> Math.floorDiv(g.start(), 1000) == second).count(),
          slice.groups().values().stream().mapToLong(SeriesStats::count).sum(), "second " + second);
      assertEquals(slice.overall().count(), slice.requests().values().stream().mapToLong(SeriesStats::count).sum());
      requests += slice.overall().count();
    }
    assertEquals(raw.requests.size(), requests);
    // A 20-second run: about twenty slices, not thousands.
    assertTrue(record.slices().size() <= 30, record.slices().size() + " slices");
  }
}
