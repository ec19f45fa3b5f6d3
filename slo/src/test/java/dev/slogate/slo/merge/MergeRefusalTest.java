package dev.slogate.slo.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that are not parts of one run are refused with one line naming the difference and the runs. */
class MergeRefusalTest {

  @TempDir
  static Path folder;

  private static List<InjectorRun> parts;

  @BeforeAll
  static void split() {
    parts = ShopParts.of(folder, 3);
  }

  @Test
  void partsOfOneRunMerge() {
    assertEquals(3, RunMerge.merge(parts).record().metadata().injectors().size());
  }

  @Test
  void anotherSimulationIsRefused() {
    assertRefused("cannot merge: the simulation differs: fixtures.ShopSimulation in part-0, Other in part-1",
        withRecord(1, r -> r.withMetadata(metadata(r.metadata(), "Other", r.metadata().runId(), "3.15.1"))));
  }

  @Test
  void anotherRunIdIsRefused() {
    assertRefused("cannot merge: the run id differs: shop-shared in part-0, other-run in part-2",
        withRecord(2, r -> r.withMetadata(metadata(r.metadata(), r.metadata().simulation(), "other-run", "3.15.1"))));
  }

  @Test
  void anotherGatlingVersionIsRefused() {
    assertRefused("cannot merge: the Gatling version differs: 3.15.1 in part-0, 3.15.2 in part-1",
        withRecord(1, r -> r.withMetadata(metadata(r.metadata(), r.metadata().simulation(), r.metadata().runId(),
            "3.15.2"))));
  }

  @Test
  void anotherWholePlanIsRefused() {
    InjectorRun second = parts.get(1);
    RunPlan other = new RunPlan(ShopParts.RUN_ID, second.plan().simulation(), second.plan().target(),
        List.of(Phase.constant("steady", PhaseKind.STEADY, 0, 11_000, 99))).shared(1, 3);
    List<InjectorRun> runs = new ArrayList<>(parts);
    runs.set(1, new InjectorRun("part-1", second.record(), other, second.sloText(), null, second.clock()));
    MergeRefusedException e = assertThrows(MergeRefusedException.class, () -> RunMerge.merge(runs));
    assertEquals("cannot merge: the whole plan differs: ", e.getMessage().substring(0, 38));
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void anotherObjectiveSetIsRefused() {
    List<InjectorRun> runs = new ArrayList<>(parts);
    InjectorRun third = parts.get(2);
    runs.set(2, new InjectorRun("part-2", third.record(), third.plan(), "other objectives", null, third.clock()));
    assertRefused("cannot merge: the objectives (slo.yaml) differs: objectives of the shop in part-0, other "
        + "objectives in part-2", runs);
  }

  @Test
  void aDuplicatedIndexIsRefused() {
    List<InjectorRun> runs = new ArrayList<>(parts);
    InjectorRun first = parts.get(0);
    runs.set(1, new InjectorRun("copy-of-0", first.record(), first.plan(), first.sloText(), null, first.clock()));
    assertRefused("cannot merge: injector index 0 comes twice (part-0 and copy-of-0)", runs);
  }

  @Test
  void aRunOfOneInjectorIsRefused() {
    List<InjectorRun> runs = new ArrayList<>(parts);
    InjectorRun first = parts.get(0);
    runs.set(0, new InjectorRun("alone", first.record(), first.plan().whole(), first.sloText(), null, first.clock()));
    assertRefused("cannot merge: alone is not the run of one injector of several (its plan.json has no share; run it "
        + "with -Dslogate.injectors.count and -Dslogate.injectors.index)", runs);
  }

  @Test
  void nothingToMergeIsRefused() {
    assertRefused("cannot merge: no run to merge", List.of());
  }

  private static void assertRefused(String message, List<InjectorRun> runs) {
    assertEquals(message, assertThrows(MergeRefusedException.class, () -> RunMerge.merge(runs)).getMessage());
  }

  private static List<InjectorRun> withRecord(int index, UnaryOperator<RunRecord> change) {
    List<InjectorRun> runs = new ArrayList<>(parts);
    InjectorRun run = parts.get(index);
    runs.set(index, new InjectorRun(run.source(), change.apply(run.record()), run.plan(), run.sloText(), null,
        run.clock()));
    return runs;
  }

  private static RunMetadata metadata(RunMetadata m, String simulation, String runId, String gatlingVersion) {
    List<InjectorInfo> injectors = m.injectors().stream()
        .map(i -> new InjectorInfo(i.id(), i.host(), gatlingVersion, i.epochStartMillis())).toList();
    return new RunMetadata(runId, simulation, m.epochStartMillis(), m.scenarios(), injectors, m.complete());
  }
}
