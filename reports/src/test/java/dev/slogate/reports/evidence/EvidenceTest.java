package dev.slogate.reports.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.SignOffBundle;
import dev.slogate.reports.internal.evidence.Sha256;
import dev.slogate.reports.internal.evidence.TargetUrls;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.RunPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTest {

  @TempDir Path dir;

  @Test
  void targetUrlsLoseUserInfoQueryAndFragment() {
    assertEquals("https://shop.example:8443/api", TargetUrls.redact("https://admin:hunter2@shop.example:8443/api?token=s3cr3t#x"));
    assertEquals("http://127.0.0.1:8080", TargetUrls.redact("http://127.0.0.1:8080"));
    assertEquals("(not a URL)", TargetUrls.redact("not a url with a password:hunter2"));
    assertEquals("unknown", TargetUrls.redact(null));
  }

  @Test
  void collectedEvidenceNamesVersionsAndCommitButNoSecret() throws Exception {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    RunPlan plan = folder.plan();
    RunPlan secretPlan = new RunPlan(plan.schema(), plan.runId(), plan.simulation(), "http://ci:hunter2@127.0.0.1:44293/?apikey=s3cr3t",
        plan.scaleFactor(), plan.phases(), plan.properties());
    Evidence evidence = Evidence.collect(folder.record(), secretPlan, folder.sloText(), Path.of("").toAbsolutePath(), Fixtures.CLOCK);
    assertEquals("http://127.0.0.1:44293/", evidence.targetUrl());
    assertEquals(Sha256.hex(Files.readAllBytes(Fixtures.run("healthy-a").resolve("slo.yaml"))), evidence.sloSha256());
    assertEquals("3.15.1", evidence.gatlingVersion());
    assertEquals(1.0, evidence.scaleFactor());
    assertTrue(evidence.slogateVersion().matches("\\d+\\.\\d+\\.\\d+.*"), evidence.slogateVersion());
    assertTrue(evidence.gitCommit().matches("[0-9a-f]{40}|unknown"), evidence.gitCommit());
    assertEquals(Evidence.UNKNOWN, GitCommit.of(dir), "outside a repository the commit is unknown");

    Evaluation evaluation = new Evaluator().evaluate(folder.spec(), folder.record(), secretPlan);
    Path run = Fixtures.copyOfRun("healthy-a", dir);
    SignOffBundle.write(run, new ReportInput(evaluation, Gate.decide(evaluation, GatePolicy.DEFAULT), folder.record(), secretPlan,
        null, dev.slogate.slo.baseline.Regression.none(), evidence));
    try (Stream<Path> files = Files.walk(run)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz")).toList()) {
        String text = Files.readString(file);
        assertFalse(text.contains("hunter2") || text.contains("s3cr3t"), file + " leaks a secret of the target URL");
      }
    }
  }
}
