/**
 * Whether a run met its objectives: the measurement model, the Gatling log reader, SLO files, the evaluator, the
 * baseline comparison and the gate, chained by one judging pipeline. Read first
 * {@link dev.slogate.slo.pipeline.JudgingPipeline} (record → evaluate → compare with baseline → gate, the one
 * judging sequence of every entry point), then {@link dev.slogate.slo.eval.Evaluator}.
 *
 * <p>Public API, each package used by {@code reports}, {@code simulations}, {@code chaos} or {@code benchmarks}:
 * <ul>
 *   <li>{@code dev.slogate.slo.pipeline}: the judging pipeline, its stages and the values between them;
 *   <li>{@code dev.slogate.slo.record}: the measurement model ({@code RunRecord}, {@code WindowedRun}) and its files;
 *   <li>{@code dev.slogate.slo.plan}: the run plan, what the injector was asked to do;
 *   <li>{@code dev.slogate.slo.chaos}: the chaos timeline;
 *   <li>{@code dev.slogate.slo.health}: the injector's health timeline, which the evaluator's
 *       {@code InjectorHealthCheck} judges;
 *   <li>{@code dev.slogate.slo.gatling}: the Gatling 3.15 log reader;
 *   <li>{@code dev.slogate.slo.spec}: SLO files, their model and their loading;
 *   <li>{@code dev.slogate.slo.eval}: the evaluator and its evaluation;
 *   <li>{@code dev.slogate.slo.baseline}: baselines and relative objectives;
 *   <li>{@code dev.slogate.slo.gate}: the gate and its policy;
 *   <li>{@code dev.slogate.slo.merge}: the runs of several injectors merged exactly into the run of the whole
 *       ({@code RunMerge}, behind {@code slogate merge});
 *   <li>{@code dev.slogate.slo.scaleout}: the contract between the coordinator of a shared run and the backends that
 *       start its injectors ({@code InjectorLauncher});
 *   <li>{@code dev.slogate.slo.catalog}: {@code CatalogTable}, run by name by {@code tools/catalog-table.sh}; the
 *       embedded catalogs' resources sit beside it, and their path is the {@code slo.origin} reports print.
 * </ul>
 * In those packages, what is not public is their implementation. {@code dev.slogate.slo.internal.stats} holds the
 * confidence intervals the evaluator and the baseline comparison compute: no API, free to change.
 */
package dev.slogate.slo;
