package dev.slogate.chaos.local;

import dev.slogate.chaos.spec.LocalTarget;
import java.util.List;

/**
 * What the local backend needs from whatever runs the processes it breaks: which processes a target
 * names ({@code index}, {@code role}, {@code haproxyBackend}), and how to replace a killed one, as a
 * Kubernetes Deployment replaces a pod. The simulations module implements it over the embedded reference
 * stack; chaos itself knows nothing of the stack.
 *
 * <p>Targets by {@code pid} and {@code pidfile} are resolved by the backend itself and need no
 * {@code LocalTargets}; such processes are never restarted.
 */
public interface LocalTargets {

  /**
   * The processes {@code target} names now, in a stable order (a selection of {@code one} takes the first).
   *
   * @throws dev.slogate.chaos.ChaosException when the target names nothing here, in one sentence
   */
  List<LocalProcess> resolve(LocalTarget target);

  /**
   * Starts a replacement for a killed process in its {@link LocalProcess#slot() slot} and returns once it
   * runs.
   *
   * @return the replacement
   * @throws dev.slogate.chaos.ChaosException when it could not be started
   */
  LocalProcess restart(LocalProcess killed);

  /**
   * Takes {@code process} out of rotation gracefully, as a pod that stops being Ready leaves its Service's
   * endpoints, and returns once no new request reaches it. Used by {@code rolling-restart} before the stop.
   * The default does nothing: with no balancer to tell, the drain delay alone has to do.
   *
   * @throws dev.slogate.chaos.ChaosException when it was still in rotation after a reasonable wait
   */
  default void drain(LocalProcess process) {}

  /**
   * Returns once a {@link #restart replacement} is in rotation (Ready), so that a rolling restart can move
   * on to the next replica. The default returns at once: a bare process has no rotation to join.
   *
   * @throws dev.slogate.chaos.ChaosException when it did not join within a reasonable wait
   */
  default void awaitReady(LocalProcess replacement) {}
}
