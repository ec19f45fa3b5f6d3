package dev.slogate.chaos.internal;

import dev.slogate.config.Durations;
import dev.slogate.config.InvalidDurationException;
import java.time.Duration;

/**
 * Durations in experiment files: slogate's one grammar ({@link Durations}: {@code 500ms}, {@code 10s},
 * {@code 1m30s}, {@code 2h}), which is also the way Chaos Mesh and Go's {@code time.ParseDuration} write them,
 * so people who know Chaos Mesh read them without thinking. A fault schedule is kept to the millisecond;
 * anything finer would only invite false precision. Kept under this name, with its own wording of errors, for
 * the experiment readers that call it.
 */
public final class ExperimentDurations {

  private ExperimentDurations() {}

  /**
   * Parses {@code 1m30s}-style text.
   *
   * @throws IllegalArgumentException with a message fit for a user when the text is no such duration
   */
  public static Duration parse(String text) {
    Duration duration;
    try {
      duration = Durations.parse(text);
    } catch (InvalidDurationException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write it like 500ms, 10s, 1m30s or 2h", e);
    }
    if (duration.toNanos() % 1_000_000L != 0) {
      throw new IllegalArgumentException("'" + text + "' is finer than a millisecond");
    }
    return duration;
  }

  /**
   * Formats a duration so that {@link #parse} and Go's {@code time.ParseDuration} both read it back exactly:
   * {@code 1m30s}, {@code 1s500ms}, {@code 0s}.
   */
  public static String format(Duration duration) {
    return Durations.format(duration);
  }
}
