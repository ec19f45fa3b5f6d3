package dev.slogate.chaos.spec;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written the way Chaos Mesh (and Go's {@code time.ParseDuration}) writes them: {@code 500ms},
 * {@code 10s}, {@code 1m30s}, {@code 2h}. Experiment files use this form because the same text then goes
 * unchanged into a Chaos Mesh resource, and people who know Chaos Mesh read it without thinking.
 *
 * <p>Only the units a fault schedule needs are accepted ({@code ms}, {@code s}, {@code m}, {@code h});
 * nanoseconds and microseconds would only invite false precision.
 */
public final class DurationText {

  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  private DurationText() {}

  /**
   * Parses {@code 1m30s}-style text.
   *
   * @throws IllegalArgumentException with a message fit for a user when the text is no such duration
   */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (!WHOLE.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write it like 500ms, 10s, 1m30s or 2h");
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(trimmed);
    while (part.find()) {
      double amount = Double.parseDouble(part.group(1));
      long unitMillis = switch (part.group(2)) {
        case "ms" -> 1L;
        case "s" -> 1_000L;
        case "m" -> 60_000L;
        default -> 3_600_000L;
      };
      double millis = amount * unitMillis;
      if (millis != Math.rint(millis)) {
        throw new IllegalArgumentException("'" + text + "' is finer than a millisecond");
      }
      total = total.plusMillis((long) millis);
    }
    return total;
  }

  /**
   * Formats a duration so that {@link #parse} and Go's {@code time.ParseDuration} both read it back exactly:
   * {@code 1m30s}, {@code 1s500ms}, {@code 0s}.
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration " + duration);
    }
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    long hours = millis / 3_600_000L;
    long minutes = millis / 60_000L % 60;
    long seconds = millis / 1_000L % 60;
    long rest = millis % 1_000L;
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (seconds > 0) {
      text.append(seconds).append('s');
    }
    if (rest > 0) {
      text.append(rest).append("ms");
    }
    return text.toString();
  }
}
