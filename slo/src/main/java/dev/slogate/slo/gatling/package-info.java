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
 */
package dev.slogate.slo.gatling;
