package dev.slogate.simulations.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.gatling.SyntheticLogWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectionStartTest {

  private static final long RUN_START = 1_790_000_000_250L;

  @Test
  void theDelayRunsFromTheLogsRunStartToItsFirstUser(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "sim", RUN_START, List.of("a", "b"))) {
      writer.user(1, true, RUN_START + 340)
          .request(List.of(), "GET /", RUN_START + 340, RUN_START + 342, true, "")
          .user(0, true, RUN_START + 400)
          .user(1, false, RUN_START + 342);
    }
    assertEquals(OptionalLong.of(340), InjectionStart.delayMillis(log));
  }

  @Test
  void aLogWithoutUsersHasNoDelay(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "sim", RUN_START, List.of("a"))) {
      writer.error("crashed", RUN_START + 10);
    }
    assertEquals(OptionalLong.empty(), InjectionStart.delayMillis(log));
  }
}
