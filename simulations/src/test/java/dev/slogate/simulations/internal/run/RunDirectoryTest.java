package dev.slogate.simulations.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  @Test
  void latestFollowsTheNewestRun(@TempDir Path root) throws Exception {
    RunDirectory first = RunDirectory.create(root, "dev.slogate.simulations.SteadyLoad", Instant.parse("2026-11-24T07:00:00Z"));
    first.markLatest();
    RunDirectory second = RunDirectory.create(root, "dev.slogate.simulations.SteadyLoad", Instant.parse("2026-11-24T07:05:00.123Z"));
    second.markLatest();

    assertEquals("steadyload-20261124-070500-123", second.runId());
    Path latest = root.resolve("latest");
    assertTrue(Files.isSymbolicLink(latest));
    assertEquals(second.path().toRealPath(), latest.toRealPath());
    second.writeText("slo.yaml", "system: x\n");
    assertEquals("system: x\n", Files.readString(latest.resolve("slo.yaml")));
  }
}
