/**
 * A run judged for its reports: {@link dev.slogate.reports.run.RunJudgement} runs the one judging pipeline and adds
 * the evidence; {@link dev.slogate.reports.run.RunFolder} reads a run folder back. Public API: {@code simulations}
 * judges every run here, so that {@code slogate report} on a run folder reproduces its {@code verdict.json}.
 */
package dev.slogate.reports.run;
