package dev.slogate.slo.scaleout;

import java.nio.file.Path;
import java.util.Objects;

/** What became of one injector of a shared run. */
public sealed interface InjectorOutcome {

  /** Which injector, 0 to count - 1. */
  int index();

  /**
   * The injector ran and left its run folder (its own verdict, on its share alone, does not matter: the merged run
   * is judged).
   *
   * @param runFolder the folder holding its {@code run-record.json.gz} and {@code plan.json}
   */
  record Completed(int index, Path runFolder) implements InjectorOutcome {
    public Completed {
      Objects.requireNonNull(runFolder, "runFolder");
    }
  }

  /**
   * The injector failed, timed out or was lost: its share is missing from the merged run, which is INVALID.
   *
   * @param reason one line: "exit status 64: slogate.startAt is 3 s in the past", "timed out after 2 min"
   */
  record Failed(int index, String reason) implements InjectorOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
