/**
 * The reports of a judged run, and the command-line tool. A run is judged once, by {@code slo}'s
 * {@code JudgingPipeline}; everything here renders that one judgement and decides nothing on its own. Read first
 * {@link dev.slogate.reports.ReportInput}, what every format renders (evaluation, gate decision, record, plan,
 * chaos timeline, regression, evidence), then {@link dev.slogate.reports.SignOffBundle}, which writes a run's
 * {@code verdict.json}, {@code report.html}, {@code junit.xml}, {@code summary.md}, {@code allure-results/} and
 * {@code evidence.json}, and {@link dev.slogate.reports.ReportFormats}, the one factory of the formats.
 *
 * <p>Public API, used by {@code simulations} and {@code benchmarks} or part of the signatures they call:
 * <ul>
 *   <li>this package: the report input, the sign-off bundle, the format contract and its factory;
 *   <li>{@code dev.slogate.reports.run}: a run judged for its reports ({@code RunJudgement}) and a run folder
 *       read back ({@code RunFolder}), called at the end of every Gatling run;
 *   <li>{@code dev.slogate.reports.console}: the verdict table printed at the end of a run;
 *   <li>{@code dev.slogate.reports.evidence}: {@code Evidence}, the provenance every {@code ReportInput} carries;
 *   <li>{@code dev.slogate.reports.cli}: the {@code slogate} command-line tool ({@code SlogateCli});
 *   <li>{@code dev.slogate.reports.metrics}: live metrics for Prometheus and the Pushgateway push, the Java API
 *       the module README documents for code that runs a load test (no other module calls it yet);
 *   <li>{@code dev.slogate.reports.words}: {@code Words}, the one place the evaluator's data (each result's
 *       {@code Reason}, the {@code Summary}, the {@code Note}s) becomes sentences, and {@code Wording}, its numbers.
 * </ul>
 * In those packages, what is not public is their implementation. {@code dev.slogate.reports.internal} holds the
 * formats themselves and the wording they share: public for this module's sake only, no API, free to change.
 */
package dev.slogate.reports;
