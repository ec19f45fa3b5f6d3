package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.Selection;
import dev.slogate.config.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns an experiment's local target and selection mode into the processes to hit, and refuses the ones
 * that must never be hit: pid 1, kernel threads, other users' processes, this JVM and its ancestors (stopping
 * the shell or the build that runs us would hang the run with nobody left to resume it).
 */
final class TargetSelector {

  /** A pidfile holds a number and a newline; anything much longer is some other file. */
  private static final long MAX_PIDFILE_BYTES = 64;

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
    for (LocalProcess process : chosen) {
      if (ProcessIdentity.of(process.pid()).isEmpty()) {
        throw new ChaosException("the local target " + process.describe() + " of experiment " + experiment.name()
            + " is not running");
      }
      refuseProtected(process);
    }
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

  /**
   * The pid a pidfile holds. Never echoes the file's contents: a pidfile pointed at the wrong file (say
   * {@code /etc/passwd}) must not print that file to the console and the build log.
   */
  static long readPidfile(Path file) {
    String name = SafeText.quoted(file.toString());
    String text;
    try {
      if (Files.size(file) > MAX_PIDFILE_BYTES) {
        throw holdsNoPid(name);
      }
      text = Files.readString(file).trim();
    } catch (IOException e) {
      throw new ChaosException("cannot read pidfile " + name + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) < 1) {
      throw holdsNoPid(name);
    }
    return Long.parseLong(text);
  }

  private static ChaosException holdsNoPid(String name) {
    return new ChaosException("pidfile " + name + " holds no pid: it should hold one process id and nothing else");
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

  /**
   * Refuses a process that must never be hit: pid 1, a kernel thread, a process of another user, and this JVM
   * or its ancestors. A process of this user that the experiment names by pid is allowed: the user named it.
   */
  static void refuseProtected(LocalProcess process) {
    if (process.pid() == 1) {
      throw new GuardrailViolation("refusing to signal pid 1: it is the init process");
    }
    if (protectedPids().contains(process.pid())) {
      throw new GuardrailViolation("refusing to signal " + process.describe()
          + ": it is this JVM or one of its parents, and nothing would be left to take the fault off");
    }
    if (ProcessOwner.isKernelThread(process.pid())) {
      throw new GuardrailViolation("refusing to signal " + process.describe() + ": it is a kernel thread");
    }
    OptionalLong owner = ProcessOwner.uid(process.pid());
    if (owner.isPresent() && owner.getAsLong() != ProcessOwner.ownUid()) {
      throw new GuardrailViolation("refusing to signal " + process.describe() + ": it belongs to user "
          + owner.getAsLong() + ", not to the user running slogate (" + ProcessOwner.ownUid() + ")");
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
