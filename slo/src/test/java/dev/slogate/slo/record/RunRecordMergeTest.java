package dev.slogate.slo.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.RawEvents;
import dev.slogate.slo.gatling.SimulationLogReader;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Merging is exact: a real log split into parts and merged back equals the log read whole, whatever the
 * grouping of the merges.
 */
class RunRecordMergeTest {

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void aLogSplitByEventParityMergesBackIntoTheWholeRecord(String fixture) {
    RunRecord whole = SimulationLogReader.read(FixtureLogs.log(fixture), "run");
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));

    RunRecord even = part(raw, whole.metadata(), i -> i % 2 == 0);
    RunRecord odd = part(raw, whole.metadata(), i -> i % 2 == 1);
    RunRecord merged = even.merge(odd);

    assertEquals(whole.slices(), merged.slices());
    assertEquals(whole.whole().overall(), merged.whole().overall());
    assertEquals(whole.whole().overall().all().getValueAtPercentile(99),
        merged.whole().overall().all().getValueAtPercentile(99));
    assertEquals(whole.metadata().simulation(), merged.metadata().simulation());
    assertEquals(whole.metadata().epochStartMillis(), merged.metadata().epochStartMillis());
    assertEquals(whole.metadata().scenarios(), merged.metadata().scenarios());
    // Two parts, two injector entries: the merged record says where its events came from.
    assertEquals(List.of(whole.metadata().injectors().get(0), whole.metadata().injectors().get(0)),
        merged.metadata().injectors());
    // Merging is commutative in everything but the injector order.
    assertEquals(merged.slices(), odd.merge(even).slices());
  }

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void mergingIsAssociative(String fixture) {
    RunRecord whole = SimulationLogReader.read(FixtureLogs.log(fixture), "run");
    RawEvents raw = RawEvents.of(FixtureLogs.log(fixture));
    RunRecord a = part(raw, whole.metadata(), i -> i % 3 == 0);
    RunRecord b = part(raw, whole.metadata(), i -> i % 3 == 1);
    RunRecord c = part(raw, whole.metadata(), i -> i % 3 == 2);

    RunRecord left = a.merge(b).merge(c);
    RunRecord right = a.merge(b.merge(c));
    assertEquals(left, right);
    assertEquals(whole.slices(), left.slices());
    assertEquals(whole.whole().requests(), right.whole().requests());
    assertEquals(whole.whole().groups(), right.whole().groups());
    assertEquals(whole.whole().koMessages(), right.whole().koMessages());
    assertEquals(whole.whole().usersStarted(), right.whole().usersStarted());
    assertEquals(whole.whole().crashErrors(), right.whole().crashErrors());
  }

  @Test
  void recordsOfDifferentSimulationsDoNotMerge() {
    RunRecord plain = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.PLAIN_OPEN), "run");
    RunRecord shop = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.SHOP), "run");
    assertEquals("cannot merge runs of different simulations: fixtures.PlainOpenSimulation and fixtures.ShopSimulation",
        assertThrows(IllegalArgumentException.class, () -> plain.merge(shop)).getMessage());
  }

  /** The events whose index in file order satisfies the predicate, built into a record. */
  private static RunRecord part(RawEvents raw, RunMetadata metadata, IntPredicate take) {
    RunRecordBuilder builder = new RunRecordBuilder();
    for (int i = 0; i < raw.all.size(); i++) {
      if (!take.test(i)) {
        continue;
      }
      Object event = raw.all.get(i);
      if (event instanceof RawEvents.Request r) {
        builder.request(r.name(), r.groups(), r.start(), r.end(), r.ok(), r.message());
      } else if (event instanceof RawEvents.User u) {
        if (u.start()) {
          builder.userStarted(u.epochMillis());
        } else {
          builder.userEnded(u.epochMillis());
        }
      } else if (event instanceof RawEvents.Group g) {
        builder.group(g.path(), g.start(), g.end(), g.ok());
      } else if (event instanceof RawEvents.Error e) {
        builder.crashError(e.epochMillis());
      }
    }
    return builder.build(metadata);
  }
}
