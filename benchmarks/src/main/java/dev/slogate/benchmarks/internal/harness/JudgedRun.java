package dev.slogate.benchmarks.internal.harness;

import dev.slogate.simulations.run.GatlingResults;
import dev.slogate.slo.gatling.InjectionStart;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.slo.eval.PhaseWindows;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.record.SeriesStats;
import dev.slogate.slo.record.WindowStats;
import dev.slogate.slo.spec.SloSpecs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A finished run as slogate sees it: its RunRecord and run plan, and what slogate's own evaluator says of
 * each phase's load. A plain Gatling run gets the same treatment from its {@code simulation.log} and the plan
 * it was given, so both kinds of run are judged by the very same code.
 *
 * @param record the measurements
 * @param plan the phases and planned arrival rates
 */
public record JudgedRun(RunRecord record, RunPlan plan) {

  public static final String WARM_UP = "warm-up";
  public static final String STEADY = "steady";
  public static final String COOL_DOWN = "cool-down";

  /** A run of one of slogate's simulations: its run folder holds the record and the plan. */
  public static JudgedRun ofSlogateRun(Path runFolder) {
    return new JudgedRun(RunRecordIO.load(runFolder.resolve(RunRecordIO.FILE_NAME)),
        RunPlanIO.read(runFolder.resolve(RunPlanIO.FILE_NAME)));
  }

  /**
   * A plain Gatling run: its log, read by slogate's reader, and the plan it was given, moved to the log's first
   * arrival exactly as slogate's end of run moves its own plan. Judged against the unmoved plan, the plain run's
   * steady window would hold the tail of its warm-up (the cold start's queue and catching up) and a slogate run's
   * would not: an unfair comparison.
   */
  public static JudgedRun ofGatlingLog(Path gatlingRunFolder, RunPlan plan) {
    return new JudgedRun(SimulationLogReader.read(gatlingRunFolder, "plain"),
        InjectionStart.aligned(plan, gatlingRunFolder.resolve(GatlingResults.LOG_FILE)));
  }

  /** The plan of SteadyLoad's shape: warm-up, steady and cool-down, all at {@code usersPerSecond}. */
  public static RunPlan steadyPlan(String simulation, String target, double usersPerSecond, Duration warmUp,
      Duration steady, Duration coolDown) {
    long w = warmUp.toMillis();
    long s = steady.toMillis();
    return new RunPlan("plain", simulation, target, List.of(
        Phase.constant(WARM_UP, PhaseKind.WARM_UP, 0, w, usersPerSecond),
        Phase.constant(STEADY, PhaseKind.STEADY, w, s, usersPerSecond),
        Phase.constant(COOL_DOWN, PhaseKind.COOL_DOWN, w + s, coolDown.toMillis(), usersPerSecond)));
  }

  /** The whole seconds of {@code phase} that slogate judges. */
  public PhaseWindow window(String phase) {
    Phase planned = plan.phase(phase).orElseThrow(() -> new IllegalArgumentException("no phase " + phase + " in the plan"));
    return PhaseWindows.window(planned, record.metadata().epochStartMillis());
  }

  public WindowStats stats(String phase) {
    PhaseWindow w = window(phase);
    return record.window(w.fromEpochSecond(), w.toEpochSecondExclusive());
  }

  /** Latencies (ms) of one request name in a phase; an empty histogram when there were none. */
  public Histogram latencies(String phase, String requestName) {
    SeriesStats series = stats(phase).requests().get(requestName);
    return series == null ? new Histogram(3) : series.all();
  }

  /** Arrivals per second the injector achieved in the phase's judged seconds. */
  public double achievedRate(String phase) {
    PhaseWindow w = window(phase);
    return w.seconds() == 0 ? 0 : stats(phase).usersStarted() / (double) w.seconds();
  }

  /** slogate's load check of the steady phase: the evaluator's own, with the default 5% tolerance. */
  public PhaseValidity steadyValidity() {
    Evaluation evaluation = new Evaluator().evaluate(SloSpecs.loadCatalog(SloSpecs.REFERENCE_STACK), record, plan);
    return evaluation.phases().stream().filter(p -> p.phase().equals(STEADY)).findFirst()
        .orElseThrow(() -> new IllegalStateException("the evaluation checked no steady phase"));
  }
}
