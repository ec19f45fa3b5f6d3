package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import dev.slogate.simulations.chaos.ChaosSettings;
import dev.slogate.simulations.chaos.ChaosStage;
import dev.slogate.simulations.load.LoadShape;
import dev.slogate.simulations.load.RequestMix;
import dev.slogate.simulations.load.Workload;

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
 * {@code slogate.requests}. The timeline is kept as {@code chaos-timeline.json} in the run folder. A seed
 * system's readiness run (its documented workload, then its catalog's experiments) is {@link Readiness}.
 */
public class FailoverUnderLoad extends ChaosSimulation {

  public FailoverUnderLoad() {
    declare(() -> {
      ChaosStage chaos = ChaosStage.prepare(settings, ChaosSettings.DEFAULT_EXPERIMENT, target, this::runningStack,
          outputFolder().resolve("chaos-state.json"));
      double rate = settings.rate("slogate.rate", Defaults.RATE);
      LoadShape warmUp = LoadShape.openModel().warmUp(rate, settings.duration("slogate.warmup", Defaults.WARM_UP));
      LoadShape shape = chaos.extend(warmUp, rate, ChaosStage.PhaseNames.ALONE)
          .coolDown(rate, settings.duration("slogate.cooldown", Defaults.COOL_DOWN));
      // The stage starts where the warm-up ends as planned (whole seconds, as LoadShape plans every phase).
      chaos(chaos, warmUp.duration(), shape.duration());
      RequestMix mix = RequestMix.parse(settings.get("slogate.requests", RequestMix.DEFAULT));
      return new Workload(scenario("failover under load").exec(arrival().mark()).exec(mix.chain()), shape);
    });
  }
}
