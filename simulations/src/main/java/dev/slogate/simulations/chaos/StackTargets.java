package dev.slogate.simulations.chaos;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.local.LocalProcess;
import dev.slogate.chaos.local.LocalTargets;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.stack.ReplicaHandle;
import dev.slogate.stack.RunningStack;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedded reference stack as the local backend sees it: {@code index: i} is replica i, {@code role: r}
 * every replica with that role, and a killed replica is replaced with {@link RunningStack#restartReplica},
 * which starts a new process in its slot (it joins rotation once its health checks pass).
 */
public final class StackTargets implements LocalTargets {

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

  private RunningStack running() {
    return stack.get().orElseThrow(() -> new ChaosException("the embedded reference stack is not running"));
  }

  private static LocalProcess process(ReplicaHandle replica) {
    return LocalProcess.replica(replica.index(), replica.pid());
  }
}
