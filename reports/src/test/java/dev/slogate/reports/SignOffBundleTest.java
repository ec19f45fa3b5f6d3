package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.spec.ObjectiveKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point the simulations module calls at the end of a run. */
class SignOffBundleTest {

  @TempDir Path dir;

  @Test
  void writesEveryReportThenTheEvidenceIntoTheRunFolder() throws Exception {
    Path run = Fixtures.copyOfRun("added-latency", dir);
    RunFolder folder = RunFolder.load(run);
    Evaluation evaluation = new Evaluator().evaluate(folder.spec().without(ObjectiveKind.FAILOVER), folder.record(), folder.plan(), null);
    GateDecision gate = Gate.decide(evaluation, GatePolicy.DEFAULT);
    List<Path> written = SignOffBundle.write(run, evaluation, gate, folder.record(), folder.plan(), null,
        Fixtures.evidence(folder.record().metadata().runId()));
    assertEquals(List.of("verdict.json", "report.html", "junit.xml", "summary.md", "allure-results", "evidence.json"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    JsonNode evidence = new ObjectMapper().readTree(run.resolve("evidence.json").toFile());
    List<String> hashed = evidence.get("files").findValuesAsText("path");
    for (String file : List.of("plan.json", "report.html", "junit.xml", "summary.md", "verdict.json", "run-record.json.gz",
        "slo.yaml", "allure-results/environment.properties")) {
      assertTrue(hashed.contains(file), file + " is hashed in " + hashed);
    }
    assertEquals("FAIL", new ObjectMapper().readTree(run.resolve("verdict.json").toFile()).get("verdict").asText());
    try (var files = Files.list(run)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file left");
    }
  }
}
