package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.Fixtures;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slogate merge}, then {@code slogate report} on the merged folder. Each injector's folder holds a real run's
 * record (fixture {@code healthy-a}) and its half of a plan of twice that run's rates, so that the merged run is
 * that run twice over: the same percentiles and verdicts, and the planned arrivals exactly accounted for.
 */
class MergeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void mergedInjectorsAreJudgedByReportAsTheRunTheyShare() throws Exception {
    List<Path> injectors = List.of(injector(0, 2, "shared-run"), injector(1, 2, "shared-run"));
    Path merged = dir.resolve("merged");
    CliRunner.Result merge = CliRunner.run("merge", "--out", merged.toString(), injectors.get(0).toString(),
        injectors.get(1).toString());
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.out().startsWith("slogate: injector 0 of 2 ("), merge.out());
    assertTrue(merge.out().contains("slogate: merged 2 injector runs of shared-run into " + merged), merge.out());

    CliRunner.Result report = CliRunner.run("report", "--run", merged.toString(), "--no-baseline", "--format", "json");
    assertEquals(0, report.exitCode(), report.out() + report.err());
    JsonNode evidence = JSON.readTree(merged.resolve("evidence.json").toFile());
    assertTrue(evidence.get("injectors").get(1).asText().contains(", injector 1 of 2, clock not measured"),
        evidence.get("injectors").toString());
    JsonNode original = JSON.readTree(Fixtures.run("healthy-a").resolve("verdict.json").toFile());
    JsonNode verdict = JSON.readTree(merged.resolve("verdict.json").toFile());
    assertEquals("PASS", verdict.get("verdict").asText());
    assertEquals(original.get("objectives").size(), verdict.get("objectives").size());

    CliRunner.Result evaluate = CliRunner.run("evaluate", "--slo", merged.resolve("slo.yaml").toString(),
        "--gatling-log", merged.toString(), "--plan", merged.resolve("plan.json").toString());
    assertEquals(0, evaluate.exitCode(), evaluate.out() + evaluate.err());
    assertTrue(evaluate.out().contains("slogate: read " + merged.resolve("run-record.json.gz")), evaluate.out());
  }

  @Test
  void aMissingInjectorMakesTheMergedRunInvalidNamingIt() throws Exception {
    Path merged = dir.resolve("merged");
    CliRunner.Result merge = CliRunner.run("merge", "--out", merged.toString(), injector(0, 2, "shared-run").toString());
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.out().contains("slogate: injector 1 of 2: missing (no run came for it); every phase is INVALID"),
        merge.out());

    CliRunner.Result report = CliRunner.run("report", "--run", merged.toString(), "--no-baseline", "--format", "json,md");
    assertEquals(2, report.exitCode(), report.out() + report.err());
    JsonNode verdict = JSON.readTree(merged.resolve("verdict.json").toFile());
    assertEquals("INVALID", verdict.get("verdict").asText());
    String summary = Files.readString(merged.resolve("summary.md"));
    assertTrue(summary.contains("Injector 1 of 2 is missing from the merged run"), summary);
  }

  @Test
  void runsOfAnotherRunAreRefusedInOneLine() throws Exception {
    Path merged = dir.resolve("merged");
    Path first = injector(0, 2, "run-a");
    Path second = injector(1, 2, "run-b");
    CliRunner.Result merge = CliRunner.run("merge", "--out", merged.toString(), first.toString(), second.toString());
    assertEquals(ExitCodes.INPUT, merge.exitCode());
    assertEquals(List.of("slogate: cannot merge: the run id differs: run-a in " + first + ", run-b in " + second),
        merge.errLines());
    assertTrue(Files.notExists(merged), "nothing is written for a refused merge");
  }

  /** An injector's run folder: healthy-a's record and slo.yaml, and its share of twice healthy-a's plan. */
  private Path injector(int index, int count, String runId) throws Exception {
    Path fixture = Fixtures.run("healthy-a");
    RunRecord record = RunRecordIO.load(fixture.resolve(RunRecordIO.FILE_NAME));
    RunMetadata m = record.metadata();
    record = record.withMetadata(new RunMetadata(runId, m.simulation(), m.epochStartMillis(), m.scenarios(),
        m.injectors(), m.complete()));
    RunPlan plan = RunPlanIO.read(fixture.resolve(RunPlanIO.FILE_NAME));
    List<Phase> doubled = plan.phases().stream().map(p -> new Phase(p.name(), p.kind(), p.startOffsetMillis(),
        p.durationMillis(), p.startRate() * count, p.endRate() * count, p.users())).toList();
    RunPlan whole = new RunPlan(plan.schema(), runId, plan.simulation(), plan.target(), plan.scaleFactor(), doubled,
        plan.properties(), plan.targetTimeScale(), plan.injectionDelayMillis());
    Path folder = Files.createDirectories(dir.resolve(runId + "-" + index));
    RunRecordIO.save(record, folder.resolve(RunRecordIO.FILE_NAME));
    RunPlanIO.write(whole.shared(index, count), folder.resolve(RunPlanIO.FILE_NAME));
    Files.copy(fixture.resolve("slo.yaml"), folder.resolve("slo.yaml"));
    return folder;
  }
}
