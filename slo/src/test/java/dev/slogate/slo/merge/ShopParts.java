package dev.slogate.slo.merge;

import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.InjectionStart;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shop log dealt out round-robin to N injectors' runs, each a share of one plan, clocks verified at 0 ms. */
final class ShopParts {

  static final String RUN_ID = "shop-shared";
  static final String SLO_TEXT = "objectives of the shop";

  private ShopParts() {}

  /** The plan of the whole shop run: one steady phase at the rate the run achieved. */
  static RunPlan plan(RunRecord whole) {
    long seconds = whole.endEpochSecondExclusive() - whole.firstEpochSecond();
    double rate = whole.whole().usersStarted() / (double) seconds;
    return InjectionStart.aligned(new RunPlan(RUN_ID, whole.metadata().simulation(), "http://127.0.0.1:18082",
        List.of(Phase.constant("steady", PhaseKind.STEADY, 0, seconds * 1000, rate))), log());
  }

  static Path log() {
    return FixtureLogs.log(FixtureLogs.SHOP);
  }

  static RunRecord whole() {
    return SimulationLogReader.read(log(), RUN_ID);
  }

  static List<InjectorRun> of(Path folder, int count) {
    SplitLog split = SplitLog.of(log());
    RunPlan plan = plan(whole());
    List<Path> logs = split.write(folder, count, record -> record % count);
    List<InjectorRun> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      runs.add(new InjectorRun("part-" + i, SimulationLogReader.read(logs.get(i), RUN_ID), plan.shared(i, count),
          SLO_TEXT, null, new ClockOffset(ClockOffset.Reference.COORDINATOR, 0, 1)));
    }
    return runs;
  }
}
