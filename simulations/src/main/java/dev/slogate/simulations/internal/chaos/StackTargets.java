package dev.slogate.simulations.internal.chaos;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.local.LocalProcess;
import dev.slogate.chaos.local.LocalTargets;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.ReplicaHandle;
import dev.slogate.stack.RunningStack;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedded reference stack as the local backend sees it: {@code index: i} is replica i, {@code role: r}
 * every replica with that role, {@code all: true} every replica in index order, and a killed replica is
 * replaced with {@link RunningStack#restartReplica}, which starts a new process in its slot (it joins
 * rotation once its health checks pass). A rolling restart drains a replica by making it fail its health
 * checks ({@link RunningStack#setReplicaHealthy}) and waits for rotation changes with
 * {@link RunningStack#awaitInRotation}.
 */
public final class StackTargets implements LocalTargets {

  private static final Duration MIN_ROTATION_TIMEOUT = Duration.ofSeconds(5);

  private final Supplier<Optional<RunningStack>> stack;

  /** @param stack the stack once it runs; it starts in the simulation's {@code before()}, after this is made */
  public StackTargets(Supplier<Optional<RunningStack>> stack) {
    this.stack = stack;
  }

  @Override
  public List<LocalProcess> resolve(LocalTarget target) {
    RunningStack running = running();
    List<ReplicaHandle> replicas = running.replicas();
    switch (target.by()) {
      case INDEX: {
        int index = target.index().getAsInt();
        if (index >= replicas.size()) {
          throw new ChaosException("replica " + index + " does not exist: the embedded stack runs " + replicas.size()
              + " replica(s), 0 to " + (replicas.size() - 1));
        }
        return List.of(process(running.replica(index)));
      }
      case ROLE: {
        String role = target.role().orElseThrow();
        List<LocalProcess> matched = replicas.stream().filter(r -> r.role().equals(role)).map(StackTargets::process).toList();
        if (matched.isEmpty()) {
          throw new ChaosException("no replica of the embedded stack has role '" + role + "' (roles: "
              + String.join(", ", replicas.stream().map(ReplicaHandle::role).distinct().toList()) + ")");
        }
        return matched;
      }
      case ALL:
        return replicas.stream().map(StackTargets::process).toList();
      case HAPROXY_BACKEND:
        throw new ChaosException("haproxyBackend targets name servers of a real HAProxy; the embedded stack balances"
            + " in-process, so name the replica by index or role");
      default:
        throw new IllegalArgumentException("the local backend resolves " + target.by().key() + " targets itself");
    }
  }

  @Override
  public LocalProcess restart(LocalProcess killed) {
    int slot = killed.slot().orElseThrow(() -> new ChaosException(killed.name() + " is not a replica slot"));
    try {
      return process(running().restartReplica(slot));
    } catch (RuntimeException e) {
      throw new ChaosException("could not restart replica " + slot + " of the embedded stack: " + e.getMessage(), e);
    }
  }

  /**
   * Makes the replica fail its health checks (it keeps serving what it gets) and waits until the balancer
   * has taken it out of rotation, as a pod that turns unready leaves its Service's endpoints.
   */
  @Override
  public void drain(LocalProcess process) {
    int slot = current(process);
    RunningStack running = running();
    running.setReplicaHealthy(slot, false);
    Duration timeout = rotationTimeout(running);
    if (!running.awaitInRotation(slot, false, timeout)) {
      throw new ChaosException(process.describe() + " was still in rotation " + timeout.toMillis()
          + " ms after it started failing its health checks");
    }
  }

  /** Waits until the replacement has passed {@code rise} checks and is in rotation. */
  @Override
  public void awaitReady(LocalProcess replacement) {
    int slot = current(replacement);
    RunningStack running = running();
    Duration timeout = rotationTimeout(running);
    if (!running.awaitInRotation(slot, true, timeout)) {
      throw new ChaosException(replacement.describe() + " was not in rotation " + timeout.toMillis()
          + " ms after it started");
    }
  }

  /** Twice the slowest the balancer's checks can take to act, and never under 5 s (a busy machine). */
  private static Duration rotationTimeout(RunningStack running) {
    HealthCheck checks = running.profile().healthCheck();
    Duration slowest = checks.interval().plus(checks.timeout())
        .multipliedBy(Math.max(checks.fall(), checks.rise()) + 1L).multipliedBy(2);
    return slowest.compareTo(MIN_ROTATION_TIMEOUT) < 0 ? MIN_ROTATION_TIMEOUT : slowest;
  }

  /** The slot of {@code process}, checked to still run that process (not a replacement started since). */
  private int current(LocalProcess process) {
    int slot = process.slot().orElseThrow(() -> new ChaosException(process.name() + " is not a replica slot"));
    long now = running().replica(slot).pid();
    if (now != process.pid()) {
      throw new ChaosException("replica " + slot + " runs pid " + now + " now, not " + process.pid()
          + ": something else replaced it");
    }
    return slot;
  }

  private RunningStack running() {
    return stack.get().orElseThrow(() -> new ChaosException("the embedded reference stack is not running"));
  }

  private static LocalProcess process(ReplicaHandle replica) {
    return LocalProcess.replica(replica.index(), replica.pid());
  }
}
