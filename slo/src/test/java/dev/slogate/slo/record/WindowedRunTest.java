package dev.slogate.slo.record;

import static dev.slogate.slo.record.BothRepresentations.SECOND;
import static dev.slogate.slo.record.SameMeasurements.assertSameFailures;
import static dev.slogate.slo.record.SameMeasurements.assertSameWindow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A WindowedRun answers the windows it was cut for exactly as a RunRecord of the same events does, refuses every
 * other window, and holds as many histograms for a long run as for a short one.
 */
class WindowedRunTest {

  private static final List<String> CHECKOUT = List.of("Checkout");
  private static final List<String> PAY = List.of("Checkout", "Pay");

  /** Cut at the run's seconds 10, 20 and 30: two windows, [10, 20) and [20, 30). */
  private static WindowedRunBuilder cutAtTenTwentyThirty() {
    return WindowedRunBuilder.cutAt(SECOND + 30, SECOND + 10, SECOND + 20, SECOND + 10);
  }

  /** Forty seconds of traffic: users, three request names (two in groups), failures, crash errors. */
  private static BothRepresentations traffic(BothRepresentations run) {
    for (int i = 0; i < 40 * 20; i++) {
      long offset = i * 50L;
      boolean ok = i % 7 != 3;
      run.user(offset, offset + 30);
      run.request("GET /items", List.of(), offset, 5 + i % 40, ok);
      run.request("POST /pay", PAY, offset + 5, 20 + i % 90, i % 11 != 0);
      run.group(PAY, offset + 5, 25 + i % 90, i % 11 != 0);
      run.group(CHECKOUT, offset, 30 + i % 90, ok && i % 11 != 0);
      if (i % 97 == 0) {
        run.crash(offset);
      }
    }
    return run;
  }

  @Test
  void windowsOnTheCutsAreExactlyTheRecordsWindows() {
    BothRepresentations both = traffic(new BothRepresentations(cutAtTenTwentyThirty()));
    RunRecord record = both.record();
    WindowedRun windowed = both.windowed();

    assertSameWindow(record, windowed, SECOND + 10, SECOND + 20);
    assertSameWindow(record, windowed, SECOND + 20, SECOND + 30);
    assertSameWindow(record, windowed, SECOND + 10, SECOND + 30);
    assertEquals(200, windowed.window(SECOND + 10, SECOND + 20).usersStarted());
    assertEquals(record.crashErrors(), windowed.crashErrors());
    assertEquals(9, windowed.crashErrors());
    assertEquals(record.firstEpochSecond(), windowed.firstEpochSecond());
    assertEquals(record.endEpochSecondExclusive(), windowed.endEpochSecondExclusive());
    for (SeriesFilter filter : List.of(SeriesFilter.allRequests(), SeriesFilter.requests(n -> n.startsWith("POST")),
        SeriesFilter.groups(p -> p.equals("Checkout / Pay")), SeriesFilter.groups(p -> p.startsWith("Checkout")))) {
      assertSameFailures(record, windowed, filter, SECOND + 10, SECOND + 30);
      assertSameFailures(record, windowed, filter, SECOND + 13, SECOND + 17);
    }
  }

  @Test
  void aWindowThatWasNotAggregatedIsRefusedNeverApproximated() {
    WindowedRun windowed = traffic(new BothRepresentations(cutAtTenTwentyThirty())).windowed();

    IllegalArgumentException inside = assertThrows(IllegalArgumentException.class,
        () -> windowed.window(SECOND + 10, SECOND + 15));
    assertEquals("this run was aggregated for only windows between the seconds " + (SECOND + 10) + ", " + (SECOND + 20)
        + " and " + (SECOND + 30) + " (the phase windows it was read for), so the window [" + (SECOND + 10) + ", "
        + (SECOND + 15) + ") cannot be answered exactly; read the log into a RunRecord to judge other windows",
        inside.getMessage());
    assertThrows(IllegalArgumentException.class, () -> windowed.window(SECOND + 5, SECOND + 20));
    assertThrows(IllegalArgumentException.class, () -> windowed.window(SECOND + 20, SECOND + 31));
    assertThrows(IllegalArgumentException.class, () -> windowed.window(SECOND, SECOND + 40));
    assertThrows(IllegalArgumentException.class,
        () -> windowed.failuresPerSecond(SeriesFilter.allRequests(), SECOND + 29, SECOND + 31));
    assertThrows(IllegalArgumentException.class,
        () -> windowed.failuresPerSecond(SeriesFilter.allRequests(), SECOND + 9, SECOND + 12));
    // An empty window holds nothing, wherever it is.
    assertEquals(0, windowed.window(SECOND + 15, SECOND + 15).overall().count());
    assertArrayEquals(new long[0], windowed.failuresPerSecond(SeriesFilter.allRequests(), SECOND + 3, SECOND + 3));
  }

  @Test
  void aSlowRequestLoggedLateLandsInTheWindowItStartedIn() {
    BothRepresentations both = new BothRepresentations(cutAtTenTwentyThirty());
    both.request("GET /items", List.of(), 25_000, 10, true);
    both.request("GET /items", List.of(), 28_000, 10, false);
    // Started at second 12, ended 40 s later, so Gatling wrote it after everything above.
    both.request("GET /slow", List.of(), 12_000, 40_000, false);
    RunRecord record = both.record();
    WindowedRun windowed = both.windowed();

    WindowStats first = windowed.window(SECOND + 10, SECOND + 20);
    assertEquals(1, first.overall().count());
    assertEquals(40_000, first.requests().get("GET /slow").ko().getMaxValue(), 40_000 * 0.001);
    assertEquals(2, windowed.window(SECOND + 20, SECOND + 30).overall().count());
    long[] failures = windowed.failuresPerSecond(SeriesFilter.allRequests(), SECOND + 10, SECOND + 30);
    assertEquals(1, failures[2]);
    assertEquals(1, failures[18]);
    assertEquals(2, java.util.Arrays.stream(failures).sum());
    assertSameWindow(record, windowed, SECOND + 10, SECOND + 20);
    assertSameFailures(record, windowed, SeriesFilter.requests("GET /slow"::equals), SECOND + 10, SECOND + 30);
  }

  @Test
  void withoutCutsTheWholeRunItsInteriorAndItsEdgesAreExactWhateverTheOrderOfEvents() {
    // Events of 30 s in a shuffled order: the first and last seconds move several times while reading.
    List<Runnable> events = new ArrayList<>();
    BothRepresentations both = new BothRepresentations(WindowedRunBuilder.wholeRun());
    for (int i = 0; i < 30 * 10; i++) {
      long offset = 600 + i * 100L;
      boolean ok = i % 13 != 0;
      events.add(() -> both.user(offset, offset + 40));
      events.add(() -> both.request("GET /items", List.of(), offset, 3 + offset % 50, ok));
      events.add(() -> both.group(CHECKOUT, offset, 7 + offset % 70, ok));
      if (i % 50 == 0) {
        events.add(() -> both.crash(offset));
      }
    }
    Collections.shuffle(events, new Random(7));
    events.forEach(Runnable::run);
    RunRecord record = both.record();
    WindowedRun windowed = both.windowed();

    long first = record.firstEpochSecond();
    long end = record.endEpochSecondExclusive();
    assertEquals(SECOND + 1, first);
    assertEquals(SECOND + 31, end);
    assertEquals(first, windowed.firstEpochSecond());
    assertEquals(end, windowed.endEpochSecondExclusive());
    assertSameWindow(record, windowed, first, end);
    assertSameWindow(record, windowed, first + 1, end - 1);
    assertSameWindow(record, windowed, first, first + 1);
    assertSameWindow(record, windowed, end - 1, end);
    // Every event is in some segment, so a window reaching past the run is exact too.
    assertSameWindow(record, windowed, first - 5, end + 5);
    assertSameFailures(record, windowed, SeriesFilter.allRequests(), first - 2, end + 2);
    assertSameFailures(record, windowed, SeriesFilter.groups("Checkout"::equals), first, end);
    assertThrows(IllegalArgumentException.class, () -> windowed.window(first, first + 2));
    assertThrows(IllegalArgumentException.class, () -> windowed.window(first + 1, end - 2));
    // The interior and the last second together are two whole segments.
    assertSameWindow(record, windowed, first + 1, end);
  }

  @Test
  void aRunOfOneOrTwoSecondsHasNoInterior() {
    BothRepresentations one = new BothRepresentations(WindowedRunBuilder.wholeRun());
    one.request("GET /", List.of(), 700, 5, true).request("GET /", List.of(), 650, 9, false);
    RunRecord oneRecord = one.record();
    WindowedRun oneWindowed = one.windowed();
    assertEquals(1, oneWindowed.footprint().segments());
    assertSameWindow(oneRecord, oneWindowed, SECOND + 1, SECOND + 2);
    assertEquals(0, oneWindowed.window(SECOND + 2, SECOND + 2).overall().count());

    BothRepresentations two = new BothRepresentations(WindowedRunBuilder.wholeRun());
    two.request("GET /", List.of(), 1_700, 5, true).request("GET /", List.of(), 700, 9, false);
    RunRecord twoRecord = two.record();
    WindowedRun twoWindowed = two.windowed();
    assertEquals(2, twoWindowed.footprint().segments());
    assertSameWindow(twoRecord, twoWindowed, SECOND + 1, SECOND + 3);
    assertSameWindow(twoRecord, twoWindowed, SECOND + 2, SECOND + 3);
  }

  @Test
  void anEmptyRunHasNoSegmentsAndStartsWhereItsHeaderSays() {
    WindowedRun empty = WindowedRunBuilder.wholeRun().build(BothRepresentations.metadata());
    assertEquals(SECOND, empty.firstEpochSecond());
    assertEquals(SECOND, empty.endEpochSecondExclusive());
    assertEquals(0, empty.window(SECOND, SECOND + 10).overall().count());
    assertEquals(new WindowedRun.Footprint(0, 0, 0), empty.footprint());
  }

  @Test
  void aLongRunHoldsNoMoreHistogramsThanAShortOne() {
    WindowedRun.Footprint short_ = steadyRun(200).footprint();
    WindowedRun.Footprint long_ = steadyRun(20_000).footprint();

    // Three phases, each cut into its own segment, plus the boundary seconds between them: the same for both.
    assertEquals(short_.segments(), long_.segments());
    assertEquals(short_.histograms(), long_.histograms());
    assertEquals(5, long_.segments());
    // Per second, only counters: one for requests and one for each series that failed (all, GET /items).
    assertEquals(3 * (200 - 2), short_.secondCounters());
    assertEquals(3 * (20_000 - 2), long_.secondCounters());
  }

  /** Two requests a second over {@code seconds}, every 100th failing, read for a warm-up/steady/cool-down plan. */
  private static WindowedRun steadyRun(int seconds) {
    WindowedRunBuilder builder = WindowedRunBuilder.cutAt(SECOND + 1, SECOND + 10, SECOND + 11, SECOND + seconds - 10,
        SECOND + seconds - 9, SECOND + seconds - 1);
    for (int i = 0; i < 2 * seconds; i++) {
      long start = BothRepresentations.EPOCH_START + i * 500L;
      builder.userStarted(start);
      builder.request("GET /items", List.of(), start, start + 3 + i % 200, i % 100 != 0, "found 500");
      builder.userEnded(start + 3);
    }
    return builder.build(BothRepresentations.metadata());
  }
}
