package dev.slogate.simulations.seeds;

import static dev.slogate.simulations.SlogateDsl.slogate;

import dev.slogate.simulations.SlogateRun;
import dev.slogate.simulations.load.SystemWorkload;
import io.gatling.javaapi.core.Simulation;

/**
 * What the five seed simulations share, written with slogate's DSL: each runs its system's documented workload
 * ({@link SystemWorkload}), against its system's stand-in profile and judged on its system's SLO catalog (both
 * carry the system's name) when no target, profile or SLO file is given. A base class here only because the five
 * differ in nothing but the system; a simulation of one's own keeps the {@link SlogateRun} in a field instead.
 *
 * <p>Properties common to all: {@code slogate.scale} (divisor of documented rates and times; the default
 * differs per system), {@code slogate.warmup} (10s, never scaled), {@code slogate.duration} (steady phase,
 * 30s where the guide states no duration), {@code slogate.cooldown} (2s).
 */
abstract class SeedSimulation extends Simulation {

  private final SlogateRun slogate;

  protected SeedSimulation(SystemWorkload system) {
    slogate = slogate(this, system.name());
    setUp(slogate.populations(system)).protocols(slogate.http()).maxDuration(slogate.maxDuration());
  }

  @Override
  public void before() {
    slogate.before();
  }

  @Override
  public void after() {
    slogate.after();
  }
}
