package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.RunContext;
import dev.slogate.simulations.chaos.ChaosBackends;
import dev.slogate.simulations.chaos.ChaosSession;
import dev.slogate.simulations.chaos.ChaosSettings;
import dev.slogate.simulations.chaos.FaultPlan;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;
import dev.slogate.simulations.run.EndOfRun;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Failover under load: a constant open-model load while chaos experiments break the target, judged with the
 * chaos timeline, so that failover objectives get their verdict.
 *
 * <p>Phases: {@code warm-up}, {@code steady} (until the first injection), {@code fault} (every injection),
 * {@code recovery} and {@code cool-down}, all at the same planned rate: a fault changes what the target
 * does, not what the injector was asked to send.
 *
 * <p>By default it kills replica 0 of the embedded reference stack ({@code kill-one-replica}) with the
 * local backend, which replaces it like a Deployment would. Properties: {@code slogate.experiment} (bundled
 * name or file; several, comma-separated, run one after the other), {@code slogate.chaos.backend}
 * ({@code local} or {@code chaos-mesh}), {@code slogate.chaos.namespaces} (Chaos Mesh allow-list),
 * {@code slogate.chaos.restartDelay} (5s), {@code slogate.chaos.recovery} (5s), and the usual
 * {@code slogate.rate} (200), {@code slogate.warmup} (10s), {@code slogate.cooldown} (2s),
 * {@code slogate.requests}. The timeline is kept as {@code chaos-timeline.json} in the run folder.
 */
public class FailoverUnderLoad extends SlogateSimulation {

  private ChaosSettings chaos;
  private FaultPlan plan;
  private FaultBackend backend;
  private ChaosSession session;
  private Duration warmUp;
  private Duration planned;

  public FailoverUnderLoad() {
    declare(() -> {
      Optional<SystemReadiness> system = SystemReadiness.selectedSystem().map(SystemReadiness::of);
      // A seed system's readiness run injects the experiments its catalog names.
      String experiments = SystemReadiness.selectedSystem().isEmpty() ? ChaosSettings.DEFAULT_EXPERIMENT
          : String.join(",", sloSpec().readiness().map(r -> r.experiments()).orElseThrow(() -> new IllegalArgumentException(
              "the SLO catalog " + sloSpec().system() + " names no readiness experiments")));
      chaos = ChaosSettings.read(settings, experiments);
      plan = FaultPlan.of(chaos.experiments());
      backend = ChaosBackends.create(chaos, target.embedded(), this::runningStack,
          outputFolder().resolve("chaos-state.json"));
      double rate = settings.rate("slogate.rate", system.map(SystemReadiness::rate).orElse(Defaults.RATE));
      warmUp = settings.duration("slogate.warmup", Defaults.WARM_UP);
      LoadShape shape = LoadShape.openModel().warmUp(rate, warmUp);
      if (plan.steady().isZero()) {
        System.out.println("slogate chaos: the first experiment starts at once (schedule.offset 0s): there is no"
            + " steady phase, so steady-phase objectives will have no data");
      } else {
        shape = shape.steady(rate, plan.steady());
      }
      shape = shape.constant("fault", PhaseKind.FAULT, rate, plan.fault())
          .constant("recovery", PhaseKind.RECOVERY, rate, chaos.recovery())
          .coolDown(rate, settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
      planned = shape.duration();
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests",
          system.map(SystemReadiness::requests).orElse(RequestMix.DEFAULT)));
      return new Workload(scenario("failover under load").exec(mix.chain()), shape);
    });
  }

  /** With {@code -Dslogate.system}, the system's catalog; otherwise the reference stack's. */
  @Override
  protected String defaultSlo() {
    return SystemReadiness.selectedSystem().orElse(Defaults.SLO);
  }

  /** With {@code -Dslogate.system}, the system's stand-in. */
  @Override
  protected Optional<String> defaultProfile() {
    return SystemReadiness.selectedSystem();
  }

  @Override
  public void before() {
    super.before();
    // Gatling stamps its run start right after this hook returns: the plan's offsets count from about now.
    long origin = System.currentTimeMillis();
    session = new ChaosSession(chaos, backend, target.baseUrl(), System.out);
    session.start(new RunContext(runDirectory().runId(), false, Clock.systemUTC()), origin,
        origin + warmUp.toMillis(), plan, planned.plusMinutes(3));
  }

  @Override
  protected void beforeStackStops() {
    if (session != null) {
      session.finish();
    } else {
      backend.close();
    }
  }

  @Override
  protected GateDecision endRun(EndOfRun end) {
    return session == null ? end.complete() : end.completeWithChaos(session::timeline);
  }
}
