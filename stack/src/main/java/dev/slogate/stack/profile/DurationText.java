package dev.slogate.stack.profile;

import dev.slogate.config.Durations;
import java.time.Duration;

/**
 * Durations in profiles: slogate's one grammar ({@link Durations}: {@code 250us}, {@code 5ms}, {@code 1.5s},
 * {@code 1m30s}). Kept under this name for the profile readers and writers that call it.
 */
public final class DurationText {

  private DurationText() {}

  /**
   * Parses a duration such as {@code 5ms}.
   *
   * @throws IllegalArgumentException with a one-line reason when the text is not a duration
   */
  public static Duration parse(String text) {
    return Durations.parse(text);
  }

  /** Writes a duration exactly, in the largest unit that divides it: 1500us, 2ms, 90s. */
  public static String format(Duration duration) {
    return Durations.formatInLargestUnit(duration);
  }
}
