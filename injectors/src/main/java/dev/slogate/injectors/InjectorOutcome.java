package dev.slogate.injectors;

import java.nio.file.Path;
import java.util.Objects;

/** What became of one injector of a run. */
public sealed interface InjectorOutcome permits InjectorOutcome.Completed, InjectorOutcome.Failed {

  /** The injector's index, from 0 to count − 1. */
  int index();

  /**
   * The injector ran and its run folder is here, intact (for Kubernetes: its SHA-256 checked on arrival).
   *
   * @param runFolder the injector's run folder on the coordinator's disk
   */
  record Completed(int index, Path runFolder) implements InjectorOutcome {
    public Completed {
      requireIndex(index);
      Objects.requireNonNull(runFolder, "runFolder");
    }
  }

  /**
   * The injector failed, was lost, or its record did not arrive intact.
   *
   * @param reason one sentence naming what happened to this index, for the merged run's INVALID verdict
   */
  record Failed(int index, String reason) implements InjectorOutcome {
    public Failed {
      requireIndex(index);
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static void requireIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an injector index is never negative: " + index);
    }
  }
}
