package dev.slogate.slo.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/** Field-by-field comparison of what two representations of one run say about a window. */
public final class SameMeasurements {

  private SameMeasurements() {}

  public static void assertSameWindow(RunMeasurements expected, RunMeasurements actual, long from, long to) {
    WindowStats e = expected.window(from, to);
    WindowStats a = actual.window(from, to);
    String where = "window [" + from + ", " + to + ")";
    assertEquals(e.fromEpochSecond(), a.fromEpochSecond(), where);
    assertEquals(e.toEpochSecondExclusive(), a.toEpochSecondExclusive(), where);
    assertEquals(e.usersStarted(), a.usersStarted(), where + ": users started");
    assertEquals(e.usersEnded(), a.usersEnded(), where + ": users ended");
    assertEquals(e.crashErrors(), a.crashErrors(), where + ": crash errors");
    assertEquals(e.slicesWithTraffic(), a.slicesWithTraffic(), where + ": seconds with traffic");
    assertSameSeries(e.overall(), a.overall(), where + ": all requests");
    assertSameSeries(e.requests(), a.requests(), where + ": requests");
    assertSameSeries(e.groups(), a.groups(), where + ": groups");
    assertEquals(e.koMessages(), a.koMessages(), where + ": failure messages");
  }

  public static void assertSameFailures(RunMeasurements expected, RunMeasurements actual, SeriesFilter series, long from, long to) {
    assertArrayEquals(expected.failuresPerSecond(series, from, to), actual.failuresPerSecond(series, from, to),
        series.kind() + " failures per second in [" + from + ", " + to + ")");
  }

  private static void assertSameSeries(Map<String, SeriesStats> expected, Map<String, SeriesStats> actual, String where) {
    assertEquals(expected.keySet(), actual.keySet(), where + ": names");
    expected.forEach((name, stats) -> assertSameSeries(stats, actual.get(name), where + " '" + name + "'"));
  }

  private static void assertSameSeries(SeriesStats expected, SeriesStats actual, String where) {
    assertEquals(expected.okCount(), actual.okCount(), where + ": OK count");
    assertEquals(expected.koCount(), actual.koCount(), where + ": KO count");
    // HdrHistogram's equals compares every bucket's count, and the extremes.
    assertEquals(expected.ok(), actual.ok(), where + ": OK latencies");
    assertEquals(expected.ko(), actual.ko(), where + ": KO latencies");
  }
}
