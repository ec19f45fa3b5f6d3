package dev.slogate.slo.gatling;

import java.util.List;

/**
 * The Run record that opens every {@code simulation.log}.
 *
 * @param gatlingVersion the version of the Gatling that wrote the log, such as {@code 3.15.1}
 * @param simulation the simulation's class name
 * @param epochStartMillis the run start; every later time in the log is relative to it
 * @param description the run description given on the command line, often empty
 * @param scenarios scenario names in declaration order; User records refer to them by index
 * @param assertionCount how many assertions the simulation declared (their encoded bodies are skipped)
 */
public record RunHeader(
    String gatlingVersion,
    String simulation,
    long epochStartMillis,
    String description,
    List<String> scenarios,
    int assertionCount) {

  public RunHeader {
    scenarios = List.copyOf(scenarios);
  }
}
