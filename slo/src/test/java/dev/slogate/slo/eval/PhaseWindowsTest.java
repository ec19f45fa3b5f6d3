package dev.slogate.slo.eval;

import static dev.slogate.slo.eval.SyntheticRun.EPOCH_SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.record.RunRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseWindowsTest {

  @Test
  void windowsHoldOnlyWholeSecondsInsideEachPhase() {
    RunRecord record = SyntheticRun.planned(200, i -> 5, i -> true).build();
    List<PhaseWindow> windows = PhaseWindows.of(record, SyntheticRun.plan(200));
    assertEquals(List.of("warm-up", "steady", "cool-down"), windows.stream().map(PhaseWindow::phase).toList());
    // the run starts at .250: steady spans [5.250 s, 35.250 s) → whole seconds 6..34
    PhaseWindow steady = windows.get(1);
    assertEquals(EPOCH_SECOND + 6, steady.fromEpochSecond());
    assertEquals(EPOCH_SECOND + 35, steady.toEpochSecondExclusive());
    assertEquals(29, steady.seconds());
    assertEquals(Optional.of(PhaseKind.STEADY), steady.kind());
    assertEquals(29 * 200, steady.plannedArrivals().getAsDouble(), 1e-9);
    assertEquals(200, steady.plannedRatePerSecond().getAsDouble(), 1e-9);
    // and the record holds exactly the planned arrivals in that window
    assertEquals(5800, record.window(steady.fromEpochSecond(), steady.toEpochSecondExclusive()).usersStarted());
  }

  @Test
  void rampPlannedArrivalsFollowTheTrapezoid() {
    Phase ramp = new Phase("ramp", PhaseKind.WARM_UP, 0, 10_000, 0, 100);
    PhaseWindow window = PhaseWindows.window(ramp, EPOCH_SECOND * 1000 + 500);
    assertEquals(EPOCH_SECOND + 1, window.fromEpochSecond());
    assertEquals(EPOCH_SECOND + 10, window.toEpochSecondExclusive());
    // offsets 500..9500 ms: rates 5/s to 95/s, 9 s → 450 arrivals
    assertEquals(450, window.plannedArrivals().getAsDouble(), 1e-9);
  }

  @Test
  void aPhaseShorterThanASecondHasAnEmptyWindow() {
    PhaseWindow window = PhaseWindows.window(Phase.constant("blip", PhaseKind.FAULT, 100, 800, 10), EPOCH_SECOND * 1000 + 250);
    assertEquals(0, window.seconds());
    assertEquals(0, window.plannedArrivals().getAsDouble());
  }

  @Test
  void withoutAPlanTheWholeRunIsOneWindow() {
    RunRecord record = new SyntheticRun().load(0, 3_000, 10, "GET /", 5).build();
    List<PhaseWindow> windows = PhaseWindows.of(record, null);
    assertEquals(1, windows.size());
    PhaseWindow whole = windows.get(0);
    assertTrue(whole.isWholeRun());
    assertEquals(PhaseWindow.WHOLE_RUN, whole.phase());
    assertEquals(record.firstEpochSecond(), whole.fromEpochSecond());
    assertEquals(record.endEpochSecondExclusive(), whole.toEpochSecondExclusive());
    assertTrue(whole.plannedArrivals().isEmpty());
  }
}
