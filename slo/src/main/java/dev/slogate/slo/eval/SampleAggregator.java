package dev.slogate.slo.eval;

import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.WindowStats;
import dev.slogate.slo.spec.RequestSelector;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Stage 3: adds up the histograms an objective reads over its windows. Histograms add exactly, so the
 * percentile of several phases is the percentile of all their requests together, never an average of
 * percentiles.
 */
final class SampleAggregator {

  private SampleAggregator() {}

  static Sample aggregate(RunMeasurements run, Iterable<PhaseWindow> windows, RequestSelector selector) {
    return aggregate(w -> run.window(w.fromEpochSecond(), w.toEpochSecondExclusive()), windows, selector);
  }

  /** @param windowStats the run's measurements added over a window; the evaluator caches them per window */
  static Sample aggregate(Function<PhaseWindow, WindowStats> windowStats, Iterable<PhaseWindow> windows, RequestSelector selector) {
    Histogram ok = SeriesStats.newSumHistogram();
    Histogram ko = SeriesStats.newSumHistogram();
    long seconds = 0;
    long requests = 0;
    TreeSet<String> matched = new TreeSet<>();
    TreeSet<String> available = new TreeSet<>();
    for (PhaseWindow window : windows) {
      WindowStats stats = windowStats.apply(window);
      seconds += window.seconds();
      requests += stats.overall().count();
      if (selector.scope() == RequestSelector.Scope.ALL) {
        add(stats.overall(), ok, ko);
        continue;
      }
      Map<String, SeriesStats> series = selector.scope() == RequestSelector.Scope.GROUP ? stats.groups() : stats.requests();
      available.addAll(series.keySet());
      series.forEach((name, stat) -> {
        if (selector.matches(name)) {
          matched.add(name);
          add(stat, ok, ko);
        }
      });
    }
    return new Sample(ok, ko, seconds, requests, new ArrayList<>(matched), available);
  }

  private static void add(SeriesStats stats, Histogram ok, Histogram ko) {
    stats.addOkTo(ok);
    stats.addKoTo(ko);
  }
}
