/**
 * The evaluator: judges a {@link dev.slogate.slo.record.RunRecord} against a
 * {@link dev.slogate.slo.spec.SloSpec} and returns an {@link dev.slogate.slo.eval.Evaluation} with one of four
 * verdicts per objective.
 *
 * <p>Each objective goes through small stages, each testable alone: phase windows (whole epoch seconds inside
 * each planned phase) → load validity (achieved against planned arrivals, and no failure on the injector's own
 * machine: {@link dev.slogate.slo.eval.KoMessageClassifier}) → aggregation (histograms added over
 * windows, never percentiles averaged) → estimation with confidence bounds ({@link dev.slogate.slo.internal.stats}) →
 * comparison of one-sided bounds with the target → verdict. Run-level checks can then only make a verdict worse:
 * an INVALID phase makes its objectives INVALID, an incomplete record can never PASS, and no data is never a
 * PASS.
 *
 * <p>It returns data, not prose: each result's {@link dev.slogate.slo.eval.Reason}, the evaluation's
 * {@link dev.slogate.slo.eval.Summary} and its {@link dev.slogate.slo.eval.Note}s carry a kind and the figures; the
 * reports module words them ({@code dev.slogate.reports.words.Words}).
 */
package dev.slogate.slo.eval;
