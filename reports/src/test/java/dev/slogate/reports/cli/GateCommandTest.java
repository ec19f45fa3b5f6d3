package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slogate gate}: the gate's own exit code for a run folder, which Maven's exit status cannot carry. */
class GateCommandTest {

  @TempDir Path dir;

  @Test
  void aPassedRunExitsZeroAndAFailedOneExitsOne() {
    CliRunner.Result passed = CliRunner.run("gate", "--run", Fixtures.run("healthy-a").toString());
    assertEquals(0, passed.exitCode(), passed.err());
    assertTrue(passed.out().startsWith("slogate: gate PASSED: PASS ("), passed.out());

    CliRunner.Result failed = CliRunner.run("gate", "--run", Fixtures.run("added-latency").toString());
    assertEquals(1, failed.exitCode(), failed.err());
    assertTrue(failed.out().startsWith("slogate: gate NOT PASSED: FAIL ("), failed.out());
  }

  @Test
  void inconclusiveIsTwoUnlessTheRecordedPolicyLetsItPass() throws IOException {
    Path run = withVerdict("INCONCLUSIVE", false, 2, "fail");
    assertEquals(2, CliRunner.run("gate", "--run", run.toString()).exitCode());
    Path passing = withVerdict("INCONCLUSIVE", true, 0, "pass");
    assertEquals(0, CliRunner.run("gate", "--run", passing.toString()).exitCode());
    Path invalid = withVerdict("INVALID", false, 2, "pass");
    assertEquals(2, CliRunner.run("gate", "--run", invalid.toString()).exitCode(), "INVALID never passes");
  }

  @Test
  void aRunWithoutAVerdictIsNotProven() throws IOException {
    Path crashed = Files.createDirectories(dir.resolve("crashed"));
    CliRunner.Result result = CliRunner.run("gate", "--run", crashed.toString());
    assertEquals(2, result.exitCode());
    assertEquals("slogate: gate NOT PASSED: " + crashed + " holds no verdict.json (the run ended before it was judged)",
        result.out().strip());
  }

  @Test
  void anEditedOrDamagedVerdictNeverPasses() throws IOException {
    // FAIL with a recorded "passed": the file was edited; the gate is decided again and the file refused.
    Path edited = withVerdict("FAIL", true, 0, "fail");
    CliRunner.Result result = CliRunner.run("gate", "--run", edited.toString());
    assertEquals(ExitCodes.INPUT, result.exitCode());
    assertEquals("slogate: " + edited.resolve("verdict.json") + ": the recorded gate (passed true, exit 0) disagrees "
        + "with its verdict FAIL; the file was edited or damaged", result.err().strip());

    Path damaged = Files.createDirectories(dir.resolve("damaged"));
    Files.writeString(damaged.resolve("verdict.json"), "{\"schema\": \"slogate.verdict/v1\", \"verdict\": \"PA");
    CliRunner.Result broken = CliRunner.run("gate", "--run", damaged.toString());
    assertEquals(ExitCodes.INPUT, broken.exitCode());
    assertTrue(broken.err().startsWith("slogate: " + damaged.resolve("verdict.json") + ": not valid JSON at line 1"),
        broken.err());

    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    Files.writeString(foreign.resolve("verdict.json"), "{\"schema\": \"other\", \"verdict\": \"PASS\"}");
    assertEquals(ExitCodes.INPUT, CliRunner.run("gate", "--run", foreign.toString()).exitCode());
    assertEquals(ExitCodes.INPUT, CliRunner.run("gate", "--run", dir.resolve("no-such-run").toString()).exitCode());
  }

  private Path withVerdict(String verdict, boolean passed, int exitCode, String inconclusive) throws IOException {
    Path run = Files.createDirectories(dir.resolve(verdict + "-" + passed + "-" + inconclusive));
    Files.writeString(run.resolve("verdict.json"), "{\"schema\": \"slogate.verdict/v1\", \"runId\": \"r1\", \"verdict\": \""
        + verdict + "\", \"gate\": {\"passed\": " + passed + ", \"exitCode\": " + exitCode + ", \"inconclusive\": \""
        + inconclusive + "\"}, \"slo\": {\"system\": \"shop\"}}");
    return run;
  }
}
