package dev.slogate.slo.merge;

import dev.slogate.config.AtomicFiles;
import dev.slogate.slo.chaos.ChaosTimeline;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.plan.RunPlanIO;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run of the whole, merged from its injectors' runs by {@link RunMerge}: judged by the one pipeline as any run
 * folder is, once {@link #writeTo written}.
 *
 * @param record the measurements of all injectors, each injector's provenance in its metadata
 * @param plan the whole plan, aligned on the median of the injectors' first arrivals
 * @param sloText the objectives every injector was judged on, or null when their folders held none
 * @param chaos the injectors' chaos timelines joined, or null when none had one
 * @param parts the injectors' runs, by index
 * @param missingIndexes the injector indexes no run came for (the evaluator makes every phase INVALID, naming them)
 */
public record MergedRun(RunRecord record, RunPlan plan, String sloText, ChaosTimeline chaos, List<InjectorRun> parts,
    List<Integer> missingIndexes) {

  public MergedRun {
    parts = List.copyOf(parts);
    missingIndexes = List.copyOf(missingIndexes);
  }

  /**
   * Writes the merged run folder: {@code run-record.json.gz}, {@code plan.json}, and {@code slo.yaml} and
   * {@code chaos-timeline.json} when there are objectives and faults. {@code slogate report --run} and
   * {@code slogate evaluate} read it as they read the folder of a run of one injector.
   */
  public void writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      RunRecordIO.save(record, folder.resolve(RunRecordIO.FILE_NAME));
      RunPlanIO.write(plan, folder.resolve(RunPlanIO.FILE_NAME));
      if (sloText != null) {
        AtomicFiles.writeString(folder.resolve(InjectorRun.SLO_FILE), sloText);
      }
      if (chaos != null) {
        ChaosTimelineIO.save(chaos, folder.resolve(ChaosTimelineIO.FILE_NAME));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the merged run to " + folder + ": " + e.getMessage(), e);
    }
  }

  /** One line per injector, and one per missing index: what the merge console prints. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (InjectorInfo injector : record.metadata().injectors()) {
      InjectorRun part = parts.stream()
          .filter(p -> p.plan().share().index() == injector.index()).findFirst().orElseThrow();
      lines.add(injector.label() + ", Gatling " + injector.gatlingVersion() + ": "
          + String.format(java.util.Locale.ROOT, "%,d", part.record().whole().overall().count()) + " requests, clock "
          + (injector.clock() == null ? "not measured" : injector.clock().describe())
          + (part.record().metadata().complete() ? "" : ", its log ended early")
          + ", from " + part.source());
    }
    int count = plan.share() == null && !parts.isEmpty() ? parts.get(0).plan().share().count() : 0;
    for (int index : missingIndexes) {
      lines.add("injector " + index + " of " + count + ": missing (no run came for it); every phase is INVALID");
    }
    return lines;
  }
}
