/**
 * Reads Gatling's binary {@code simulation.log} (written by Gatling 3.13 and later; slogate accepts the
 * {@value dev.slogate.slo.gatling.SimulationLogDecoder#SUPPORTED_GATLING_SERIES}.x series only).
 *
 * <p>Since 3.13 Gatling writes no machine-readable statistics, and its log is a private binary format: the
 * version in the Run record is the only guard against a silent change, which is why logs of any other series are
 * refused. The entry points:
 *
 * <ul>
 *   <li>{@link dev.slogate.slo.gatling.SimulationLogReader#read} turns a log into a
 *       {@link dev.slogate.slo.record.RunRecord}, the usual way in;
 *   <li>{@link dev.slogate.slo.gatling.SimulationLogDecoder#decode} streams raw events to a
 *       {@link dev.slogate.slo.gatling.LogEventListener}, for anything that needs single requests;
 *   <li>{@link dev.slogate.slo.gatling.SyntheticLogWriter} and
 *       {@link dev.slogate.slo.gatling.SyntheticLogGenerator} write logs in the same format, as fixtures for
 *       tests and benchmarks (Gatling's own report generator reads them too).
 * </ul>
 *
 * <p>Every problem with a log is a {@link dev.slogate.slo.gatling.SimulationLogException} whose one-line message
 * names the file and the byte offset. Nothing here depends on Gatling's classes.
 *
 * <p>The format has no checksum, so a flipped byte can decode silently. The decoder checks what it cheaply can:
 * known record types, booleans that are 0 or 1, string lengths and cache indexes, scenario indexes, times no
 * earlier than the run's start and ends no earlier than their starts (one second of slack for a wall clock
 * stepped back). In a test that flips every 37th byte of a real log, 79% of the flips are refused with a
 * located error and the rest decode into plausible records ({@code ImplausibleRecordsTest}). A flip inside a
 * latency's low bits, or inside a name, cannot be told from real data.
 */
package dev.slogate.slo.gatling;
