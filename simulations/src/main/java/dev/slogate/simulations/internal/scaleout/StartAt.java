package dev.slogate.simulations.internal.scaleout;

import dev.slogate.config.Options;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The epoch start every injector of a shared run aligns its phases on ({@code slogate.startAt}): each injector waits
 * in Gatling's {@code before()} until then, so that Gatling's run start, and every phase after it, falls on the same
 * second in every injector's record.
 */
public final class StartAt {

  /** How far ahead a start may be: a start an hour away is a typo, not a plan. */
  public static final Duration FURTHEST = Duration.ofMinutes(15);

  private StartAt() {}

  /**
   * @throws IllegalArgumentException in one line, for a start already past or further ahead than {@link #FURTHEST}
   */
  public static void check(long startAtMillis, Clock clock) {
    long now = clock.millis();
    if (startAtMillis < now) {
      throw new IllegalArgumentException(Options.START_AT.key() + "=" + startAtMillis + " is "
          + seconds(now - startAtMillis) + " in the past: every injector must be ready before the shared start "
          + "(give a later one, such as $(($(date +%s%3N) + 60000)))");
    }
    if (startAtMillis - now > FURTHEST.toMillis()) {
      throw new IllegalArgumentException(Options.START_AT.key() + "=" + startAtMillis + " is "
          + seconds(startAtMillis - now) + " ahead, more than the " + FURTHEST.toMinutes() + " min an injector waits");
    }
  }

  /** Waits until {@code startAtMillis} on {@code clock}; returns at once for a start already past. */
  public static void await(long startAtMillis, Clock clock) {
    long left;
    while ((left = startAtMillis - clock.millis()) > 0) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(left, 1_000)));
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
