package dev.slogate.simulations.internal.scaleout;

import dev.slogate.config.Options;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.scaleout.InjectorLauncher;
import dev.slogate.slo.scaleout.InjectorOutcome;
import dev.slogate.slo.scaleout.InjectorRequest;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The local backend: the injectors are Gatling JVMs forked on this machine, with this JVM's class path and JVM
 * options and Gatling's own main class, as {@code ./mvnw gatling:test} starts one. Injector {@code i} keeps its run
 * folders under {@code <work>/injector-<i>/slogate/}, Gatling's results under {@code .../gatling/} and its console
 * in {@code .../console.txt}. For tests and for hosts with many cores; on a small machine the injectors share its
 * cores with each other and with a local target.
 *
 * <p>Every JVM it started is ended when the wait times out, and by a shutdown hook if the coordinator itself is
 * ended first.
 */
public final class LocalInjectors implements InjectorLauncher {

  private static final String GATLING_MAIN = "io.gatling.app.Gatling";
  private static final long PROGRESS_EVERY_MILLIS = 10_000;

  private final String classPath;
  private final List<String> jvmOptions;
  private final IntFunction<List<String>> launchPrefix;
  private final Clock clock;

  /**
   * @param launchPrefix for each index, a program that ends by executing the rest of the command line in its own
   *     process, such as {@code taskset -c 0}; an empty list for none
   */
  public LocalInjectors(String classPath, List<String> jvmOptions, IntFunction<List<String>> launchPrefix, Clock clock) {
    this.classPath = classPath;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.launchPrefix = launchPrefix;
    this.clock = clock;
  }

  /** JVMs like this one: its class path and its JVM options, without its own slogate options and agents. */
  public static LocalInjectors likeThisJvm() {
    String surefire = System.getProperty("surefire.test.class.path");
    String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(o -> !o.startsWith("-D" + Options.PREFIX) && !o.startsWith("-agentlib") && !o.startsWith("-javaagent")
            && !o.startsWith("-Xrunjdwp"))
        .toList();
    return new LocalInjectors(classPath, options, index -> List.of(), Clock.systemUTC());
  }

  /** The same JVMs, started through another prefix per index. */
  public LocalInjectors withLaunchPrefix(IntFunction<List<String>> prefix) {
    return new LocalInjectors(classPath, jvmOptions, prefix, clock);
  }

  @Override
  public List<InjectorOutcome> run(InjectorRequest request) throws InterruptedException {
    List<Process> processes = new ArrayList<>();
    List<InjectorOutcome> early = new ArrayList<>();
    Thread reaper = new Thread(() -> processes.forEach(LocalInjectors::stop), "slogate-injectors-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    try {
      for (int index = 0; index < request.count(); index++) {
        try {
          processes.add(start(request, index));
          early.add(null);
        } catch (IOException e) {
          processes.add(null);
          early.add(new InjectorOutcome.Failed(index, "could not be started: " + e.getMessage()));
        }
      }
      request.progress().accept("started " + request.count() + " injector JVMs on this machine (consoles in "
          + request.workFolder().toAbsolutePath() + "/injector-<i>/console.txt)");
      waitFor(processes, request);
      List<InjectorOutcome> outcomes = new ArrayList<>();
      for (int index = 0; index < request.count(); index++) {
        outcomes.add(early.get(index) != null ? early.get(index) : outcome(request, index, processes.get(index)));
      }
      return outcomes;
    } finally {
      processes.forEach(LocalInjectors::stop);
      try {
        Runtime.getRuntime().removeShutdownHook(reaper);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  private Process start(InjectorRequest request, int index) throws IOException {
    Path folder = folder(request, index);
    Path results = Files.createDirectories(folder.resolve("gatling"));
    Map<String, String> options = new TreeMap<>(request.options());
    options.put(Options.INJECTORS_COUNT.key(), Integer.toString(request.count()));
    options.put(Options.INJECTORS_INDEX.key(), Integer.toString(index));
    options.put(Options.RUN_ID.key(), request.runId());
    options.put(Options.START_AT.key(), Long.toString(request.startAtMillis()));
    options.put(Options.OUTPUT.key(), folder.resolve("slogate").toAbsolutePath().toString());
    options.put(Options.GATLING_RESULTS.key(), results.toAbsolutePath().toString());
    List<String> command = new ArrayList<>(launchPrefix.apply(index));
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    options.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-cp", classPath, GATLING_MAIN, "-s", request.simulation(), "-rf",
        results.toAbsolutePath().toString(), "-nr"));
    ProcessBuilder injector = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(folder.resolve("console.txt").toFile());
    // In the environment, never on the command line, where any user of this machine could read them.
    injector.environment().putAll(request.secrets());
    return injector.start();
  }

  private void waitFor(List<Process> processes, InjectorRequest request) throws InterruptedException {
    long started = clock.millis();
    long deadline = started + request.timeout().toMillis();
    long nextProgress = started + PROGRESS_EVERY_MILLIS;
    while (processes.stream().anyMatch(p -> p != null && p.isAlive()) && clock.millis() < deadline) {
      Process alive = processes.stream().filter(p -> p != null && p.isAlive()).findFirst().orElseThrow();
      alive.waitFor(Math.min(1_000, Math.max(1, deadline - clock.millis())), TimeUnit.MILLISECONDS);
      if (clock.millis() >= nextProgress) {
        long running = processes.stream().filter(p -> p != null && p.isAlive()).count();
        request.progress().accept("injectors: " + (request.count() - running) + " of " + request.count()
            + " finished, " + running + " running, " + (clock.millis() - started) / 1000 + " s of at most "
            + request.timeout().toSeconds() + " s");
        nextProgress += PROGRESS_EVERY_MILLIS;
      }
    }
  }

  private InjectorOutcome outcome(InjectorRequest request, int index, Process process) {
    Path console = folder(request, index).resolve("console.txt");
    if (process.isAlive()) {
      stop(process);
      return new InjectorOutcome.Failed(index, "timed out after " + request.timeout().toSeconds() + " s (console: "
          + console + ")");
    }
    Path runFolder = folder(request, index).resolve("slogate").resolve(request.runId());
    if (Files.isRegularFile(runFolder.resolve(RunRecordIO.FILE_NAME))) {
      return new InjectorOutcome.Completed(index, runFolder);
    }
    return new InjectorOutcome.Failed(index, "exit status " + process.exitValue() + " without a run record: "
        + lastSlogateLine(console) + " (console: " + console + ")");
  }

  private static String lastSlogateLine(Path console) {
    try {
      List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith("slogate: error: ")) {
          return lines.get(i).substring("slogate: error: ".length());
        }
      }
      return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
    } catch (IOException e) {
      return "its console cannot be read";
    }
  }

  private static Path folder(InjectorRequest request, int index) {
    return request.workFolder().resolve("injector-" + index);
  }

  private static void stop(Process process) {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** The class path entries, for messages. */
  int classPathEntries() {
    return classPath.split(File.pathSeparator).length;
  }
}
