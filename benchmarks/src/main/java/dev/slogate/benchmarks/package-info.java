/**
 * How far to trust slogate, and how much load one machine carries: a suite of benchmarks, each a plain Java main
 * run by its script ({@code benchmarks/<item>/run.sh}, all of them by {@code benchmarks/run-all.sh}), each writing a
 * Markdown section of {@code benchmarks/RESULTS.md}. Read {@code benchmarks/README.md} first. No other module uses
 * this one; what users name are the items' main classes, one package per item, which stay where their scripts
 * name them:
 * <ul>
 *   <li>{@code accuracy}: {@code AccuracyBenchmark}, percentiles against the server's own record;
 *   <li>{@code omission}: {@code CoordinatedOmissionBenchmark}, a stalling target, open against closed model;
 *   <li>{@code capacity}: {@code CapacityBenchmark}, slogate's highest valid rate against plain Gatling's
 *       ({@code PlainSteadyLoad}), and the CPU per request of both; the cold-start item reuses its search;
 *   <li>{@code failover}: {@code FailoverBenchmark}, failover measured against known outages;
 *   <li>{@code evaluator}: {@code EvaluatorSpeedBenchmark}, {@code ColdEvaluate} and the JMH
 *       {@code EvaluatorBenchmark};
 *   <li>{@code coldstart}: {@code ColdStartBenchmark}, runs from a cold JVM and deliberate exhaustion;
 *   <li>{@code reliability}: {@code MalformedInputTrials} and {@code SecretScanTrial};
 *   <li>{@code reader}: {@code ReaderBenchmark}, {@code BenchmarkLog}, {@code ColdRead}, the log reader against
 *       Gatling's report.
 * </ul>
 * {@code dev.slogate.benchmarks.internal.harness} holds what every item shares (Gatling in fresh JVMs, nginx,
 * process trees, CPU timelines, the result sections): no API, free to change.
 */
package dev.slogate.benchmarks;
