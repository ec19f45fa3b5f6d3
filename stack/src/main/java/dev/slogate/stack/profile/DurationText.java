package dev.slogate.stack.profile;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written with their unit, as people write them in profiles and on command lines:
 * {@code 250us}, {@code 5ms}, {@code 1.5s}. A bare number is refused because "500" could mean
 * anything; fractions are allowed as long as the result is a whole number of nanoseconds.
 */
public final class DurationText {

  private static final Pattern FORMAT =
      Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|h)\\s*");
  private static final String UNITS = "ns, us, ms, s, m or h";

  private DurationText() {}

  /**
   * Parses a duration such as {@code 5ms}.
   *
   * @throws IllegalArgumentException with a one-line reason when the text is not a duration
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty duration (expected e.g. 5ms, 250us, 1.5s)");
    }
    Matcher m = FORMAT.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      String hint = text.trim().matches("\\d+(\\.\\d+)?")
          ? "a unit is required (" + UNITS + ")"
          : "expected a number and a unit (" + UNITS + "), e.g. 5ms";
      throw new IllegalArgumentException("invalid duration '" + text.trim() + "': " + hint);
    }
    BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPer(m.group(2))));
    try {
      return Duration.ofNanos(nanos.longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("invalid duration '" + text.trim()
          + "': not a whole number of nanoseconds, or too large");
    }
  }

  /** Writes a duration exactly, in the largest unit that divides it: 1500us, 2ms, 90s. */
  public static String format(Duration duration) {
    long nanos = duration.toNanos();
    if (nanos < 0) {
      throw new IllegalArgumentException("negative duration " + duration);
    }
    if (nanos == 0) {
      return "0ms";
    }
    String[] units = {"h", "m", "s", "ms", "us"};
    for (String unit : units) {
      long per = nanosPer(unit);
      if (nanos % per == 0) {
        return (nanos / per) + unit;
      }
    }
    return nanos + "ns";
  }

  private static long nanosPer(String unit) {
    switch (unit) {
      case "ns": return 1L;
      case "us":
      case "µs": return 1_000L;
      case "ms": return 1_000_000L;
      case "s": return 1_000_000_000L;
      case "m": return 60_000_000_000L;
      case "h": return 3_600_000_000_000L;
      default: throw new IllegalStateException(unit);
    }
  }
}
