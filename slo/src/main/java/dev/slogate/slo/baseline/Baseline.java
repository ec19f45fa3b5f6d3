package dev.slogate.slo.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An earlier run to compare with: its record, its plan when it had one, and the system it was judged for.
 *
 * <p>A baseline is a run folder ({@code target/slogate/<run-id>/}) or a run record file. A bare record file
 * named {@code <system>.run-record.json.gz} may have {@code <system>.plan.json} and {@code <system>.slo.yaml}
 * beside it: that is how {@code slogate pin} stores a pinned baseline.
 *
 * @param record the baseline's measurements
 * @param plan its run plan, or null
 * @param system the system it was judged for, or null when nothing beside the record says so
 * @param origin where it was loaded from, for reports
 */
public record Baseline(RunRecord record, RunPlan plan, String system, String origin) {

  /** The system property naming the baseline of a run (a run folder or a run record file). */
  public static final String PROPERTY = Options.BASELINE.key();

  /** The folder, relative to the project, where pinned baselines are committed. */
  public static final String PINNED_DIRECTORY = "baselines";

  static final String RECORD_SUFFIX = ".run-record.json.gz";
  static final String PLAN_SUFFIX = ".plan.json";
  static final String SLO_SUFFIX = ".slo.yaml";

  public String runId() {
    return record.metadata().runId();
  }

  /**
   * Loads a baseline from a run folder or a run record file.
   *
   * @throws IllegalArgumentException naming the path, when there is no record or a file is malformed
   */
  public static Baseline load(Path runDirectoryOrRecord) {
    Path path = runDirectoryOrRecord.toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      Path recordFile = path.resolve(RunRecordIO.FILE_NAME);
      if (!Files.isRegularFile(recordFile)) {
        throw new IllegalArgumentException("baseline " + runDirectoryOrRecord + " holds no " + RunRecordIO.FILE_NAME);
      }
      return new Baseline(RunRecordIO.load(recordFile), planIn(path.resolve(RunPlanIO.FILE_NAME)),
          systemOf(path.resolve("slo.yaml"), path.resolve("verdict.json")).orElse(null), runDirectoryOrRecord.toString());
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("baseline " + runDirectoryOrRecord + " does not exist");
    }
    String name = path.getFileName().toString();
    RunRecord record = RunRecordIO.load(path);
    if (name.endsWith(RECORD_SUFFIX)) {
      String stem = name.substring(0, name.length() - RECORD_SUFFIX.length());
      Optional<String> system = systemOf(path.resolveSibling(stem + SLO_SUFFIX), path.resolveSibling(stem + ".verdict.json"));
      return new Baseline(record, planIn(path.resolveSibling(stem + PLAN_SUFFIX)), system.orElse(stem),
          runDirectoryOrRecord.toString());
    }
    Path folder = path.getParent();
    return new Baseline(record, planIn(folder.resolve(RunPlanIO.FILE_NAME)),
        systemOf(folder.resolve("slo.yaml"), folder.resolve("verdict.json")).orElse(null), runDirectoryOrRecord.toString());
  }

  /**
   * The pinned baseline of a system: the option {@code slogate.baseline} when set (in any layer of {@link OptionValues}), otherwise
   * {@code baselines/<system>.run-record.json.gz} or {@code baselines/<system>/} under {@code projectDirectory}.
   */
  public static Optional<Path> pinned(String system, Path projectDirectory) {
    return pinned(system, projectDirectory, OptionValues.load());
  }

  /** {@link #pinned(String, Path)} with the options already read once for this run. */
  public static Optional<Path> pinned(String system, Path projectDirectory, OptionValues options) {
    Optional<String> property = options.raw(PROPERTY);
    if (property.isPresent()) {
      return Optional.of(Path.of(property.get()));
    }
    Path directory = projectDirectory.resolve(PINNED_DIRECTORY);
    Path file = directory.resolve(system + RECORD_SUFFIX);
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    Path folder = directory.resolve(system);
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  private static RunPlan planIn(Path file) {
    return Files.isRegularFile(file) ? RunPlanIO.read(file) : null;
  }

  private static Optional<String> systemOf(Path sloFile, Path verdictFile) {
    try {
      if (Files.isRegularFile(sloFile)) {
        return Optional.of(SloSpecs.parse(Files.readString(sloFile, StandardCharsets.UTF_8), sloFile.toString()).system());
      }
      if (Files.isRegularFile(verdictFile)) {
        JsonNode system = new ObjectMapper().readTree(verdictFile.toFile()).path("slo").path("system");
        return system.isTextual() ? Optional.of(system.asText()) : Optional.empty();
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalArgumentException("baseline file " + verdictFile + " is not readable: " + e.getMessage(), e);
    }
  }
}
