package dev.slogate.simulations.internal.scaleout;

import dev.slogate.reports.ReportInput;
import dev.slogate.reports.SignOffBundle;
import dev.slogate.reports.console.ConsoleVerdictTable;
import dev.slogate.reports.run.RunJudgement;
import dev.slogate.simulations.internal.run.RunDirectory;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.slo.baseline.RegressionCriteria;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.merge.MergedRun;
import dev.slogate.slo.merge.Outcomes;
import dev.slogate.slo.scaleout.InjectorLauncher;
import dev.slogate.slo.scaleout.InjectorOutcome;
import dev.slogate.slo.scaleout.InjectorRequest;
import dev.slogate.slo.spec.SloSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The coordinator of a shared run: it injects nothing itself. It asks a launcher for the injectors, merges the runs
 * they leave ({@link Outcomes}, {@link dev.slogate.slo.merge.RunMerge}) into its own run folder, and judges the
 * merged run through the one pipeline ({@link RunJudgement}), writing the sign-off bundle as the end of any run
 * does. The same for every backend: only the launcher differs.
 *
 * <p>A failed, lost or timed-out injector is left out of the merge, and the merged run is INVALID naming its index;
 * no injector at all is INVALID too. Never a pass without every share measured.
 */
public final class Coordinator {

  private final InjectorLauncher launcher;
  private final Clock clock;

  public Coordinator(InjectorLauncher launcher, Clock clock) {
    this.launcher = launcher;
    this.clock = clock;
  }

  /**
   * Runs the injectors of {@code request} and judges their merged run into {@code run}'s folder.
   *
   * @param slo the objectives, for their text (the merged folder keeps the injectors' own {@code slo.yaml})
   * @param baseline the run to compare with, or null
   */
  public GateDecision run(InjectorRequest request, RunDirectory run, SloSource slo, GatePolicy policy,
      Baseline baseline) throws InterruptedException {
    System.out.println("slogate: coordinating " + request.count() + " injectors of run " + request.runId()
        + ", each with 1/" + request.count() + " of the load, starting at " + java.time.Instant.ofEpochMilli(
            request.startAtMillis()) + "; this JVM injects nothing");
    List<InjectorOutcome> outcomes = launcher.run(request);
    Outcomes merged = Outcomes.merge(outcomes);
    merged.failures().forEach(line -> System.out.println("slogate: " + line));
    if (merged.merged().isEmpty()) {
      System.err.println("slogate: no injector left a run to merge: the run is INVALID");
      return Gate.decide(Verdict.INVALID, policy);
    }
    MergedRun whole = merged.merged().get();
    whole.writeTo(run.path());
    whole.describe().forEach(line -> System.out.println("slogate: " + line));
    ReportInput input = RunJudgement.judge(slo.parse(), slo.text(), whole.record(), whole.plan(), whole.chaos(),
        baseline, RegressionCriteria.defaults(), policy, Path.of("").toAbsolutePath(), clock);
    SignOffBundle.write(run.path(), input);
    System.out.print(ConsoleVerdictTable.render(input.evaluation(), input.gate()));
    run.markLatest();
    System.out.println("slogate: merged run of " + request.count() + " injectors and its sign-off bundle in "
        + run.path().toAbsolutePath());
    return input.gate();
  }
}
