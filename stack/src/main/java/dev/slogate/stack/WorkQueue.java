package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * A step queue worked by every replica, in the manner of a queue whose pods claim work from a
 * shared table and whose leader requeues the work of dead pods. Needs {@link LeaderElection}.
 *
 * <ul>
 *   <li>{@code submit} names a profile route (e.g. {@code POST /api/steps}); each successful call
 *       of it enqueues one step in the parent's table and answers its id in {@code X-Step-Id}.
 *   <li>Every {@code claimInterval} each replica claims pending steps up to
 *       {@code floor(maxParallelism × capacityThreshold)} in flight, works each for a
 *       {@code stepDuration} draw, then marks it completed. A completion from a pod that no longer
 *       holds the step (it was requeued meanwhile) is refused, so no step completes twice.
 *   <li>Every {@code recoveryInterval} the leader requeues the steps held by pods declared dead.
 *       A SIGKILLed worker's steps are therefore requeued between {@code deadAfter - heartbeat}
 *       and {@code deadAfter + heartbeat + recoveryInterval} after it died.
 * </ul>
 *
 * @param submit the route that enqueues, as {@code METHOD /path}
 * @param claimInterval how often each replica claims
 * @param recoveryInterval how often the leader requeues orphaned steps
 * @param stepDuration how long a step takes once claimed
 * @param maxParallelism steps one replica may hold at most
 * @param capacityThreshold share of {@code maxParallelism} up to which a replica claims, in (0, 1]
 */
public record WorkQueue(
    String submit, Duration claimInterval, Duration recoveryInterval, LatencyDistribution stepDuration,
    int maxParallelism, double capacityThreshold) {

  public WorkQueue {
    Objects.requireNonNull(submit, "submit");
    Objects.requireNonNull(claimInterval, "claimInterval");
    Objects.requireNonNull(recoveryInterval, "recoveryInterval");
    Objects.requireNonNull(stepDuration, "stepDuration");
    requireAtLeast10ms("claimEvery", claimInterval);
    requireAtLeast10ms("recoverEvery", recoveryInterval);
    if (maxParallelism < 1 || maxParallelism > 10_000) {
      throw new IllegalArgumentException("maxParallelism must be within 1..10000, got " + maxParallelism);
    }
    if (!(capacityThreshold > 0 && capacityThreshold <= 1)) {
      throw new IllegalArgumentException("capacityThreshold must be within (0, 1], got " + capacityThreshold);
    }
    if (claimLimit(maxParallelism, capacityThreshold) < 1) {
      throw new IllegalArgumentException("maxParallelism × capacityThreshold must allow at least one step, got "
          + maxParallelism + " × " + capacityThreshold);
    }
  }

  /** Steps one replica holds at most before it stops claiming. */
  public int claimLimit() {
    return claimLimit(maxParallelism, capacityThreshold);
  }

  private static int claimLimit(int max, double threshold) {
    // The small epsilon keeps 20 × 0.8 at 16 despite binary fractions.
    return (int) Math.floor(max * threshold + 1e-9);
  }

  private static void requireAtLeast10ms(String field, Duration value) {
    if (value.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(field + " must be at least 10ms, got " + Durations.formatInLargestUnit(value.abs()));
    }
  }
}
