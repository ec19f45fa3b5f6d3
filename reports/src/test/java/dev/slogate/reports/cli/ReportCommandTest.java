package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.internal.evidence.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slogate report} and {@code slogate pin} on copies of real run folders. */
class ReportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void reEvaluatingARunFolderReproducesItsVerdict() throws Exception {
    Path run = Fixtures.copyOfRun("healthy-a", dir);
    JsonNode original = JSON.readTree(run.resolve("verdict.json").toFile());
    CliRunner.Result result = CliRunner.run("report", "--run", run.toString(), "--no-baseline");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    for (String file : List.of("report.html", "junit.xml", "summary.md", "verdict.json", "evidence.json")) {
      assertTrue(Files.isRegularFile(run.resolve(file)), file);
      assertTrue(result.out().contains("slogate: wrote " + run.resolve(file).toAbsolutePath()), file);
    }
    assertTrue(Files.isDirectory(run.resolve("allure-results")));
    JsonNode again = JSON.readTree(run.resolve("verdict.json").toFile());
    assertEquals(original.get("verdict"), again.get("verdict"));
    assertEquals(original.get("objectives"), again.get("objectives"), "the same objectives, values and intervals");
    assertEquals("NOT_REQUESTED", again.get("regression").get("status").asText());

    JsonNode evidence = JSON.readTree(run.resolve("evidence.json").toFile());
    assertEquals(Sha256.hex(Files.readAllBytes(run.resolve("slo.yaml"))), evidence.get("sloSha256").asText());
    assertEquals("http://127.0.0.1:44293", evidence.get("target").asText());
    boolean recordHashed = false;
    for (JsonNode file : evidence.get("files")) {
      assertEquals(Sha256.hex(run.resolve(file.get("path").asText())), file.get("sha256").asText(), file.toString());
      recordHashed |= file.get("path").asText().equals("run-record.json.gz");
    }
    assertTrue(recordHashed, "the run record with its raw histograms is part of the evidence");
  }

  @Test
  void aRegressionAgainstTheBaselineFailsTheGate() throws Exception {
    Path run = Fixtures.copyOfRun("added-latency", dir);
    Path out = dir.resolve("out");
    CliRunner.Result result = CliRunner.run("report", "--run", run.toString(), "--baseline", Fixtures.run("healthy-a").toString(),
        "--format", "md,json", "--out", out.toString());
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(List.of("evidence.json", "summary.md", "verdict.json"), Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    JsonNode verdict = JSON.readTree(out.resolve("verdict.json").toFile());
    assertEquals("COMPARED", verdict.get("regression").get("status").asText());
    assertEquals("steadyload-20261124-071944-652", verdict.get("regression").get("baselineRunId").asText());
    assertTrue(result.out().contains("p95-latency-vs-baseline"), result.out());
  }

  @Test
  void anIncompatibleBaselineIsRefusedWithItsReason() throws Exception {
    Path baseline = Fixtures.copyOfRun("healthy-b", dir);
    Files.writeString(baseline.resolve("slo.yaml"), Files.readString(baseline.resolve("slo.yaml"))
        .replace("system: reference-stack", "system: other-system"));
    CliRunner.Result result = CliRunner.run("report", "--run", Fixtures.copyOfRun("healthy-a", dir.resolve("a")).toString(),
        "--baseline", baseline.toString());
    assertEquals(ExitCodes.INPUT, result.exitCode());
    assertEquals(List.of("slogate: Baseline run steadyload-20261124-072201-650 refused: the baseline was judged for system"
        + " other-system, this run for reference-stack."), result.errLines());
  }

  @Test
  void aPinnedBaselineIsUsedForTheNightlyGate() throws Exception {
    Path baselines = dir.resolve("baselines");
    CliRunner.Result pin = CliRunner.run("pin", "--run", Fixtures.run("healthy-a").toString(), "--to", baselines.toString());
    assertEquals(0, pin.exitCode(), pin.err());
    assertEquals(List.of("reference-stack.plan.json", "reference-stack.run-record.json.gz", "reference-stack.slo.yaml"),
        Files.list(baselines).map(p -> p.getFileName().toString()).sorted().toList());
    System.setProperty("slogate.baseline", baselines.resolve("reference-stack.run-record.json.gz").toString());
    try {
      CliRunner.Result result = CliRunner.run("report", "--run", Fixtures.copyOfRun("added-latency", dir).toString(), "--format", "json");
      assertEquals(1, result.exitCode(), result.err());
      assertTrue(result.out().contains("Compared with baseline run steadyload-20261124-071944-652"), result.out());
    } finally {
      System.clearProperty("slogate.baseline");
    }
  }

  @Test
  void badRunFoldersAndFormatsAreOneLineErrors() {
    CliRunner.Result missing = CliRunner.run("report", "--run", dir.resolve("nope").toString());
    assertEquals(ExitCodes.INPUT, missing.exitCode());
    assertEquals(List.of("slogate: run folder " + dir.resolve("nope") + " does not exist"), missing.errLines());
    CliRunner.Result notARun = CliRunner.run("report", "--run", dir.toString());
    assertEquals(ExitCodes.INPUT, notARun.exitCode());
    assertEquals(1, notARun.errLines().size());
    CliRunner.Result format = CliRunner.run("report", "--run", Fixtures.run("healthy-a").toString(), "--format", "pdf");
    assertEquals(ExitCodes.USAGE, format.exitCode());
    assertTrue(format.err().startsWith("slogate: unknown report format 'pdf' (known: json, html, junit, md, allure)"), format.err());
  }
}
