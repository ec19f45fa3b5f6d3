package dev.slogate.slo.merge;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.health.InjectorTimelineIO;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.ClockOffsetIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One injector's run of a shared run, as its run folder holds it: what {@link RunMerge} adds up.
 *
 * @param source where it came from, for messages (its folder)
 * @param record its measurements
 * @param plan its plan, whose {@link RunPlan#share()} says which injector it was and what the whole plan is
 * @param sloText the objectives it was judged on ({@value #SLO_FILE}), or null when its folder holds none
 * @param chaos its chaos timeline, or null for a run without faults
 * @param clock its clock offset at its start, or null when it measured none
 */
public record InjectorRun(String source, RunRecord record, RunPlan plan, String sloText, ChaosTimeline chaos,
    ClockOffset clock) {

  /** The SLO file's name in a run folder. */
  public static final String SLO_FILE = "slo.yaml";

  public InjectorRun {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * Reads a run folder: {@code run-record.json.gz} and {@code plan.json} are required; {@code slo.yaml},
   * {@code chaos-timeline.json} and {@code clock-offset.json} are read when present.
   *
   * @throws IllegalArgumentException naming the folder and what is missing or malformed
   */
  public static InjectorRun read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("run folder " + folder + " does not exist");
    }
    Path recordFile = folder.resolve(RunRecordIO.FILE_NAME);
    Path planFile = folder.resolve(RunPlanIO.FILE_NAME);
    if (!Files.isRegularFile(recordFile) || !Files.isRegularFile(planFile)) {
      throw new IllegalArgumentException("run folder " + folder + " holds no " + RunRecordIO.FILE_NAME + " and "
          + RunPlanIO.FILE_NAME + " (is it the run folder of an injector, target/slogate/<run-id>/?)");
    }
    RunRecord record = RunRecordIO.load(recordFile);
    Path healthFile = folder.resolve(InjectorTimelineIO.FILE_NAME);
    if (!record.injectorTimeline().recorded() && Files.isRegularFile(healthFile)) {
      record = record.withInjectorTimeline(InjectorTimelineIO.read(healthFile));
    }
    Path slo = folder.resolve(SLO_FILE);
    Path chaos = folder.resolve(ChaosTimelineIO.FILE_NAME);
    Path clock = folder.resolve(ClockOffsetIO.FILE_NAME);
    return new InjectorRun(folder.toString(), record, RunPlanIO.read(planFile),
        Files.isRegularFile(slo) ? readText(slo) : null,
        Files.isRegularFile(chaos) ? ChaosTimelineIO.load(chaos) : null,
        Files.isRegularFile(clock) ? ClockOffsetIO.read(clock) : null);
  }

  /** The run's first planned arrival, epoch milliseconds: its run start plus the injection delay its plan records. */
  long firstPhaseEpochMillis() {
    return record.metadata().epochStartMillis() + plan.injectionDelayMillis();
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
