package dev.slogate.slo.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.scaleout.InjectorOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a launcher reported, merged: a failed or unreadable injector is left out and so missing, naming its index. */
class OutcomesTest {

  @TempDir
  Path folder;

  @Test
  void completedInjectorsMergeAndAFailedOneIsMissing() throws Exception {
    List<InjectorRun> parts = ShopParts.of(folder, 3);
    Outcomes outcomes = Outcomes.merge(List.of(completed(parts.get(0)), completed(parts.get(1)),
        new InjectorOutcome.Failed(2, "exit status 64 without a run record: slogate.startAt is 2.5 s in the past")));
    assertEquals(List.of("injector 2 of 3: exit status 64 without a run record: slogate.startAt is 2.5 s in the past"),
        outcomes.failures());
    assertEquals(List.of(2), outcomes.merged().orElseThrow().missingIndexes());
  }

  @Test
  void everyInjectorCompletedLeavesNoneMissing() throws Exception {
    List<InjectorRun> parts = ShopParts.of(folder, 2);
    Outcomes outcomes = Outcomes.merge(List.of(completed(parts.get(0)), completed(parts.get(1))));
    assertEquals(List.of(), outcomes.failures());
    assertEquals(List.of(), outcomes.merged().orElseThrow().missingIndexes());
  }

  @Test
  void aFolderThatCannotBeReadIsAFailureAndNoRunAtAllMergesNothing() {
    Outcomes outcomes = Outcomes.merge(List.of(new InjectorOutcome.Completed(0, folder.resolve("nothing")),
        new InjectorOutcome.Failed(1, "timed out after 120 s")));
    assertTrue(outcomes.merged().isEmpty());
    assertEquals(List.of("injector 0 of 2: its run folder cannot be read: run folder " + folder.resolve("nothing")
        + " does not exist", "injector 1 of 2: timed out after 120 s"), outcomes.failures());
  }

  /** The part written as an injector leaves its run folder. */
  private InjectorOutcome completed(InjectorRun part) throws Exception {
    int index = part.plan().share().index();
    Path run = Files.createDirectories(folder.resolve("injector-" + index).resolve(ShopParts.RUN_ID));
    RunRecordIO.save(part.record(), run.resolve(RunRecordIO.FILE_NAME));
    RunPlanIO.write(part.plan(), run.resolve(RunPlanIO.FILE_NAME));
    Files.writeString(run.resolve(InjectorRun.SLO_FILE), part.sloText());
    return new InjectorOutcome.Completed(index, run);
  }
}
