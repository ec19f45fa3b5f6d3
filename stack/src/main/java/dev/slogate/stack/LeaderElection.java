package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * One replica at a time is the leader, as in a system whose pods write heartbeats to a shared
 * table and treat a pod silent for {@code deadAfter} as dead. The stack's parent process holds
 * that table: every replica sends it a heartbeat each {@code heartbeat}; a pod whose last
 * heartbeat is older than {@code deadAfter} is declared dead; when the leader is declared dead, the
 * live pod with the lowest index takes over. An alive leader keeps office, so there is never more
 * than one, and a SIGKILLed leader is replaced between {@code deadAfter - heartbeat} and
 * {@code deadAfter} (plus one sweep) after it died.
 *
 * <p>Every replica answers {@code GET /admin/leader} with the current leader, and the Java API
 * reports changes through {@link ReplicaListener#leaderChanged}.
 *
 * @param heartbeat how often each replica reports it is alive
 * @param deadAfter how long a silent pod is still taken for alive; more than {@code heartbeat}
 */
public record LeaderElection(Duration heartbeat, Duration deadAfter) {

  public LeaderElection {
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(deadAfter, "deadAfter");
    if (heartbeat.compareTo(Duration.ofMillis(10)) < 0) {
      throw new IllegalArgumentException(
          "heartbeat must be at least 10ms, got " + Durations.formatInLargestUnit(heartbeat.abs()));
    }
    if (deadAfter.compareTo(heartbeat) <= 0) {
      throw new IllegalArgumentException("deadAfter (" + Durations.formatInLargestUnit(deadAfter.abs())
          + ") must be longer than the heartbeat (" + Durations.formatInLargestUnit(heartbeat) + ")");
    }
  }

  /** Longest time from a leader's death to its successor taking office, before scheduling delays. */
  public Duration worstCaseFailover() {
    return deadAfter.plus(sweep());
  }

  /**
   * How often the parent looks for pods that went silent: a twentieth of the heartbeat, so that looking adds at
   * most 5% of a heartbeat to the system's own timings (a failover bound derived from the guide, dead-pod
   * threshold plus heartbeat, has no room for a slow sweep).
   */
  public Duration sweep() {
    Duration twentieth = heartbeat.dividedBy(20);
    return twentieth.compareTo(Duration.ofMillis(5)) < 0 ? Duration.ofMillis(5) : twentieth;
  }
}
