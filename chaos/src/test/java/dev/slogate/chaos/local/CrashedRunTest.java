package dev.slogate.chaos.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slogate.chaos.RunContext;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM that stopped a process and then died: nothing may stay stopped. A SIGKILLed JVM runs no hook, so
 * the next run's sweep resumes the process; a JVM that is merely terminated resumes it in its shutdown hook.
 */
class CrashedRunTest {

  @TempDir
  Path dir;

  @Test
  void theNextRunsSweepResumesWhatASigkilledRunLeftStopped() throws Exception {
    Path state = dir.resolve("chaos-state.json");
    try (Victim victim = Victim.start()) {
      Process harness = startHarness(victim.pid(), state);
      try {
        awaitReady(harness, victim.pid());
        assertEquals('T', victim.state(), "the harness stopped it");

        harness.destroyForcibly();
        assertTrue(harness.waitFor(10, TimeUnit.SECONDS));
        // The harness has exited: nothing of it can run any more, so the state now is the state it left.
        assertEquals('T', victim.state(), "a SIGKILLed JVM runs no shutdown hook: still stopped");
        List<LedgerEntry> left = new FaultLedger(state).entries();
        assertEquals(1, left.size());
        assertEquals(harness.pid(), left.get(0).ownerPid());

        long watchdog = left.get(0).watchdogPid();
        assertTrue(ProcessHandle.of(watchdog).isPresent(), "a watchdog waits for the fault's deadline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LocalProcessBackend next = new LocalProcessBackend(LocalBackendOptions.builder().stateFile(state)
            .dryRunOutput(new PrintStream(out, true, UTF_8)).build())) {
          assertEquals(1, next.sweep(RunContext.of("next-run")));
        }
        assertEquals("slogate chaos: swept '" + state + "', left by a run that died: resumed pid " + victim.pid()
            + ", pod-failure of run harness" + System.lineSeparator(), out.toString(UTF_8), "one line, no log record");
        await().atMost(Duration.ofSeconds(5)).until(() -> ProcessHandle.of(watchdog).map(h -> !h.isAlive()).orElse(true));

        assertNotEquals('T', victim.state(), "resumed by the sweep");
        assertTrue(victim.alive());
        assertTrue(new FaultLedger(state).entries().isEmpty());
      } finally {
        harness.destroyForcibly();
      }
    }
  }

  @Test
  void aTerminatedRunResumesWhatItStoppedInItsShutdownHook() throws Exception {
    Path state = dir.resolve("chaos-state.json");
    try (Victim victim = Victim.start()) {
      Process harness = startHarness(victim.pid(), state);
      try {
        awaitReady(harness, victim.pid());
        assertEquals('T', victim.state());

        harness.destroy();
        assertTrue(harness.waitFor(20, TimeUnit.SECONDS));

        assertNotEquals('T', victim.state(), "resumed by the shutdown hook (SIGTERM)");
        assertTrue(new FaultLedger(state).entries().isEmpty(), "and taken off the state file");
      } finally {
        harness.destroyForcibly();
      }
    }
  }

  @Test
  void theWatchdogResumesAtTheFaultsDeadlineWhenACiAgentKillsTheRunsWholeSessionAndTheNextRunSaysSo()
      throws Exception {
    boolean setsid = Files.isExecutable(Path.of("/usr/bin/setsid"));
    if (!setsid && "1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      throw new AssertionError("setsid (util-linux) is not installed, and SLOGATE_REQUIRE_ALL=1 forbids skipping");
    }
    assumeTrue(setsid, "setsid (util-linux) is not installed; skipping the CI-agent crash");
    Path state = dir.resolve("chaos-state.json");
    Duration fault = Duration.ofSeconds(2);
    try (Victim victim = Victim.start()) {
      // As a CI agent runs a build: in a session of its own, ended by killing its whole process group.
      Process harness = startHarness(victim.pid(), state, fault, List.of("setsid"));
      try {
        awaitReady(harness, victim.pid());
        long stoppedAt = System.nanoTime();
        assertEquals('T', victim.state(), "the harness stopped it");
        Process groupKill = new ProcessBuilder("kill", "-KILL", "--", "-" + harness.pid()).start();
        assertTrue(groupKill.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, groupKill.exitValue());
        assertTrue(harness.waitFor(10, TimeUnit.SECONDS));
        assertEquals('T', victim.state(), "a SIGKILLed JVM runs no shutdown hook: still stopped");

        // The watchdog, in a session of its own, outlived the group and resumes it at the deadline.
        Duration bound = fault.plus(ResumeWatchdog.GRACE).plusSeconds(3);
        await().atMost(bound).pollInterval(Duration.ofMillis(20)).until(() -> victim.state() != 'T');
        assertTrue(System.nanoTime() - stoppedAt >= fault.toNanos(), "not before the fault's own duration");
        assertTrue(victim.alive());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, LocalProcessBackend.sweepAtStart(state, "next-run", new PrintStream(out, true, UTF_8)));
        assertEquals("slogate chaos: swept '" + state + "', left by a run that died: found running again pid "
            + victim.pid() + ", pod-failure of run harness" + System.lineSeparator(), out.toString(UTF_8));
        assertTrue(new FaultLedger(state).entries().isEmpty());
      } finally {
        harness.destroyForcibly();
      }
    }
  }

  private static Process startHarness(long victim, Path state) throws IOException {
    return startHarness(victim, state, Duration.ofMinutes(1), List.of());
  }

  private static Process startHarness(long victim, Path state, Duration fault, List<String> prefix)
      throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", testClassPath(),
        StopHarness.class.getName(), Long.toString(victim), state.toString(), Long.toString(fault.toMillis())));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static void awaitReady(Process harness, long victim) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    StringBuilder output = new StringBuilder();
    BufferedReader lines = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
      output.append(line).append('\n');
      if (line.equals(StopHarness.READY + victim)) {
        return;
      }
    }
    throw new AssertionError("the harness never stopped pid " + victim + ":\n" + output);
  }

  /** Surefire may hide the class path behind a manifest-only jar; it publishes the real one here. */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }
}
