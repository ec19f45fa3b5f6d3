package dev.slogate.chaos.local;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A process a local target names.
 *
 * @param name how people know it, e.g. {@code replica 0} or {@code pid 4242}
 * @param pid its process id now
 * @param slot the replica slot it fills, when something ({@link LocalTargets}) can start a replacement in
 *     that slot after a kill, as a Deployment would; empty for a bare pid
 */
public record LocalProcess(String name, long pid, OptionalInt slot) {

  public LocalProcess {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slot, "slot");
    if (pid < 1) {
      throw new IllegalArgumentException("pid must be 1 or more, got " + pid);
    }
  }

  /** A process known only by its pid: nothing restarts it. */
  public static LocalProcess pid(long pid) {
    return new LocalProcess("pid " + pid, pid, OptionalInt.empty());
  }

  /** Replica {@code slot} of a stack, which can be restarted in place. */
  public static LocalProcess replica(int slot, long pid) {
    return new LocalProcess("replica " + slot, pid, OptionalInt.of(slot));
  }

  /** {@code replica 0 (pid 1234)}. */
  public String describe() {
    return name.equals("pid " + pid) ? name : name + " (pid " + pid + ")";
  }
}
