package dev.slogate.benchmarks.internal.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Gatling's own main class in a fresh JVM, as {@code ./mvnw gatling:test} does, with the JVM options of
 * gatling-maven-plugin 4.21.12 (1 GB heap, its inlining flags, the {@code --add-opens} its log writer needs)
 * and analytics off. slogate's simulations and the plain one get exactly the same JVM, so that any
 * difference between them is the simulations'.
 *
 * <p>Immutable: every {@code with...} returns a new launcher.
 */
public final class GatlingLauncher {

  /** gatling-maven-plugin's defaults on Java 17 (without its heap dump on OOM). */
  public static final List<String> JVM_OPTIONS = List.of("-Xmx1G", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
      "-Dgatling.data.enableAnalytics=false");

  private static final String MAIN = "io.gatling.app.Gatling";

  private final String classPath;
  private final Map<String, String> properties;
  private final Duration timeout;
  private final List<String> launchPrefix;

  private GatlingLauncher(String classPath, Map<String, String> properties, Duration timeout, List<String> launchPrefix) {
    this.classPath = classPath;
    this.properties = Map.copyOf(properties);
    this.timeout = timeout;
    this.launchPrefix = List.copyOf(launchPrefix);
  }

  /**
   * With this JVM's class path, which holds Gatling, slogate's simulations and the benchmarks' own (in a test,
   * the one Surefire publishes: its own may be a manifest-only jar).
   */
  public static GatlingLauncher withThisClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return new GatlingLauncher(classPath, Map.of(), Duration.ofMinutes(5), List.of());
  }

  /** How many entries (jars, folders) the Gatling JVM's class path has: each open jar holds a descriptor. */
  public int classPathEntries() {
    return (int) Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isBlank()).count();
  }

  public GatlingLauncher withProperty(String key, String value) {
    Map<String, String> next = new TreeMap<>(properties);
    next.put(key, value);
    return new GatlingLauncher(classPath, next, timeout, launchPrefix);
  }

  public GatlingLauncher withTimeout(Duration limit) {
    return new GatlingLauncher(classPath, properties, limit, launchPrefix);
  }

  /**
   * Gatling's JVM started through {@code prefix}, a program that ends by executing the rest of the command line
   * in its own process, so that the process id stays the JVM's: {@code taskset -c 0}, or {@link #underUlimit}.
   */
  public GatlingLauncher withLaunchPrefix(List<String> prefix) {
    return new GatlingLauncher(classPath, properties, timeout, prefix);
  }

  /** A launch prefix that sets the descriptor limit, soft and hard, to {@code openFiles} (bash's {@code ulimit -n}). */
  public static List<String> underUlimit(int openFiles) {
    return List.of("bash", "-c", "ulimit -n " + openFiles + " && exec \"$0\" \"$@\"");
  }

  /**
   * Starts {@code simulation} with results in {@code work/gatling}, slogate's run folders in
   * {@code work/slogate}, the console in {@code work/console.txt}, no HTML report ({@code -nr}); first waits for
   * the {@link LoadLock} when one is named, and holds it until the JVM exits.
   */
  public Running start(String simulation, Path work) throws IOException {
    Path results = work.resolve("gatling");
    Path slogateOutput = work.resolve("slogate");
    Files.createDirectories(results);
    List<String> command = new ArrayList<>(launchPrefix);
    command.addAll(java());
    command.add("-Dslogate.output=" + slogateOutput.toAbsolutePath());
    command.add("-Dslogate.gatling.results=" + results.toAbsolutePath());
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(List.of("-cp", classPath, MAIN, "-s", simulation, "-rf", results.toAbsolutePath().toString(), "-nr"));
    Path console = work.resolve("console.txt");
    // One JVM's run at a time under the machine's load lock (when one is named), so that others can interleave.
    LoadLock lock = LoadLock.acquire();
    Process process;
    try {
      process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
          .redirectOutput(console.toFile()).start();
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    process.onExit().thenRun(lock::close);
    ProcessTree.stopOnExit(process);
    return new Running(process, console, results, slogateOutput, timeout);
  }

  /** {@link #start} and wait. */
  public Finished run(String simulation, Path work) throws IOException, InterruptedException {
    return start(simulation, work).await();
  }

  /**
   * Gatling's report generation on an existing run ({@code -ro}), as a plain Gatling user gets it. Returns
   * the console output, which holds the "Global Information" table, and its wall time.
   */
  public Finished reportOnly(Path results, String runFolder, Path work) throws IOException, InterruptedException {
    List<String> command = reportOnlyCommand(results, runFolder);
    Files.createDirectories(work);
    Path console = work.resolve("report-console.txt");
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(console.toFile()).start();
    ProcessTree.stopOnExit(process);
    return new Running(process, console, results, work, timeout).await();
  }

  /** The command line of {@link #reportOnly}, for callers that time it themselves. */
  public List<String> reportOnlyCommand(Path results, String runFolder) {
    List<String> command = java();
    command.addAll(List.of("-cp", classPath, MAIN, "-ro", runFolder, "-rf", results.toAbsolutePath().toString()));
    return command;
  }

  private static List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    return command;
  }

  /** A Gatling JVM started and not yet waited for. */
  public static final class Running {
    private final Process process;
    private final Path console;
    private final Path results;
    private final Path slogateOutput;
    private final Duration timeout;
    private final long startedNanos = System.nanoTime();

    private Running(Process process, Path console, Path results, Path slogateOutput, Duration timeout) {
      this.process = process;
      this.console = console;
      this.results = results;
      this.slogateOutput = slogateOutput;
      this.timeout = timeout;
    }

    public Path slogateOutput() {
      return slogateOutput;
    }

    /** The Gatling JVM's process id. */
    public long pid() {
      return process.pid();
    }

    public boolean isAlive() {
      return process.isAlive();
    }

    /** Waits for the end, or ends the JVM and throws after the launcher's time limit. */
    public Finished await() throws IOException, InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        ProcessTree.stop(process, Duration.ofSeconds(5));
        throw new IllegalStateException("Gatling did not finish within " + timeout.toSeconds() + " s; console: " + console);
      }
      long wallMillis = (System.nanoTime() - startedNanos) / 1_000_000;
      return new Finished(process.exitValue(), Files.readString(console, StandardCharsets.UTF_8), console, results,
          slogateOutput, wallMillis);
    }
  }

  /**
   * A finished Gatling JVM.
   *
   * @param exitCode its exit status (slogate's gate decides it for slogate's simulations)
   * @param output its console
   * @param results Gatling's results folder
   * @param slogateOutput slogate's run folders (empty for a plain simulation)
   * @param wallMillis from start to exit
   */
  public record Finished(int exitCode, String output, Path console, Path results, Path slogateOutput, long wallMillis) {

    /** The one run folder Gatling wrote into {@code results}, the one holding {@code simulation.log}. */
    public Path runFolder() throws IOException {
      try (Stream<Path> runs = Files.list(results)) {
        List<Path> withLog = runs.filter(p -> Files.isRegularFile(p.resolve("simulation.log"))).toList();
        if (withLog.size() != 1) {
          throw new IllegalStateException("expected one Gatling run in " + results + ", found " + withLog);
        }
        return withLog.get(0);
      }
    }

    /** slogate's folder of this run ({@code latest}). */
    public Path slogateRun() {
      return slogateOutput.resolve("latest");
    }
  }
}
