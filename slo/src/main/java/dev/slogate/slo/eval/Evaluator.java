package dev.slogate.slo.eval;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.RunMeasurements;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.WindowStats;
import dev.slogate.slo.spec.AvailabilityObjective;
import dev.slogate.slo.spec.ErrorFrequencyObjective;
import dev.slogate.slo.spec.ErrorRateObjective;
import dev.slogate.slo.spec.FailoverObjective;
import dev.slogate.slo.spec.LatencyObjective;
import dev.slogate.slo.spec.NotVerifiableObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SpecScaling;
import dev.slogate.slo.spec.ThroughputObjective;
import dev.slogate.slo.spec.WindowObjective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Judges a run against an SLO spec. Each window objective goes through the same chain of stages: select
 * phases ({@link PhaseSelection}) → check the load ({@link LoadValidityCheck}) → aggregate
 * ({@link SampleAggregator}) → estimate with intervals and compare the bounds (the judges, through
 * {@link BoundComparison}) → verdict, then the run-level checks that can only make a verdict worse.
 *
 * <p>It reads the run through {@link RunMeasurements}: a {@link RunRecord} (every second kept, any window) or a
 * {@link dev.slogate.slo.record.WindowedRun} read for exactly the windows of the plan given here
 * ({@link PhaseWindows#cutPoints}). Both give the same Evaluation; the second holds no histogram per second.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {

  private final EvaluationOptions options;

  public Evaluator() {
    this(EvaluationOptions.defaults());
  }

  public Evaluator(EvaluationOptions options) {
    this.options = options;
  }

  /** Judges a run without a plan (the whole run is one phase) and without chaos. */
  public Evaluation evaluate(SloSpec spec, RunMeasurements run) {
    return evaluate(spec, run, null, null);
  }

  /** Judges a run without chaos. */
  public Evaluation evaluate(SloSpec spec, RunMeasurements run, RunPlan plan) {
    return evaluate(spec, run, plan, null);
  }

  /**
   * Judges a run.
   *
   * @param spec the objectives
   * @param run the measurements: a RunRecord, or a WindowedRun read with {@code PhaseWindows.cutPoints(plan)} of
   *     this very plan
   * @param plan the run plan, or null: then the whole run is judged as one phase named
   *     {@value PhaseWindow#WHOLE_RUN} and the load is not checked
   * @param timeline the chaos timeline, or null for a run without faults
   * @throws IllegalArgumentException when {@code run} is a WindowedRun read for other windows than this plan's
   */
  public Evaluation evaluate(SloSpec spec, RunMeasurements run, RunPlan plan, ChaosTimeline timeline) {
    boolean hasPlan = plan != null && !plan.phases().isEmpty();
    List<PhaseWindow> windows = PhaseWindows.of(run, plan);
    Map<String, PhaseValidity> validity = new LinkedHashMap<>();
    // Adding slices (or segments) is the expensive part; several objectives usually read the same windows.
    Map<List<Long>, WindowStats> windowCache = new HashMap<>();
    Function<PhaseWindow, WindowStats> windowStats = w -> windowCache.computeIfAbsent(
        List.of(w.fromEpochSecond(), w.toEpochSecondExclusive()),
        key -> run.window(w.fromEpochSecond(), w.toEpochSecondExclusive()));
    List<ObjectiveResult> results = new ArrayList<>();
    List<NotCovered> notCovered = new ArrayList<>();
    List<ErrorBudget> budgets = new ArrayList<>();
    // A local run at 1/factor of the documented workload is judged on rates and windows divided alike.
    SpecScaling.Scaled scaled = plan == null ? SpecScaling.scaleDown(spec, 1)
        : SpecScaling.scaleDown(spec, plan.scaleFactor(), plan.targetTimeScale());
    LoadValidityCheck loadCheck = new LoadValidityCheck(options.loadTolerance(),
        InjectorHealthCheck.of(run, scaled.spec()), hasPlan ? plan : null, run);

    for (Objective objective : scaled.spec().objectives()) {
      if (objective instanceof NotVerifiableObjective nv) {
        notCovered.add(new NotCovered(nv));
      } else if (objective instanceof FailoverObjective failover) {
        results.add(FailoverJudge.judge(failover, timeline));
      } else if (objective instanceof WindowObjective windowed) {
        PhaseSelection.Selected selected = PhaseSelection.select(windows, plan, windowed.judging().phases());
        selected.windows().forEach(w -> validity.computeIfAbsent(w.phase(), name -> loadCheck.check(windowStats.apply(w), w)));
        List<PhaseWindow> judged = selected.windows();
        PhaseScope phaseScope = selected.scope();
        if (!hasPlan && windowed instanceof ThroughputObjective) {
          judged = judged.stream().map(PhaseWindow::interior).toList();
          phaseScope = new PhaseScope(PhaseScope.Kind.WHOLE_RUN_INTERIOR, phaseScope.phases(), phaseScope.asked());
        }
        Sample sample = SampleAggregator.aggregate(windowStats, judged, windowed.selector());
        Scope scope = new Scope(new PhaseScope(phaseScope.kind(), judged.stream().map(PhaseWindow::phase).toList(),
            phaseScope.asked()), sample);
        ObjectiveResult result = windowed instanceof ErrorFrequencyObjective frequency
            ? ErrorFrequencyJudge.judge(frequency, scope,
                FailureStretches.of(run, hasPlan ? plan : null, judged, frequency.selector()), run.metadata().epochStartMillis())
            : judge(windowed, scope);
        if (selected.problem() != null) {
          result = result.overruled(Verdict.INCONCLUSIVE, selected.problem());
        }
        result = checkLoad(result, selected.windows(), validity);
        if (windowed instanceof AvailabilityObjective availability) {
          ErrorBudget budget = ErrorBudgets.of(availability, sample, timeline);
          if (budget != null) {
            budgets.add(budget);
          }
        }
        results.add(result);
      }
    }

    boolean complete = run.metadata().complete();
    results.replaceAll(r -> RunLevelRules.cannotPassIncomplete(r, complete, new Reason.IncompleteRecord(r.reason())));
    Verdict overall = results.stream().map(ObjectiveResult::verdict).reduce(Verdict.PASS, Verdict::worst);
    if (results.isEmpty()) {
      overall = Verdict.INCONCLUSIVE;
    }
    if (!complete) {
      overall = overall.worst(Verdict.INVALID);
    }
    List<Note> notes = notes(run, hasPlan, complete, validity.values(), notCovered);
    notes.addAll(scaled.notes());
    loadCheck.unverifiedClocks().ifPresent(notes::add);
    MostlyFailedWarning.of(spec, validity.values().stream().map(v -> windowStats.apply(v.window())).toList())
        .ifPresent(notes::add);
    return new Evaluation(spec, run.metadata(), overall, Summary.of(overall, results, notCovered.size(), complete), results,
        notCovered, List.copyOf(validity.values()), budgets,
        timeline == null ? List.of() : timeline.faults(), notes, hasPlan, options);
  }

  private static ObjectiveResult judge(WindowObjective objective, Scope scope) {
    if (objective instanceof LatencyObjective latency) {
      return LatencyJudge.judge(latency, scope);
    }
    if (objective instanceof ThroughputObjective throughput) {
      return ThroughputJudge.judge(throughput, scope);
    }
    if (objective instanceof ErrorRateObjective errorRate) {
      return ShareJudge.errorRate(errorRate, scope);
    }
    return ShareJudge.availability((AvailabilityObjective) objective, scope);
  }

  /** A measurement on a phase the injector did not drive as planned says nothing about the target. */
  private static ObjectiveResult checkLoad(ObjectiveResult result, List<PhaseWindow> windows, Map<String, PhaseValidity> validity) {
    Optional<PhaseValidity> invalid = RunLevelRules.firstInvalid(windows.stream().map(w -> validity.get(w.phase())).toList());
    if (invalid.isEmpty()) {
      return result;
    }
    return RunLevelRules.invalidLoad(result,
        new Reason.InvalidLoad(invalid.get(), result.measure(), result.measurement()));
  }

  private static List<Note> notes(RunMeasurements run, boolean hasPlan, boolean complete,
      Iterable<PhaseValidity> validity, List<NotCovered> notCovered) {
    List<Note> notes = new ArrayList<>();
    if (!hasPlan) {
      notes.add(new Note.NoRunPlan());
    }
    for (PhaseValidity check : validity) {
      if (check.status() == LoadStatus.NOT_CHECKED && hasPlan) {
        notes.add(new Note.LoadNotChecked(check));
      }
    }
    healthNotRecorded(validity).ifPresent(notes::add);
    if (!complete) {
      notes.add(new Note.IncompleteRecord());
    }
    if (!notCovered.isEmpty()) {
      notes.add(new Note.NotCoveredObjectives(notCovered.stream().map(NotCovered::name).toList()));
    }
    long crashes = run.crashErrors();
    if (crashes > 0) {
      notes.add(new Note.GatlingErrors(crashes));
    }
    return notes;
  }

  /** The one note for the phases whose injector health is unknown: said once, never taken as healthy. */
  private static Optional<Note> healthNotRecorded(Iterable<PhaseValidity> validity) {
    for (PhaseValidity check : validity) {
      if (check.health().status() == PhaseHealth.HealthStatus.NOT_RECORDED) {
        return Optional.of(new Note.HealthNotRecorded(check.health()));
      }
    }
    return Optional.empty();
  }
}
