package dev.slogate.benchmarks.evaluator;

import dev.slogate.benchmarks.reader.BenchmarkLog;
import dev.slogate.slo.plan.RunPlanIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link ColdEvaluate} in fresh JVMs started the way the launcher starts the command: the serial collector and a
 * static class-data-sharing archive, here of ColdEvaluate's own class path (made once, as the build makes the
 * command's: a training run under {@code -XX:DumpLoadedClassList}, then {@code -Xshare:dump}). Without it the
 * taken-apart figures would pay class loading the command does not pay. The class path is the module's JMH jar
 * ({@code benchmarks/target/benchmarks.jar}, which holds ColdEvaluate and everything it loads), because an archive
 * cannot be made for a class path with a directory in it. A JDK that cannot dump runs without.
 *
 * @param command java, its options and the class path, up to the main class
 * @param archived whether the archive was made
 */
record ColdEvaluateRunner(List<String> command, boolean archived) {

  static ColdEvaluateRunner prepare(Path work, BenchmarkLog trainingLog) throws IOException, InterruptedException {
    Files.createDirectories(work);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = jmhJar().map(Path::toString).orElse(System.getProperty("java.class.path"));
    Path classList = work.resolve("cold-evaluate.classlist");
    Path archive = work.resolve("cold-evaluate.jsa");
    Files.deleteIfExists(archive);
    Path plan = work.resolve("training-plan.json");
    RunPlanIO.write(SyntheticRun.plan(trainingLog.run(), trainingLog.requests()), plan);
    for (String mode : List.of("windowed", "record")) {
      List<String> training = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + classList + "." + mode));
      training.addAll(EvaluatorSpeedBenchmark.CLI_JVM_OPTIONS);
      training.addAll(List.of("-cp", classPath, ColdEvaluate.class.getName(), mode, trainingLog.file().toString(), plan.toString()));
      TimedProcess.run(training, work, "cold-evaluate-training-" + mode, Duration.ofMinutes(5));
    }
    List<String> lines = new ArrayList<>();
    for (String mode : List.of("windowed", "record")) {
      Path list = Path.of(classList + "." + mode);
      if (Files.isRegularFile(list)) {
        lines.addAll(Files.readAllLines(list));
      }
    }
    Files.write(classList, lines);
    TimedProcess.run(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
        "-Xlog:cds=off", "-cp", classPath), work, "cold-evaluate-dump", Duration.ofMinutes(5));
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(EvaluatorSpeedBenchmark.CLI_JVM_OPTIONS);
    boolean archived = Files.isRegularFile(archive);
    if (archived) {
      command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off"));
    }
    command.addAll(List.of("-cp", classPath, ColdEvaluate.class.getName()));
    return new ColdEvaluateRunner(List.copyOf(command), archived);
  }

  /** {@code benchmarks.jar} beside this module's classes folder, when the class path has one. */
  private static java.util.Optional<Path> jmhJar() {
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (path.endsWith(Path.of("benchmarks", "target", "classes"))) {
        Path jar = path.resolveSibling("benchmarks.jar");
        return Files.isRegularFile(jar) ? java.util.Optional.of(jar) : java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  TimedProcess run(String mode, Path log, Path plan, Path work, String name) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(command);
    full.addAll(List.of(mode, log.toString(), plan.toString()));
    TimedProcess process = TimedProcess.run(full, work, name, Duration.ofMinutes(10));
    if (process.exitCode() != 0) {
      throw new IllegalStateException("ColdEvaluate " + mode + " failed: " + EvaluatorSpeedBenchmark.tail(process.output()));
    }
    return process;
  }
}
