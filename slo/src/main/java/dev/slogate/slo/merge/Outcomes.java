package dev.slogate.slo.merge;

import dev.slogate.slo.scaleout.InjectorOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The merge of what a launcher reported: the completed injectors' folders read and merged; a failed injector, or one
 * whose folder cannot be read, is left out and so missing from the merged run, which is INVALID naming it.
 *
 * @param merged the merged run; empty when no injector left a readable folder
 * @param failures one line per injector left out, "injector 1 of 3: exit status 1, ..."
 */
public record Outcomes(Optional<MergedRun> merged, List<String> failures) {

  public Outcomes {
    failures = List.copyOf(failures);
  }

  /**
   * @throws MergeRefusedException when the completed folders are not parts of one run (a launcher bug, or folders
   *     left from another run)
   */
  public static Outcomes merge(List<InjectorOutcome> outcomes) {
    List<InjectorRun> runs = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int count = outcomes.size();
    for (InjectorOutcome outcome : outcomes) {
      String label = "injector " + outcome.index() + " of " + count;
      if (outcome instanceof InjectorOutcome.Failed failed) {
        failures.add(label + ": " + failed.reason());
      } else {
        Path folder = ((InjectorOutcome.Completed) outcome).runFolder();
        try {
          runs.add(InjectorRun.read(folder));
        } catch (IllegalArgumentException e) {
          failures.add(label + ": its run folder cannot be read: " + e.getMessage());
        }
      }
    }
    return new Outcomes(runs.isEmpty() ? Optional.empty() : Optional.of(RunMerge.merge(runs)), failures);
  }
}
