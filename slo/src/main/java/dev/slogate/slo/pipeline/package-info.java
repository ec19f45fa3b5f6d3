/**
 * The one judging pipeline: every entry point (the end of a Gatling run, {@code slogate evaluate},
 * {@code slogate report}, the readiness runs) judges a run through {@link dev.slogate.slo.pipeline.JudgingPipeline}.
 *
 * <p>A run goes through a chain of small stages, each a class with one job; an immutable value passes from one to
 * the next, in the spirit of OkHttp's interceptors:
 *
 * <pre>
 * RunToJudge ─ReadRecord→ Measured ─LeaveOutFailover→ Measured ─Evaluate→ Evaluated ─CompareWithBaseline→ Compared ─Decide→ Judgement
 * </pre>
 *
 * <ul>
 *   <li>{@link dev.slogate.slo.pipeline.ReadRecord}: the run's measurements from its {@link dev.slogate.slo.pipeline.RunSource},
 *       a full {@link dev.slogate.slo.record.RunRecord} when a baseline comparison needs every second, otherwise
 *       whatever the source reads cheapest (a {@link dev.slogate.slo.record.WindowedRun} for a Gatling log);
 *   <li>{@link dev.slogate.slo.pipeline.LeaveOutFailover}: a run without a chaos timeline cannot speak to failover;
 *   <li>{@link dev.slogate.slo.pipeline.Evaluate}: the {@link dev.slogate.slo.eval.Evaluator};
 *   <li>{@link dev.slogate.slo.pipeline.CompareWithBaseline}: relative objectives against the baseline, folded into
 *       the evaluation ({@link dev.slogate.slo.baseline});
 *   <li>{@link dev.slogate.slo.pipeline.Decide}: the {@link dev.slogate.slo.gate.Gate}.
 * </ul>
 *
 * <p>The pipeline returns data. Reports, evidence and console output are the callers' business.
 */
package dev.slogate.slo.pipeline;
