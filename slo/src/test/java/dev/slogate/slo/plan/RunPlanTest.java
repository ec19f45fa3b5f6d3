package dev.slogate.slo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPlanTest {

  private static final List<Phase> PHASES = List.of(
      Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 10_000, 100),
      new Phase("spike-ramp", PhaseKind.WARM_UP, 10_000, 5_000, 100, 1_000),
      Phase.constant("spike", PhaseKind.STEADY, 15_000, 20_000, 1_000));

  private static RunPlan plan() {
    return new RunPlan(RunPlan.SCHEMA, "run-1", "sim", "http://127.0.0.1:1", 20, PHASES, Map.of("k", "v"), 10);
  }

  @Test
  void theMeasuredInjectionDelayMovesEveryPhaseAndIsRecorded() {
    RunPlan aligned = plan().withInjectionDelay(340);
    assertEquals(340, aligned.injectionDelayMillis());
    assertEquals(List.of(340L, 10_340L, 15_340L), aligned.phases().stream().map(Phase::startOffsetMillis).toList());
    assertEquals(PHASES.stream().map(Phase::durationMillis).toList(), aligned.phases().stream().map(Phase::durationMillis).toList());
    assertEquals(1_000, aligned.phase("spike").orElseThrow().startRate());
    assertEquals(20, aligned.scaleFactor());
    assertEquals(10, aligned.targetTimeScale());
    // Measured again (a report made later): the new delay replaces the old one, it is not added to it.
    assertEquals(List.of(200L, 10_200L, 15_200L),
        aligned.withInjectionDelay(200).phases().stream().map(Phase::startOffsetMillis).toList());
    assertThrows(IllegalArgumentException.class, () -> plan().withInjectionDelay(-1));
  }

  @Test
  void everyFieldSurvivesTheFileAndAnOldPlanReadsAsUnscaledAndUnshifted(@TempDir Path dir) throws Exception {
    RunPlan aligned = plan().withInjectionDelay(250);
    Path file = dir.resolve(RunPlanIO.FILE_NAME);
    RunPlanIO.write(aligned, file);
    assertEquals(aligned, RunPlanIO.read(file));

    // A plan written before targetTimeScale and injectionDelayMillis existed.
    Path old = dir.resolve("old.json");
    Files.writeString(old, """
        {"schema":"slogate.plan/v1","runId":"r","simulation":"s","target":"http://127.0.0.1:1","scaleFactor":1.0,
         "phases":[{"name":"steady","kind":"STEADY","startOffsetMillis":0,"durationMillis":1000,"startRate":5.0,"endRate":5.0}],
         "properties":{}}
        """);
    RunPlan read = RunPlanIO.read(old);
    assertEquals(1, read.targetTimeScale());
    assertEquals(0, read.injectionDelayMillis());
  }

  @Test
  void aClosedPhaseKeepsItsUsersThroughTheFileAndAnOpenOneWritesNone(@TempDir Path dir) throws Exception {
    RunPlan plan = new RunPlan("run-1", "sim", "http://127.0.0.1:1", List.of(
        Phase.constant("spike", PhaseKind.STEADY, 0, 5_000, 100),
        Phase.closed("concurrency", PhaseKind.STEADY, 5_000, 10_000, 20, 40)));
    Path file = dir.resolve(RunPlanIO.FILE_NAME);
    RunPlanIO.write(plan.withInjectionDelay(300), file);
    RunPlan read = RunPlanIO.read(file);
    assertEquals(plan.withInjectionDelay(300), read);
    assertEquals(new Phase.Users(20, 40), read.phase("concurrency").orElseThrow().users());
    assertEquals(30, read.phase("concurrency").orElseThrow().plannedUsersAt(10_300));
    assertEquals(null, read.phase("spike").orElseThrow().users());
    assertEquals(false, Files.readString(file).contains("\"users\" : null"), "an open phase writes no users");

    // A closed phase written before plans recorded its users: no users, so they are not checked.
    Path old = dir.resolve("old.json");
    Files.writeString(old, """
        {"schema":"slogate.plan/v1","runId":"r","simulation":"s","target":"http://127.0.0.1:1","scaleFactor":1.0,
         "phases":[{"name":"soak","kind":"STEADY","startOffsetMillis":0,"durationMillis":1000,"startRate":0.0,"endRate":0.0}],
         "properties":{}}
        """);
    assertEquals(false, RunPlanIO.read(old).phases().get(0).holdsUsers());
  }
}
