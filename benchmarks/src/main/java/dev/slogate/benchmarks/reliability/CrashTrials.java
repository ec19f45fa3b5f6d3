package dev.slogate.benchmarks.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.ProcessTree;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import dev.slogate.config.Options;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The crash part of the reliability trials (issue 15): a run SIGKILLed in the middle of each local fault, 3 times
 * plain (the JVM alone, as a user's {@code kill -9}) and 3 times under {@code setsid} with its whole process group
 * killed (as a CI agent ends a build). Afterwards nothing may be left: no process stopped, no orphan (a replica, a
 * watchdog or a helper still alive once the fault's deadline and a margin have passed), and the next run, of a
 * different kind, says in one line what it swept.
 *
 * <p>The dying run is {@link CrashHarness}: the reference stack's three replica processes and the local backend, in
 * a JVM of its own. Every process it starts inherits a marker in its environment, so whatever it leaves is found in
 * {@code /proc} however it was re-parented. The next run is a real Gatling run, alternately against a loopback server
 * and against the embedded stack, with the dead run's output folder (so its state file).
 *
 * <p>Run from the project root: {@code benchmarks/reliability/run.sh}. Linux only (it reads {@code /proc}).
 */
public final class CrashTrials {

  /** How the run is killed. */
  enum Mode {
    PLAIN("plain: SIGKILL of the JVM"),
    SETSID("setsid: SIGKILL of its whole process group");

    final String text;

    Mode(String text) {
      this.text = text;
    }
  }

  /**
   * What one crash left.
   *
   * @param fault the fault the run was in the middle of
   * @param mode how it was killed
   * @param stoppedLeft marked processes in state T once the bound had passed
   * @param orphansLeft marked processes still alive once the bound had passed (stopped ones included)
   * @param entriesLeft state-file entries left after the next run
   * @param sweepExpected whether the dead run left state-file entries, which the next run must report
   * @param sweepLine the next run's sweep line, or empty
   * @param detail what was left, or the next run's kind and exit status
   */
  record Crash(String fault, Mode mode, int stoppedLeft, int orphansLeft, int entriesLeft, boolean sweepExpected,
      String sweepLine, String detail) {

    boolean sweepAsExpected() {
      return sweepExpected != sweepLine.isEmpty();
    }

    int leftovers() {
      return orphansLeft + entriesLeft;
    }
  }

  static final List<String> FAULTS = List.of("pod-kill", "pod-failure", "rolling-restart");
  /** Long enough that the next run's sweep comes first; the watchdog's deadline is one second later. */
  static final Duration FAULT = Duration.ofSeconds(10);
  /** Past the fault's deadline and the watchdog's one-second grace, before a live process counts as an orphan. */
  static final Duration MARGIN = Duration.ofSeconds(6);
  private static final String MARKER = "SLOGATE_CRASH_TRIAL";
  private static final String SWEPT = "slogate chaos: swept ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private CrashTrials() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("crash-trials");
    int perMode = options.pick(3, 1);
    // Made first, so that the section's time and load average are the trials' own.
    Section section = new Section("crash-trials", "Reliability trials: crashes during a fault", options);
    List<Crash> crashes = run(options.work(), FAULTS, perMode);
    report(section, options, crashes, perMode);
  }

  /** Crashes a run {@code perMode} times per fault and mode, and returns what each crash left. */
  static List<Crash> run(Path work, List<String> faults, int perMode) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/setsid")) && !Files.isExecutable(Path.of("/bin/setsid"))) {
      throw new IllegalStateException("setsid (util-linux) is not installed: apt-get install -y util-linux");
    }
    try (OkServer server = OkServer.start()) {
      String loopback = "http://" + server.hostAndPort();
      List<Crash> crashes = new ArrayList<>();
      for (String fault : faults) {
        for (Mode mode : Mode.values()) {
          for (int i = 0; i < perMode; i++) {
            Path trial = Folders.fresh(work.resolve(fault + "-" + mode.name().toLowerCase() + "-" + i));
            // Every other next run starts the embedded stack, as a plain `gatling:test` does; the others load a
            // loopback server: the sweep must not depend on what the next run is.
            long started = System.nanoTime();
            crashes.add(crash(fault, mode, i, trial, i % 2 == 0 ? loopback : null));
            System.out.println("crash trial (" + (System.nanoTime() - started) / 1_000_000 + " ms): "
                + crashes.get(crashes.size() - 1));
          }
        }
      }
      return crashes;
    }
  }

  private static Crash crash(String fault, Mode mode, int index, Path trial, String nextTarget)
      throws IOException, InterruptedException {
    String marker = MARKER + "=" + UUID.randomUUID();
    Path stateFile = trial.resolve("next").resolve("slogate").resolve("chaos-state.json");
    Files.createDirectories(stateFile.getParent());
    Process harness = startHarness(fault, mode, stateFile, marker, trial.resolve("harness-console.txt"));
    try {
      Set<Long> replicas = awaitReady(harness, trial.resolve("harness-console.txt"));
      long readyAt = System.nanoTime();
      if (fault.equals("rolling-restart")) {
        // Trial i dies after i replacements have started: drained, being replaced, or further along the roll.
        awaitCondition(Duration.ofSeconds(30), () -> marked(marker).stream().filter(p -> !replicas.contains(p))
            .filter(p -> command(p).contains("ReplicaMain")).count() >= index);
      }
      kill(harness, mode);
      long killedAt = System.nanoTime();
      if (!harness.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the harness outlived its SIGKILL");
      }
      int entries = ledgerEntries(stateFile);

      GatlingLauncher next = GatlingLauncher.withThisClassPath().withTimeout(Duration.ofMinutes(3))
          .withProperty(Options.WARM_UP.key(), "1s").withProperty(Options.DURATION.key(), "2s")
          .withProperty(Options.COOL_DOWN.key(), "1s").withProperty(Options.RATE.key(), "20");
      if (nextTarget != null) {
        next = next.withProperty(Options.TARGET_URL.key(), nextTarget);
      }
      GatlingLauncher.Finished finished = next.run("dev.slogate.simulations.SteadyLoad", trial.resolve("next"));
      String sweepLine = finished.output().lines().filter(l -> l.startsWith(SWEPT)).collect(Collectors.joining(" / "));

      // The fault's deadline (the watchdog's), or for a roll killed late, the kill: each plus the margin.
      long deadline = Math.max(readyAt + FAULT.plus(MARGIN).toNanos(), killedAt + MARGIN.toNanos());
      awaitCondition(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), () -> marked(marker).isEmpty());
      List<Long> left = marked(marker);
      List<Long> stopped = left.stream().filter(p -> state(p) == 'T').toList();
      String detail = left.isEmpty()
          ? "next run: SteadyLoad against " + (nextTarget == null ? "the embedded stack" : "a loopback server")
              + ", exit " + finished.exitCode()
          : "left: " + left.stream().map(p -> p + " " + state(p) + " " + command(p)).collect(Collectors.joining("; "));
      // Counted; now clean up, so that one finding does not spoil the next trial.
      left.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
      return new Crash(fault, mode, stopped.size(), left.size(), ledgerEntries(stateFile), entries > 0, sweepLine,
          detail);
    } finally {
      harness.destroyForcibly();
    }
  }

  private static Process startHarness(String fault, Mode mode, Path stateFile, String marker, Path console)
      throws IOException {
    List<String> command = new ArrayList<>();
    if (mode == Mode.SETSID) {
      command.add("setsid");
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
        CrashHarness.class.getName(), fault, stateFile.toString(), Long.toString(FAULT.toMillis())));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String[] pair = marker.split("=", 2);
    builder.environment().put(pair[0], pair[1]);
    Process harness = builder.start();
    ProcessTree.stopOnExit(harness);
    return harness;
  }

  /** This JVM's class path; in a test, the one Surefire publishes (its own may be a manifest-only jar). */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** Reads the harness's output until it says the fault is in place; returns the replicas' pids it names. */
  private static Set<Long> awaitReady(Process harness, Path console) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    StringBuilder output = new StringBuilder();
    BufferedReader lines = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8));
    String line;
    try {
      while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
        output.append(line).append('\n');
        if (line.startsWith(CrashHarness.READY)) {
          return Arrays.stream(line.substring(CrashHarness.READY.length()).trim().split(" ")).map(Long::valueOf)
              .collect(Collectors.toSet());
        }
      }
    } finally {
      Files.writeString(console, output);
    }
    throw new IllegalStateException("the harness never put its fault in place; its output is in " + console);
  }

  private static void kill(Process harness, Mode mode) throws IOException, InterruptedException {
    if (mode == Mode.PLAIN) {
      harness.destroyForcibly();
      return;
    }
    // Under setsid the harness leads its own session and process group, whose id is its pid.
    Process groupKill = new ProcessBuilder("kill", "-KILL", "--", "-" + harness.pid()).redirectErrorStream(true).start();
    if (!groupKill.waitFor(10, TimeUnit.SECONDS) || groupKill.exitValue() != 0) {
      throw new IllegalStateException("could not kill the process group " + harness.pid());
    }
  }

  /** Polls every 100 ms until {@code condition} holds or {@code bound} has passed; whether it held. */
  private static boolean awaitCondition(Duration bound, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  /** Live processes (zombies excluded: they have no environment left) whose environment holds {@code marker}. */
  static List<Long> marked(String marker) {
    byte[] wanted = (marker + "\0").getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
      return proc.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
          .map(Long::valueOf).filter(pid -> contains(environ(pid), wanted)).filter(pid -> state(pid) != 'Z')
          .sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
    }
  }

  private static byte[] environ(long pid) {
    try {
      return Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
    } catch (IOException | SecurityException e) {
      return new byte[0];
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      // Entries start at 0 or after a NUL, so that one marker is never found inside another variable.
      if (i > 0 && haystack[i - 1] != 0) {
        continue;
      }
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The state letter of {@code /proc/<pid>/stat}, or '-' when the process is gone. */
  static char state(long pid) {
    try {
      String stat = Files.readAllLines(Path.of("/proc", Long.toString(pid), "stat")).get(0);
      return stat.charAt(stat.lastIndexOf(')') + 2);
    } catch (IOException | RuntimeException e) {
      return '-';
    }
  }

  private static String command(long pid) {
    try {
      String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
          StandardCharsets.UTF_8).replace('\0', ' ').strip();
      return cmdline.length() > 120 ? cmdline.substring(0, 120) + "…" : cmdline;
    } catch (IOException e) {
      return "(gone)";
    }
  }

  private static int ledgerEntries(Path stateFile) throws IOException {
    if (!Files.exists(stateFile)) {
      return 0;
    }
    JsonNode faults = JSON.readTree(stateFile.toFile()).path("faults");
    return faults.isArray() ? faults.size() : 0;
  }

  private static void report(Section section, SuiteOptions options, List<Crash> crashes, int perMode) {
    Table table = new Table("fault", "killed", "trials", "stopped left", "orphans left", "state entries left",
        "next run's sweep line");
    for (String fault : FAULTS) {
      for (Mode mode : Mode.values()) {
        List<Crash> of = crashes.stream().filter(c -> c.fault().equals(fault) && c.mode() == mode).toList();
        long expected = of.stream().filter(Crash::sweepExpected).count();
        long reported = of.stream().filter(c -> c.sweepExpected() && !c.sweepLine().isEmpty()).count();
        long spurious = of.stream().filter(c -> !c.sweepExpected() && !c.sweepLine().isEmpty()).count();
        String sweep = expected == 0 && spurious == 0 ? "none, as expected: nothing was recorded"
            : reported + " of " + expected + (spurious > 0 ? ", " + spurious + " without cause" : "");
        table.row(fault, mode.text, of.size(), of.stream().mapToInt(Crash::stoppedLeft).sum(),
            of.stream().mapToInt(Crash::orphansLeft).sum(), of.stream().mapToInt(Crash::entriesLeft).sum(), sweep);
      }
    }
    Table lines = new Table("fault", "killed", "the next run's sweep line (one trial)");
    for (String fault : FAULTS) {
      for (Mode mode : Mode.values()) {
        crashes.stream().filter(c -> c.fault().equals(fault) && c.mode() == mode).findFirst()
            .ifPresent(c -> lines.row(fault, mode.text, c.sweepLine().isEmpty() ? "(none)" : "`" + c.sweepLine() + "`"));
      }
    }
    Table findings = new Table("fault", "killed", "what was left");
    crashes.stream().filter(c -> c.leftovers() > 0 || !c.sweepAsExpected())
        .forEach(c -> findings.row(c.fault(), c.mode().text, c.detail() + (c.sweepAsExpected() ? ""
            : "; sweep line " + (c.sweepLine().isEmpty() ? "missing" : "without cause: " + c.sweepLine()))));
    long leftovers = crashes.stream().mapToInt(Crash::leftovers).sum();
    long stopped = crashes.stream().mapToInt(Crash::stoppedLeft).sum();
    long sweepWrong = crashes.stream().filter(c -> !c.sweepAsExpected()).count();

    section.paragraph("A run (`CrashHarness`: the reference stack's " + CrashHarness.REPLICAS + " replica processes and the "
            + "local backend, in a JVM of its own) is SIGKILLed in the middle of each local fault: `pod-kill` of replica "
            + "0 (its replacement not yet started), `pod-failure` (SIGSTOP) of replica 0, and `rolling-restart` of all "
            + "three (trial i dies after i replacements have started); fault duration " + FAULT.toSeconds() + " s. "
            + perMode + " trials per fault plain (SIGKILL of the JVM alone) and " + perMode + " under `setsid` (SIGKILL "
            + "of its whole process group, as a CI agent ends a build). Then the next run, a real Gatling `SteadyLoad` "
            + "with the same output folder (alternately against a loopback server and against the embedded stack), "
            + "starts at once. Every process the dead run started carries a marker in its environment and is looked "
            + "for in `/proc` until the fault's deadline plus " + MARGIN.toSeconds() + " s (the watchdog's 1 s grace "
            + "and a margin): one still alive then is an orphan, one in state T is left stopped. A sweep line is "
            + "expected when the dead run left entries in the state file (a kill or a stop; a roll records nothing, "
            + "its replicas end with their parent).")
        .table(table)
        .paragraph("What the next run printed:")
        .table(lines)
        .headline("crash trials: processes left stopped, orphans and state entries after a SIGKILL mid-fault", "0",
            leftovers + " (" + stopped + " stopped)", leftovers == 0 ? Met.YES : Met.NO)
        .headline("crash trials: next runs that did not report the sweep as expected", "0", String.valueOf(sweepWrong),
            sweepWrong == 0 ? Met.YES : Met.NO);
    section.paragraph(findings.isEmpty() ? "Nothing was left, and every sweep was reported." : "Findings, to fix:");
    if (!findings.isEmpty()) {
      section.table(findings);
    }
    section.write();
    SuiteRow.write(options.results(), "crash-trials", new SuiteRow("crashes during a fault", crashes.size(), "–", "–",
        "–", "–", String.valueOf(leftovers), "–"));
  }
}
