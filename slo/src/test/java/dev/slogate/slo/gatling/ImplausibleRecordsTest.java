package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary log has no checksum, so a flipped byte can decode into a record that looks real. The decoder refuses
 * records whose times cannot be: before the run started, or ending before they start.
 */
class ImplausibleRecordsTest {

  private static final long RUN_START = 1_700_000_000_000L;

  @TempDir
  Path dir;

  @Test
  void aRequestEndingBeforeItStartsIsCorrupt() throws IOException {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "Sim", RUN_START, List.of("scn"))) {
      writer.user(0, true, RUN_START + 10)
          .request(List.of(), "home", RUN_START + 9_000, RUN_START + 4_000, true, "");
    }
    SimulationLogException e = assertThrows(SimulationLogException.class, () -> SimulationLogReader.read(log, "run"));
    assertEquals("corrupt log: request ends 5000 ms before it starts", e.reason());
    assertTrue(e.byteOffset() > 0, String.valueOf(e.byteOffset()));
  }

  @Test
  void aUserStartedLongBeforeTheRunIsCorrupt() throws IOException {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "Sim", RUN_START, List.of("scn"))) {
      writer.user(0, true, RUN_START - 10_000);
    }
    SimulationLogException e = assertThrows(SimulationLogException.class, () -> SimulationLogReader.read(log, "run"));
    assertEquals("corrupt log: user start -10000 ms before the run started", e.reason());
  }

  @Test
  void aNegativeGroupTimeIsCorrupt() throws IOException {
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "Sim", RUN_START, List.of("scn"))) {
      writer.group(List.of("checkout"), RUN_START + 100, RUN_START + 200, -5, true);
    }
    SimulationLogException e = assertThrows(SimulationLogException.class, () -> SimulationLogReader.read(log, "run"));
    assertEquals("corrupt log: negative cumulated response time -5 ms in a group", e.reason());
  }

  @Test
  void aClockSteppedBackALittleIsStillRead() throws IOException {
    // Gatling reads the wall clock; a small step back must not make an honest log unreadable.
    Path log = dir.resolve("simulation.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "Sim", RUN_START, List.of("scn"))) {
      writer.user(0, true, RUN_START - 200)
          .request(List.of(), "home", RUN_START + 1_000, RUN_START + 600, true, "")
          .user(0, false, RUN_START + 700);
    }
    assertEquals(1, SimulationLogReader.read(log, "run").whole().overall().count());
  }

  @Test
  void everySingleByteFlipOfARealLogIsAClearErrorOrPlausibleRecords() throws IOException {
    byte[] original = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    Path log = dir.resolve("flipped.log");
    int trials = 0;
    int refused = 0;
    // Every 37th byte, all bits flipped: about 2,200 logs, each decoded fully (the benchmarks can sweep every byte).
    for (int at = 0; at < original.length; at += 37) {
      byte[] flipped = original.clone();
      flipped[at] = (byte) ~flipped[at];
      Files.write(log, flipped);
      trials++;
      PlausibilityListener listener = new PlausibilityListener();
      try {
        SimulationLogDecoder.decode(log, listener);
      } catch (SimulationLogException e) {
        refused++;
        assertTrue(e.getMessage().startsWith(log + " at byte "), e.getMessage());
        continue;
      }
      assertEquals(List.of(), listener.implausible, "byte " + at + " flipped decoded into implausible records");
    }
    System.out.printf("single-byte flips of %s: %d of %d refused (%.0f%%)%n", FixtureLogs.PLAIN_OPEN, refused, trials,
        100.0 * refused / trials);
    assertTrue(refused > trials / 2, refused + " of " + trials);
  }

  private static final class PlausibilityListener implements LogEventListener {
    private final List<String> implausible = new java.util.ArrayList<>();
    private long runStart;

    @Override
    public void onRun(RunHeader header) {
      runStart = header.epochStartMillis();
    }

    @Override
    public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
      if (start < runStart - 1_000 || end < start - 1_000) {
        implausible.add(name + " " + start + ".." + end);
      }
    }

    @Override
    public void onUser(String scenario, boolean start, long epochMillis) {
      if (epochMillis < runStart - 1_000) {
        implausible.add("user " + epochMillis);
      }
    }
  }
}
