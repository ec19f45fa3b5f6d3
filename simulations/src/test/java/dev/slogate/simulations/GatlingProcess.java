package dev.slogate.simulations;

import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a simulation the way {@code ./mvnw gatling:test} does: Gatling's own main class in a fresh JVM, so
 * that exit codes, {@code before()}/{@code after()} hooks and console output are the real ones.
 */
public final class GatlingProcess {

  /** Public so that tests in sub-packages (seeds) can run their simulations too. */
  public record Result(int exitCode, String output, Path outputRoot) {
    public String describe() {
      return "exit " + exitCode + ", output:\n" + output;
    }

    /** The plan of the newest run in the output folder, as the end of the run left it. */
    public RunPlan plan() {
      return RunPlanIO.read(outputRoot.resolve("latest").resolve(RunPlanIO.FILE_NAME));
    }

    /** The record of the newest run in the output folder. */
    public RunRecord record() {
      return RunRecordIO.load(outputRoot.resolve("latest").resolve(RunRecordIO.FILE_NAME));
    }
  }

  /** The JVM options of every Gatling JVM a test starts: what the Gatling Maven plugin passes. */
  public static final List<String> JVM_OPTIONS = List.of("-Xmx512m",
      // Gatling's log writer reads String internals.
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
      "-Dgatling.data.enableAnalytics=false");

  private final String simulationClass;
  private final Map<String, String> properties = new TreeMap<>();
  private Duration timeout = Duration.ofMinutes(3);
  private String cpuList;

  private GatlingProcess(String simulationClass) {
    this.simulationClass = simulationClass;
  }

  public static GatlingProcess of(Class<?> simulation) {
    return new GatlingProcess(simulation.getName());
  }

  public GatlingProcess property(String key, String value) {
    properties.put(key, value);
    return this;
  }

  /** Runs the JVM on these CPUs only ({@code taskset -c}), to make an injector that cannot keep up. */
  public GatlingProcess onCpus(String cpus) {
    this.cpuList = cpus;
    return this;
  }

  public GatlingProcess timeout(Duration limit) {
    this.timeout = limit;
    return this;
  }

  public Result run(Path workDir) throws IOException, InterruptedException {
    return start(workDir).await();
  }

  /** A Gatling JVM that was started and not yet waited for. */
  final class Running {
    private final Process process;
    private final Path log;
    private final Path outputRoot;

    private Running(Process process, Path log, Path outputRoot) {
      this.process = process;
      this.log = log;
      this.outputRoot = outputRoot;
    }

    Path outputRoot() {
      return outputRoot;
    }

    Result await() throws IOException, InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new AssertionError("Gatling did not finish within " + timeout + ":\n" + Files.readString(log));
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8), outputRoot);
    }
  }

  Running start(Path workDir) throws IOException {
    Path outputRoot = workDir.resolve("slogate");
    Path results = workDir.resolve("gatling");
    Files.createDirectories(results);
    List<String> command = new ArrayList<>();
    if (cpuList != null) {
      command.addAll(List.of("taskset", "-c", cpuList));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-D" + SlogateRun.OUTPUT_PROPERTY + "=" + outputRoot);
    command.add("-Dslogate.gatling.results=" + results);
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-cp");
    command.add(testClassPath());
    command.add("io.gatling.app.Gatling");
    command.addAll(List.of("-s", simulationClass, "-rf", results.toString(), "-nr"));
    Path log = workDir.resolve("console.txt");
    Process process = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new Running(process, log, outputRoot);
  }

  /** Surefire may hide the class path behind a manifest-only jar; it publishes the real one here. */
  static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    return String.join(File.pathSeparator, classPath.split(File.pathSeparator));
  }
}
