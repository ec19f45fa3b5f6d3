package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.SeriesFilter;
import dev.slogate.slo.spec.RequestSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed requests per second over the stretches of time an error-frequency objective is judged on. Judged
 * phases that follow one another without a gap form one stretch, so that a sliding window can run across
 * their boundary: the boundary second, which {@link PhaseWindows} leaves out of each phase because it is only
 * partly inside each, lies entirely inside the two together.
 */
final class FailureStretches {

  /**
   * One unbroken stretch of judged seconds.
   *
   * @param phases the phase names it covers, joined with " + "
   * @param fromEpochSecond its first second
   * @param koPerSecond failed requests (of the selected series) that started in each second
   */
  record Stretch(String phases, long fromEpochSecond, long[] koPerSecond) {

    long seconds() {
      return koPerSecond.length;
    }
  }

  private FailureStretches() {}

  /**
   * @param windows the selected phase windows, in plan order
   * @param plan the run plan, or null (then each window is its own stretch)
   */
  static List<Stretch> of(RunMeasurements run, RunPlan plan, List<PhaseWindow> windows, RequestSelector selector) {
    SeriesFilter series = filter(selector);
    List<Stretch> stretches = new ArrayList<>();
    if (plan == null || plan.phases().isEmpty()) {
      for (PhaseWindow window : windows) {
        stretches.add(stretch(run, window.phase(), window.fromEpochSecond(), window.toEpochSecondExclusive(), series));
      }
      return stretches;
    }
    long epochStart = run.metadata().epochStartMillis();
    Phase first = null;
    Phase last = null;
    StringBuilder names = new StringBuilder();
    for (PhaseWindow window : windows) {
      Phase phase = plan.phase(window.phase()).orElseThrow();
      if (last != null && phase.startOffsetMillis() != last.endOffsetMillis()) {
        stretches.add(stretch(run, epochStart, first, last, names.toString(), series));
        first = null;
        names.setLength(0);
      }
      if (first == null) {
        first = phase;
      } else {
        names.append(" + ");
      }
      names.append(phase.name());
      last = phase;
    }
    if (first != null) {
      stretches.add(stretch(run, epochStart, first, last, names.toString(), series));
    }
    return stretches;
  }

  private static Stretch stretch(RunMeasurements run, long epochStart, Phase first, Phase last, String names, SeriesFilter series) {
    Phase span = Phase.constant(names, first.kind(), first.startOffsetMillis(),
        last.endOffsetMillis() - first.startOffsetMillis(), 0);
    PhaseWindow window = PhaseWindows.window(span, epochStart);
    return stretch(run, names, window.fromEpochSecond(), window.toEpochSecondExclusive(), series);
  }

  private static Stretch stretch(RunMeasurements run, String names, long from, long to, SeriesFilter series) {
    return new Stretch(names, from, run.failuresPerSecond(series, from, to));
  }

  /** The selector in the record package's terms, which know nothing of specs; each name is tested once. */
  private static SeriesFilter filter(RequestSelector selector) {
    return switch (selector.scope()) {
      case ALL -> SeriesFilter.allRequests();
      case REQUEST -> SeriesFilter.requests(selector::matches);
      case GROUP -> SeriesFilter.groups(selector::matches);
    };
  }
}
