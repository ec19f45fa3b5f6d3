package dev.slogate.simulations;

import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.chaos.FirstArrival;
import dev.slogate.simulations.run.EndOfRun;
import dev.slogate.slo.gate.GateDecision;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A simulation whose load carries a chaos stage: the faults start once the stage's population has really
 * begun to arrive, are taken off while the target still runs, and their timeline is judged with the run.
 * A subclass builds its workload with {@link #arrival()} first in the stage's scenario and calls
 * {@link #chaos} from inside {@code declare(...)}.
 */
abstract class ChaosSimulation extends SlogateSimulation {

  private final FirstArrival arrival = new FirstArrival();
  private ChaosStage chaos;
  private Duration leadInAfterArrival;
  private Duration planned;

  protected ChaosSimulation() {}

  protected ChaosSimulation(Supplier<String> defaultSlo, Supplier<Optional<String>> defaultProfile) {
    super(defaultSlo, defaultProfile);
  }

  /** The first arrival of the population that carries the chaos stage. */
  protected final FirstArrival arrival() {
    return arrival;
  }

  /**
   * @param stage the experiments and their backend
   * @param leadInAfterArrival from the first arrival to the stage's first phase
   * @param runLength the whole run, which no prober outlives
   */
  protected final void chaos(ChaosStage stage, Duration leadInAfterArrival, Duration runLength) {
    this.chaos = stage;
    this.leadInAfterArrival = leadInAfterArrival;
    this.planned = runLength;
  }

  @Override
  public void before() {
    super.before();
    // The faults wait for the stage's first arrival, however late Gatling starts injecting.
    chaos.start(runDirectory().runId(), System.currentTimeMillis(), arrival, leadInAfterArrival, planned, target);
  }

  @Override
  protected void beforeStackStops() {
    chaos.finish();
  }

  @Override
  protected GateDecision endRun(EndOfRun end) {
    return chaos.started() ? end.completeWithChaos(chaos::timeline) : end.complete();
  }
}
