package dev.slogate.simulations.dsl;

import static dev.slogate.simulations.SlogateDsl.closed;
import static dev.slogate.simulations.SlogateDsl.coolDown;
import static dev.slogate.simulations.SlogateDsl.fault;
import static dev.slogate.simulations.SlogateDsl.recovery;
import static dev.slogate.simulations.SlogateDsl.slogate;
import static dev.slogate.simulations.SlogateDsl.steady;
import static dev.slogate.simulations.SlogateDsl.warmUp;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import dev.slogate.simulations.FaultStage;
import dev.slogate.simulations.LoadPlan;
import dev.slogate.simulations.SimulationOptions;
import dev.slogate.simulations.SlogateRun;
import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.load.ClosedPhase;
import dev.slogate.simulations.load.FaultLoad;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.OpenPhase;
import dev.slogate.simulations.load.OpenPhases;
import dev.slogate.simulations.load.SystemWorkload;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.load.WorkloadContext;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;

/**
 * Calls every method of slogate's DSL, as Gatling's own compile tests do: if this compiles, the DSL has the shape
 * its documentation promises. Never run; {@link SlogateDslTest} checks what the phase builders produce.
 */
@SuppressWarnings("unused")
public class DslCompileSimulation extends Simulation {

  private final SlogateRun slogate = slogate(this);
  private final SlogateRun seed = slogate(this, "kgas");
  private final SimulationOptions options = slogate.options();

  private final OpenPhase[] openPhases = {
    warmUp(10).during(1), warmUp("ramp-up", 1).rampTo(10).during(Duration.ofSeconds(2)),
    steady(10).during(Duration.ofSeconds(3)), steady("spike", 100).during(4),
    steady("spike-ramp", 10).rampTo(100).during(5),
    coolDown(10).during(1), coolDown("last", 10).rampTo(0).during(1),
    recovery(10).during(1), recovery("spike-down", 100).rampTo(10).during(Duration.ofSeconds(1)),
    fault(10).during(1), fault("kill", 10).during(Duration.ofSeconds(1)),
  };
  private final ClosedPhase[] closedPhases = {
    closed(10).during(1), closed("users", 10).during(Duration.ofSeconds(1)),
    closed("ramp", 1).rampTo(10).during(2), closed(1).rampTo(10).during(Duration.ofSeconds(2)),
  };

  private final FaultStage faults = slogate.faults(() -> "kill-one-replica");
  private final OpenPhases stage = faults.phases(10);
  private final OpenPhases afterWorkload = faults.phases(10, ChaosStage.PhaseNames.AFTER_WORKLOAD);
  private final String experiments = faults.experiments();
  private final ScenarioBuilder marked = faults.scenario("under faults").exec(http("GET /").get("/"));

  private final LoadPlan open = slogate.plan(warmUp(10).during(1), stage, coolDown(10).during(1));
  private final LoadPlan closedLater = open.then(closed(5).during(2));
  private final LoadPlan openAfterThat = closedLater.then(steady("again", 10).during(2));
  private final LoadPlan closedFirst = seed.plan(closed(5).during(2));

  private final List<PopulationBuilder> seedPopulations = seed.populations(new Documented());
  private final List<PopulationBuilder> named = seed.populations("custom",
      context -> Workload.of(scenario("custom"), LoadShape.openModel(steady(1).during(1))));

  private final HttpProtocolBuilder protocol = slogate.http();
  private final Duration maxDuration = slogate.maxDuration();

  {
    setUp(marked.injectOpen(open.open()), scenario("closed").injectClosed(closedLater.closed()),
        scenario("again").injectOpen(openAfterThat.open()), scenario("first").injectClosed(closedFirst.closed()))
        .protocols(protocol).maxDuration(maxDuration);
  }

  private void options() {
    double rates = options.rate() + options.rate(1) + options.spikeFactor() + options.kgasBaseRate()
        + options.kecsRate() + options.fleetQRate() + options.reconciliationRate()
        + options.reconciliationWebSocketRate() + options.reconciliationFaultRate();
    List<Duration> lengths = List.of(options.warmUp(), options.warmUp(Duration.ZERO), options.steady(),
        options.steady(Duration.ZERO), options.coolDown(), options.coolDown(Duration.ZERO), options.stressStep(),
        options.spikeRamp(), options.spikeHold(), options.kgasThinkTime(), options.kgasBase(), options.kgasRamp(),
        options.kgasHold(), options.kgasRecovery(), options.kgasConcurrency());
    int counts = options.stressSteps() + options.kgasUsers();
    ChainBuilder requests = options.requests();
    String system = slogate.spec().system();
    SimulationOptions throwing = SimulationOptions.of(options.settings());
  }

  private void shapes() {
    LoadShape openShape = LoadShape.openModel(openPhases).then(steady("more", 1).during(1));
    LoadShape closedShape = LoadShape.closedModel(closedPhases);
  }

  @Override
  public void before() {
    slogate.before();
  }

  @Override
  public void after() {
    slogate.after();
  }

  private static final class Documented implements SystemWorkload {
    @Override
    public String name() {
      return "kgas";
    }

    @Override
    public Workload workload(WorkloadContext context) {
      return Workload.of(scenario("documented"), LoadShape.openModel(steady(1).during(1)));
    }

    @Override
    public FaultLoad faultLoad(WorkloadContext context) {
      return new FaultLoad(exec(http("GET /").get("/")), 1, "a test");
    }
  }
}
