package dev.slogate.slo.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** A finished record cannot be changed through anything it hands out: its histograms come out as copies. */
class RunRecordImmutabilityTest {

  @Test
  void changingEveryHistogramARecordHandsOutLeavesTheRecordAsItWas() {
    RunRecord record = sample().record();
    RunRecord untouched = sample().record();
    long p99 = record.whole().overall().all().getValueAtPercentile(99);

    List<SeriesStats> handedOut = new ArrayList<>();
    for (TimeSlice slice : record.slices().values()) {
      handedOut.addAll(everySeries(slice));
    }
    handedOut.addAll(everySeries(record.whole()));
    handedOut.forEach(RunRecordImmutabilityTest::vandalise);

    assertEquals(untouched, record);
    assertEquals(p99, record.whole().overall().all().getValueAtPercentile(99));
    assertEquals(untouched.whole().overall().okCount(), record.whole().overall().okCount());
    assertEquals(untouched.whole().requests().get("GET /").koCount(), record.whole().requests().get("GET /").koCount());
  }

  @Test
  void changingAWindowOfAWindowedRunLeavesTheRunAsItWas() {
    WindowedRun run = sample().windowed();
    WindowStats first = run.window(run.firstEpochSecond(), run.endEpochSecondExclusive());
    long okBefore = first.overall().okCount();
    everySeries(first).forEach(RunRecordImmutabilityTest::vandalise);

    WindowStats again = run.window(run.firstEpochSecond(), run.endEpochSecondExclusive());
    assertEquals(okBefore, again.overall().okCount());
    SameMeasurements.assertSameWindow(sample().record(), run, run.firstEpochSecond(), run.endEpochSecondExclusive());
  }

  @Test
  void theMapsAndSlicesAreUnmodifiable() {
    RunRecord record = sample().record();
    assertThrows(UnsupportedOperationException.class, () -> record.slices().clear());
    TimeSlice slice = record.slices().firstEntry().getValue();
    assertThrows(UnsupportedOperationException.class, () -> slice.requests().clear());
    assertThrows(UnsupportedOperationException.class, () -> slice.koMessages().put("x", 1L));
  }

  @Test
  void addingIntoAHistogramOfOnesOwnReadsTheSameValuesAsACopy() {
    SeriesStats overall = sample().record().whole().overall();
    Histogram ok = SeriesStats.newSumHistogram();
    Histogram ko = SeriesStats.newSumHistogram();
    overall.addOkTo(ok);
    overall.addKoTo(ko);
    assertEquals(overall.ok(), ok);
    assertEquals(overall.ko(), ko);
    assertEquals(3, ko.getTotalCount());
    ok.recordValue(1);
    assertEquals(overall.ok().getTotalCount() + 1, ok.getTotalCount());
  }

  private static List<SeriesStats> everySeries(SeriesTotals totals) {
    List<SeriesStats> all = new ArrayList<>();
    all.add(totals.overall());
    all.addAll(totals.requests().values());
    all.addAll(totals.groups().values());
    return all;
  }

  /** Everything a caller could do to a histogram it was handed. */
  private static void vandalise(SeriesStats stats) {
    stats.ok().recordValue(99_999);
    stats.ko().recordValueWithCount(1, 1_000);
    stats.all().recordValue(7);
    stats.ok().reset();
    stats.ko().add(stats.all());
  }

  private static BothRepresentations sample() {
    BothRepresentations events = new BothRepresentations(WindowedRunBuilder.wholeRun());
    for (int i = 0; i < 30; i++) {
      events.request("GET /", List.of("checkout"), i * 100L, 10 + i, i % 10 != 0);
    }
    events.group(List.of("checkout"), 50, 400, true).user(0, 2_900);
    return events;
  }
}
