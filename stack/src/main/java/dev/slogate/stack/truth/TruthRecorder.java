package dev.slogate.stack.truth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A replica's record of its own service times, exact to HdrHistogram's precision (3 significant
 * digits), in {@link #UNIT microseconds}. Writers (the I/O threads answering requests) never
 * wait: each route writes into an HdrHistogram {@link Recorder}, and readers move what was
 * recorded into an accumulated histogram under a lock that writers never take.
 */
public final class TruthRecorder {

  public static final TimeUnit UNIT = TimeUnit.MICROSECONDS;
  private static final int SIGNIFICANT_DIGITS = 3;

  /** One route's share of the record; handlers keep a reference so recording needs no lookup. */
  public static final class RouteTruth {
    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private Histogram accumulated = new Histogram(SIGNIFICANT_DIGITS);
    private Histogram recycled;

    private void drain() {
      recycled = recorder.getIntervalHistogram(recycled);
      accumulated.add(recycled);
    }
  }

  private final Map<String, RouteTruth> routes = new LinkedHashMap<>();
  private final Recorder overallRecorder = new Recorder(SIGNIFICANT_DIGITS);
  private Histogram overall = new Histogram(SIGNIFICANT_DIGITS);
  private Histogram overallRecycled;

  public TruthRecorder(List<String> routeKeys) {
    for (String key : routeKeys) {
      routes.put(key, new RouteTruth());
    }
  }

  public RouteTruth route(String key) {
    RouteTruth route = routes.get(key);
    if (route == null) {
      throw new IllegalArgumentException("no route " + key);
    }
    return route;
  }

  /** Records one answered request: its service time in nanoseconds and its status code. */
  public void record(RouteTruth route, long serviceNanos, int status) {
    long micros = Math.max(0, (serviceNanos + 500) / 1000);
    route.recorder.recordValue(micros);
    overallRecorder.recordValue(micros);
    route.statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  /** Everything recorded since start or the last {@link #reset()}. */
  public synchronized TruthReport report(int replicaIndex) {
    drainAll();
    Map<String, TruthReport.RouteReport> byRoute = new LinkedHashMap<>();
    routes.forEach((key, route) -> {
      Map<Integer, Long> statuses = new TreeMap<>();
      route.statuses.forEach((status, count) -> statuses.put(status, count.sum()));
      byRoute.put(key, new TruthReport.RouteReport(TruthReport.encode(route.accumulated), statuses));
    });
    return new TruthReport(replicaIndex, UNIT.name(), TruthReport.encode(overall), byRoute);
  }

  /**
   * Forgets everything recorded so far, so that truth can be taken over a steady window. A
   * request completing while this runs lands on one side or the other, never on both.
   */
  public synchronized void reset() {
    drainAll();
    routes.values().forEach(route -> {
      route.accumulated = new Histogram(SIGNIFICANT_DIGITS);
      route.statuses.values().forEach(LongAdder::reset);
    });
    overall = new Histogram(SIGNIFICANT_DIGITS);
  }

  private void drainAll() {
    routes.values().forEach(RouteTruth::drain);
    overallRecycled = overallRecorder.getIntervalHistogram(overallRecycled);
    overall.add(overallRecycled);
  }
}
