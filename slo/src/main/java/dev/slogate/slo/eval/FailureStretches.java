package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.TimeSlice;
import dev.slogate.slo.spec.RequestSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
  static List<Stretch> of(RunRecord record, RunPlan plan, List<PhaseWindow> windows, RequestSelector selector) {
    List<Stretch> stretches = new ArrayList<>();
    if (plan == null || plan.phases().isEmpty()) {
      for (PhaseWindow window : windows) {
        stretches.add(stretch(record, window.phase(), window.fromEpochSecond(), window.toEpochSecondExclusive(), selector));
      }
      return stretches;
    }
    long epochStart = record.metadata().epochStartMillis();
    Phase first = null;
    Phase last = null;
    StringBuilder names = new StringBuilder();
    for (PhaseWindow window : windows) {
      Phase phase = plan.phase(window.phase()).orElseThrow();
      if (last != null && phase.startOffsetMillis() != last.endOffsetMillis()) {
        stretches.add(stretch(record, epochStart, first, last, names.toString(), selector));
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
      stretches.add(stretch(record, epochStart, first, last, names.toString(), selector));
    }
    return stretches;
  }

  private static Stretch stretch(RunRecord record, long epochStart, Phase first, Phase last, String names, RequestSelector selector) {
    Phase span = Phase.constant(names, first.kind(), first.startOffsetMillis(),
        last.endOffsetMillis() - first.startOffsetMillis(), 0);
    PhaseWindow window = PhaseWindows.window(span, epochStart);
    return stretch(record, names, window.fromEpochSecond(), window.toEpochSecondExclusive(), selector);
  }

  private static Stretch stretch(RunRecord record, String names, long from, long to, RequestSelector selector) {
    long[] ko = new long[(int) Math.max(0, to - from)];
    for (int i = 0; i < ko.length; i++) {
      TimeSlice slice = record.slices().get(from + i);
      ko[i] = slice == null ? 0 : failed(slice, selector);
    }
    return new Stretch(names, from, ko);
  }

  private static long failed(TimeSlice slice, RequestSelector selector) {
    if (selector.scope() == RequestSelector.Scope.ALL) {
      return slice.overall().koCount();
    }
    Map<String, SeriesStats> series = selector.scope() == RequestSelector.Scope.GROUP ? slice.groups() : slice.requests();
    long failed = 0;
    for (Map.Entry<String, SeriesStats> entry : series.entrySet()) {
      if (selector.matches(entry.getKey())) {
        failed += entry.getValue().koCount();
      }
    }
    return failed;
  }
}
