package dev.slogate.slo.pipeline;

import dev.slogate.slo.eval.EvaluationOptions;

/**
 * Judges a run: record → evaluate → compare with baseline → gate, the one sequence every entry point uses (see
 * the package documentation for the stages). Stateless and thread-safe.
 */
public final class JudgingPipeline {

  private final ReadRecord read = new ReadRecord();
  private final LeaveOutFailover leaveOutFailover = new LeaveOutFailover();
  private final Evaluate evaluate;
  private final CompareWithBaseline compare = new CompareWithBaseline();
  private final Decide decide = new Decide();

  public JudgingPipeline() {
    this(EvaluationOptions.defaults());
  }

  public JudgingPipeline(EvaluationOptions options) {
    this.evaluate = new Evaluate(options);
  }

  public Judgement judge(RunToJudge run) {
    return decide.apply(compare.apply(evaluate.apply(leaveOutFailover.apply(read.apply(run)))));
  }
}
