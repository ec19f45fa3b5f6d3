package dev.slogate.simulations.load;

import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * What a simulation runs: one scenario and the open-model shape it is injected with.
 *
 * @param scenario the virtual users' script
 * @param shape the planned arrivals, phase by phase
 */
public record Workload(ScenarioBuilder scenario, LoadShape shape) {}
