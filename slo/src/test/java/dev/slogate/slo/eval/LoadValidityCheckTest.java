package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.SyntheticRun.EPOCH_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import dev.slogate.slo.eval.LoadFinding.Pace;
import dev.slogate.slo.eval.PhaseValidity.LoadStatus;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.RunRecord;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class LoadValidityCheckTest {

  /** Ten whole seconds starting at the run's second 1, planned at 100/s. */
  private static final PhaseWindow STEADY = new PhaseWindow("steady", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1,
      EPOCH_SECOND + 11, OptionalDouble.of(100), OptionalDouble.of(1000));

  private final LoadValidityCheck check = new LoadValidityCheck(0.05);

  private static RunRecord arrivals(double perSecond) {
    return new SyntheticRun().load(750, 10_750, perSecond, "GET /", 5).build(); // [1.000 s, 11.000 s)
  }

  @Test
  void anInjectorBelowThePlanMakesThePhaseInvalid() {
    PhaseValidity validity = check.check(arrivals(81.2), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(812, validity.achievedArrivals());
    assertEquals(new LoadFinding.Arrivals("steady", Pace.BELOW, 812, 1000), validity.finding());
  }

  @Test
  void anInjectorAboveThePlanIsInvalidToo() {
    PhaseValidity validity = check.check(arrivals(120), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(new LoadFinding.Arrivals("steady", Pace.ABOVE, 1200, 1000), validity.finding());
  }

  @Test
  void withinTheToleranceIsValid() {
    assertEquals(LoadStatus.VALID, check.check(arrivals(95), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(arrivals(105), STEADY).status());
    assertEquals(LoadStatus.INVALID, check.check(arrivals(94), STEADY).status());
    assertEquals(LoadStatus.VALID, new LoadValidityCheck(0.10).check(arrivals(91), STEADY).status());
    PhaseValidity exact = check.check(arrivals(100), STEADY);
    assertEquals(new LoadFinding.Arrivals("steady", Pace.KEPT, 1000, 1000), exact.finding());
  }

  @Test
  void closedModelsAndRunsWithoutPlanAreNotChecked() {
    PhaseWindow closed = new PhaseWindow("soak", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1, EPOCH_SECOND + 11,
        OptionalDouble.of(0), OptionalDouble.of(0));
    PhaseValidity validity = check.check(arrivals(50), closed);
    assertEquals(LoadStatus.NOT_CHECKED, validity.status());
    assertEquals(new LoadFinding.NoPlannedRate("soak"), validity.finding());
    PhaseWindow whole = new PhaseWindow(PhaseWindow.WHOLE_RUN, Optional.empty(), EPOCH_SECOND, EPOCH_SECOND + 11,
        OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(LoadStatus.NOT_CHECKED, check.check(arrivals(50), whole).status());
  }

  static final String EMFILE = "i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files";
  static final String PREMATURE_CLOSE = "i.g.h.c.i.PrematureCloseException: Premature close";

  /** 100/s for ten whole seconds, every tenth arrival failing with {@code message}. */
  private static RunRecord failing(double perSecond, String message) {
    return new SyntheticRun().load(750, 10_750, perSecond, "GET /", i -> 5, i -> i % 10 != 0, i -> message).build();
  }

  @Test
  void anInjectorLocalFailureMakesAPhaseDrivenAsPlannedInvalidNamingTheCauseAndCount() {
    PhaseValidity validity = check.check(failing(100, EMFILE), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(1000, validity.achievedArrivals());
    assertEquals(new LoadFinding.InjectorFaults("steady", Map.of(Cause.FILE_DESCRIPTORS, 100L), Optional.empty(),
        Optional.empty()), validity.finding());
    // the same phase, its failures the target's or the connection's: judged on its arrivals alone
    assertEquals(LoadStatus.VALID, check.check(failing(100, SyntheticRun.TARGET_FAILURE), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(failing(100, PREMATURE_CLOSE), STEADY).status());
    assertEquals(LoadStatus.VALID, check.check(failing(100, "Request timeout to 127.0.0.1/127.0.0.1:8080 after 60000 ms"), STEADY).status());
  }

  @Test
  void anInjectorLocalFailureKeepsWhatTheArrivalsSaid() {
    PhaseValidity validity = check.check(failing(120, "j.n.BindException: Cannot assign requested address"), STEADY);
    assertEquals(LoadStatus.INVALID, validity.status());
    assertEquals(new LoadFinding.InjectorFaults("steady", Map.of(Cause.LOCAL_PORTS, 120L), Optional.empty(),
        Optional.of(new LoadFinding.Arrivals("steady", Pace.ABOVE, 1200, 1000))), validity.finding());
  }

  @Test
  void anInjectorLocalFailureMakesEvenAnUncheckedPhaseInvalid() {
    PhaseWindow closed = new PhaseWindow("soak", Optional.of(PhaseKind.STEADY), EPOCH_SECOND + 1, EPOCH_SECOND + 11,
        OptionalDouble.of(0), OptionalDouble.of(0));
    PhaseValidity soak = check.check(failing(50, "j.n.UnknownHostException: nosuchhost.invalid"), closed);
    assertEquals(LoadStatus.INVALID, soak.status());
    assertEquals(new LoadFinding.InjectorFaults("soak", Map.of(Cause.NAME_RESOLUTION, 50L), Optional.empty(),
        Optional.of(new LoadFinding.NoPlannedRate("soak"))), soak.finding());
    PhaseWindow whole = new PhaseWindow(PhaseWindow.WHOLE_RUN, Optional.empty(), EPOCH_SECOND, EPOCH_SECOND + 11,
        OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(LoadStatus.INVALID, check.check(failing(50, EMFILE), whole).status());
    assertEquals(LoadStatus.NOT_CHECKED, check.check(failing(50, PREMATURE_CLOSE), whole).status());
  }
}
