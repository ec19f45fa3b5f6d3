package dev.slogate.simulations.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.plan.InjectorShare;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The injectors' shares of a workload (populations alongside, a later closed stage) add up to the workload. */
class WorkloadShareTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

  @Test
  void theSharesOfEveryPopulationAddUpToTheWholePlan() {
    Workload whole = Workload.of(WorkloadTest.A, LoadShape.openModel().steady(100, TEN_SECONDS))
        .alongside(WorkloadTest.B, LoadShape.openModel().steady(7, TEN_SECONDS))
        .then(WorkloadTest.A, LoadShape.closedModel().concurrentUsers("held", PhaseKind.STEADY, 50, TEN_SECONDS));
    int count = 3;
    double steadyRate = 0;
    int heldUsers = 0;
    List<Double> perInjector = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      Workload share = whole.share(new InjectorShare(index, count, whole.phases()));
      Phase steady = share.phases().get(0);
      steadyRate += steady.startRate();
      perInjector.add(steady.startRate());
      heldUsers += share.phases().get(1).users().start();
      assertEquals(whole.duration(), share.duration(), "a share keeps the timing");
      assertEquals(whole.populations().get(2).delay(), share.populations().get(2).delay());
    }
    assertEquals(107.0, steadyRate, 0.0);
    assertEquals(50, heldUsers);
    // Each population is divided on its own, since Gatling injects each: 34+3, 33+2, 33+2.
    assertEquals(List.of(37.0, 35.0, 35.0), perInjector);
  }
}
