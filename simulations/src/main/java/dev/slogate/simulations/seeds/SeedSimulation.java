package dev.slogate.simulations.seeds;

import dev.slogate.simulations.SlogateSimulation;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.WorkloadContext;
import java.util.Optional;

/**
 * What the five seed simulations share: each runs its system's documented workload ({@link SystemWorkload}),
 * against its system's stand-in profile and judged on its system's SLO catalog (both carry the system's
 * name) when no target, profile or SLO file is given.
 *
 * <p>Properties common to all: {@code slogate.scale} (divisor of documented rates and times; the default
 * differs per system), {@code slogate.warmup} (10s, never scaled), {@code slogate.duration} (steady phase,
 * 30s where the guide states no duration), {@code slogate.cooldown} (2s).
 */
abstract class SeedSimulation extends SlogateSimulation {

  protected SeedSimulation(SystemWorkload system) {
    super(system::name, () -> Optional.of(system.name()));
    declare(() -> system.workload(new WorkloadContext(system.name(), settings, target)));
  }
}
