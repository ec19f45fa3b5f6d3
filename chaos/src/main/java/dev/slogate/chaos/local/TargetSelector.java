package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.Selection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an experiment's local target and selection mode into the processes to hit, and refuses the ones
 * that must never be hit: pid 1, this JVM and its ancestors (stopping the shell or the build that runs
 * us would hang the run with nobody left to resume it).
 */
final class TargetSelector {

  private final Optional<LocalTargets> targets;

  TargetSelector(Optional<LocalTargets> targets) {
    this.targets = targets;
  }

  List<LocalProcess> select(ExperimentSpec experiment) {
    LocalTarget target = (LocalTarget) experiment.target();
    List<LocalProcess> matched = resolve(target);
    if (matched.isEmpty()) {
      throw new ChaosException("the local target " + target.by().key() + ": " + target.value()
          + " of experiment " + experiment.name() + " names no running process");
    }
    List<LocalProcess> chosen = matched.subList(0, count(experiment.selection(), matched.size()));
    chosen.forEach(TargetSelector::refuseProtected);
    return List.copyOf(chosen);
  }

  private List<LocalProcess> resolve(LocalTarget target) {
    switch (target.by()) {
      case PID:
        return List.of(LocalProcess.pid(target.pid().getAsLong()));
      case PIDFILE:
        return List.of(LocalProcess.pid(readPidfile(target.pidfile().orElseThrow())));
      default:
        return targets.orElseThrow(() -> new ChaosException("a local target by " + target.by().key()
            + " needs the embedded reference stack to say which process that is; name a pid or a pidfile"
            + " instead, or run against the embedded stack")).resolve(target);
    }
  }

  static long readPidfile(Path file) {
    String text;
    try {
      text = Files.readString(file).trim();
    } catch (IOException e) {
      throw new ChaosException("cannot read pidfile " + file + ": " + e.getMessage(), e);
    }
    try {
      long pid = Long.parseLong(text);
      if (pid < 1) {
        throw new NumberFormatException();
      }
      return pid;
    } catch (NumberFormatException e) {
      throw new ChaosException("pidfile " + file + " does not hold a process id: '"
          + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
    }
  }

  /** Chaos Mesh's counting: fixed-percent rounds down but hits at least one. */
  static int count(Selection selection, int matched) {
    return switch (selection.mode()) {
      case ONE -> 1;
      case ALL -> matched;
      case FIXED -> Math.min(selection.value(), matched);
      case FIXED_PERCENT -> Math.max(1, matched * selection.value() / 100);
    };
  }

  private static void refuseProtected(LocalProcess process) {
    if (process.pid() == 1) {
      throw new GuardrailViolation("refusing to signal pid 1 (" + process.name() + "): it is the init process");
    }
    if (protectedPids().contains(process.pid())) {
      throw new GuardrailViolation("refusing to signal " + process.describe()
          + ": it is this JVM or one of its parents, and nothing would be left to take the fault off");
    }
  }

  private static Set<Long> protectedPids() {
    Set<Long> pids = new HashSet<>();
    Optional<ProcessHandle> next = Optional.of(ProcessHandle.current());
    while (next.isPresent()) {
      pids.add(next.get().pid());
      next = next.get().parent();
    }
    return pids;
  }
}
