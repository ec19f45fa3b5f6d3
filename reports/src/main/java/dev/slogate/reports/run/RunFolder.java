package dev.slogate.reports.run;

import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.health.InjectorTimelineIO;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run folder ({@code target/slogate/<run-id>/}) read back: the record, the plan, the SLO file the run was
 * judged on and the chaos timeline when the run had one. What {@code slogate report} re-evaluates.
 *
 * @param directory the folder
 * @param record its {@code run-record.json.gz}
 * @param plan its {@code plan.json}, or null when it has none
 * @param sloText the text of its {@code slo.yaml}
 * @param spec that text parsed
 * @param timeline its {@code chaos-timeline.json}, or null
 */
public record RunFolder(Path directory, RunRecord record, RunPlan plan, String sloText, SloSpec spec, ChaosTimeline timeline) {

  public static final String SLO_FILE = "slo.yaml";

  /**
   * @throws IllegalArgumentException naming what is missing or malformed
   * @throws dev.slogate.slo.spec.SloSpecException when the SLO file is invalid
   */
  public static RunFolder load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("run folder " + directory + " does not exist");
    }
    Path recordFile = directory.resolve(RunRecordIO.FILE_NAME);
    if (!Files.isRegularFile(recordFile)) {
      throw new IllegalArgumentException("run folder " + directory + " holds no " + RunRecordIO.FILE_NAME
          + " (is it a slogate run folder, target/slogate/<run-id>/?)");
    }
    Path sloFile = directory.resolve(SLO_FILE);
    if (!Files.isRegularFile(sloFile)) {
      throw new IllegalArgumentException("run folder " + directory + " holds no " + SLO_FILE + ": the objectives it was judged on are unknown");
    }
    String sloText;
    try {
      sloText = Files.readString(sloFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sloFile + ": " + e.getMessage(), e);
    }
    Path planFile = directory.resolve(RunPlanIO.FILE_NAME);
    Path timelineFile = directory.resolve(ChaosTimelineIO.FILE_NAME);
    RunRecord record = RunRecordIO.load(recordFile);
    // A record saved before the end of the run was judged may lack the timeline its sampler appended.
    Path healthFile = directory.resolve(InjectorTimelineIO.FILE_NAME);
    if (!record.injectorTimeline().recorded() && Files.isRegularFile(healthFile)) {
      record = record.withInjectorTimeline(InjectorTimelineIO.read(healthFile));
    }
    return new RunFolder(directory, record,
        Files.isRegularFile(planFile) ? RunPlanIO.read(planFile) : null,
        sloText, SloSpecs.parse(sloText, sloFile.toString()),
        Files.isRegularFile(timelineFile) ? ChaosTimelineIO.load(timelineFile) : null);
  }
}
