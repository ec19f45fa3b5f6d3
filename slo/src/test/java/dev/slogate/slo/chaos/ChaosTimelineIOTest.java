package dev.slogate.slo.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChaosTimelineIOTest {

  @TempDir Path dir;

  @Test
  void savedTimelineLoadsBackEqual() throws Exception {
    ChaosTimeline timeline = new ChaosTimeline(
        List.of(new FaultWindow("kill-leader", "pod-kill leader", 1_000, 1_500L, 1_020L, 700L, 650, 3),
            new FaultWindow("kill-all", "kill all", 2_000, null, null, null, 5_000, 40)),
        List.of(new ProbeSample(1_000, 800, true, 200), new ProbeSample(1_100, 900, false, 0)));
    Path file = dir.resolve("run").resolve(ChaosTimelineIO.FILE_NAME);
    ChaosTimelineIO.save(timeline, file);
    assertEquals(timeline, ChaosTimelineIO.load(file));
    assertTrue(Files.readString(file).contains("\"schema\" : \"" + ChaosTimelineIO.SCHEMA + "\""));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void missingWrongSchemaAndMalformedFilesAreNamed() throws Exception {
    Path missing = dir.resolve("missing.json");
    assertEquals("chaos timeline " + missing + " does not exist",
        assertThrows(IllegalArgumentException.class, () -> ChaosTimelineIO.load(missing)).getMessage());
    Path other = Files.writeString(dir.resolve("other.json"), "{\"schema\":\"slogate.plan/v1\"}");
    assertEquals("chaos timeline " + other + " has schema slogate.plan/v1, expected " + ChaosTimelineIO.SCHEMA,
        assertThrows(IllegalArgumentException.class, () -> ChaosTimelineIO.load(other)).getMessage());
    Path broken = Files.writeString(dir.resolve("broken.json"),
        "{\"schema\":\"" + ChaosTimelineIO.SCHEMA + "\",\"faults\":[{\"experiment\":\"x\"}],\"probes\":[]}");
    String message = assertThrows(IllegalArgumentException.class, () -> ChaosTimelineIO.load(broken)).getMessage();
    assertTrue(message.startsWith("chaos timeline " + broken + " is not valid: "), message);
  }
}
