package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.CutPoints;
import dev.slogate.slo.record.RunMeasurements;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Stage 1a: turns a run plan into the epoch-second windows the record is judged on. Only slices that lie
 * entirely inside a phase count (start rounded up, end rounded down): a slice straddling warm-up and steady
 * would mix a cold injector's latencies into the steady numbers.
 */
public final class PhaseWindows {

  private PhaseWindows() {}

  /** One window per plan phase, or a single {@link PhaseWindow#WHOLE_RUN} window without a plan. */
  public static List<PhaseWindow> of(RunMeasurements run, RunPlan plan) {
    if (plan == null || plan.phases().isEmpty()) {
      return List.of(new PhaseWindow(PhaseWindow.WHOLE_RUN, Optional.empty(), run.firstEpochSecond(),
          run.endEpochSecondExclusive(), OptionalDouble.empty(), OptionalDouble.empty()));
    }
    long epochStart = run.metadata().epochStartMillis();
    return plan.phases().stream().map(phase -> window(phase, epochStart)).toList();
  }

  /**
   * Where a {@link dev.slogate.slo.record.WindowedRun} must cut time so that the evaluator can read every window
   * it will ask for: the bounds of every phase window. Each window objective reads whole phase windows, and an
   * error-frequency stretch runs from its first phase window's start to its last one's end, so these bounds are all
   * it needs. Without a plan, the whole run (its edges kept apart for the throughput's interior).
   */
  public static CutPoints cutPoints(RunPlan plan) {
    if (plan == null || plan.phases().isEmpty()) {
      return CutPoints.wholeRun();
    }
    List<Phase> phases = List.copyOf(plan.phases());
    return CutPoints.atEpochSeconds(epochStart -> phases.stream()
        .map(phase -> window(phase, epochStart))
        .flatMapToLong(w -> java.util.stream.LongStream.of(w.fromEpochSecond(), w.toEpochSecondExclusive()))
        .toArray());
  }

  public static PhaseWindow window(Phase phase, long epochStartMillis) {
    long from = Math.floorDiv(epochStartMillis + phase.startOffsetMillis() + 999, 1000);
    long to = Math.max(from, Math.floorDiv(epochStartMillis + phase.endOffsetMillis(), 1000));
    double planned = phase.plannedArrivalsBetween(from * 1000 - epochStartMillis, to * 1000 - epochStartMillis);
    double rate = to > from ? planned / (to - from) : (phase.startRate() + phase.endRate()) / 2;
    return new PhaseWindow(phase.name(), Optional.of(phase.kind()), from, to, OptionalDouble.of(rate), OptionalDouble.of(planned));
  }
}
