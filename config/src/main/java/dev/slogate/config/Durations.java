package dev.slogate.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of slogate, for options, SLO files, experiment files and stack profiles alike.
 *
 * <p>A duration is one or more parts, each a non-negative decimal number ({@code 5}, {@code 1.5}, {@code .5})
 * followed by its unit, as Go's {@code time.ParseDuration} and Chaos Mesh write them: {@code 500ms}, {@code 1.5s},
 * {@code 1m30s}, {@code 1h2m3.5s}. Units: {@code ns}, {@code us} (or {@code µs}), {@code ms}, {@code s},
 * {@code m} (or {@code min}, as monitoring rules write it) and {@code h}; case does not matter, and blanks
 * around a part are allowed ({@code 12 ms}). A unit is required: a bare {@code 500} could mean milliseconds
 * or seconds, and a guess would silently move a value by a factor of 1,000. Negative durations, fractions of a
 * nanosecond and durations beyond what {@link Duration#toNanos()} holds (about 292 years) are refused with a
 * one-line message.
 */
public final class Durations {

  /** The units a message lists; {@code min} and {@code µs} are accepted spellings of two of them. */
  public static final String UNITS = "ns, us, ms, s, m or h";

  private static final String UNIT = "(ns|us|µs|ms|min|s|m|h)";
  // As Go writes a number: 5, 1.5, .5 and 5. are all numbers.
  private static final String NUMBER = "(\\d+(?:\\.\\d*)?|\\.\\d+)";
  private static final Pattern WHOLE = Pattern.compile("(?:\\s*" + NUMBER + "\\s*" + UNIT + "\\s*)+");
  private static final Pattern PART = Pattern.compile(NUMBER + "\\s*" + UNIT);
  private static final Pattern BARE = Pattern.compile("\\s*" + NUMBER + "\\s*");
  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

  private Durations() {}

  /**
   * Parses a duration such as {@code 5ms} or {@code 1m30s}.
   *
   * @throws InvalidDurationException with a one-line reason when the text is not a duration in this grammar
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidDurationException(InvalidDurationException.Reason.EMPTY, text == null ? "" : text,
          "empty duration (expected e.g. 5ms, 250us, 1.5s)");
    }
    String trimmed = text.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!WHOLE.matcher(lower).matches()) {
      boolean bare = BARE.matcher(lower).matches();
      throw new InvalidDurationException(
          bare ? InvalidDurationException.Reason.NO_UNIT : InvalidDurationException.Reason.MALFORMED, trimmed,
          "invalid duration '" + trimmed + "': " + (bare ? "a unit is required (" + UNITS + ")"
              : "expected a number and a unit (" + UNITS + "), e.g. 5ms"));
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher part = PART.matcher(lower);
    while (part.find()) {
      nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(nanosPer(part.group(2)))));
    }
    if (nanos.compareTo(MAX_NANOS) > 0) {
      throw new InvalidDurationException(InvalidDurationException.Reason.OUT_OF_RANGE, trimmed,
          "invalid duration '" + trimmed + "': too large (at most " + format(Duration.ofNanos(Long.MAX_VALUE)
              .truncatedTo(java.time.temporal.ChronoUnit.HOURS)) + ")");
    }
    try {
      return Duration.ofNanos(nanos.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidDurationException(InvalidDurationException.Reason.SUB_NANOSECOND, trimmed,
          "invalid duration '" + trimmed + "': not a whole number of nanoseconds, or too large");
    }
  }

  /**
   * Writes a duration in parts that {@link #parse} and Go's {@code time.ParseDuration} both read back exactly:
   * {@code 0s}, {@code 500ms}, {@code 1m30s}, {@code 1s500ms}, {@code 25h}, {@code 1ms250us}.
   */
  public static String format(Duration duration) {
    long nanos = nonNegativeNanos(duration);
    if (nanos == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    String[] units = {"h", "m", "s", "ms", "us", "ns"};
    for (String unit : units) {
      long per = nanosPer(unit);
      if (nanos >= per) {
        text.append(nanos / per).append(unit);
        nanos %= per;
      }
    }
    return text.toString();
  }

  /** Writes a duration exactly, as one number in the largest unit that divides it: {@code 1500us}, {@code 90s}. */
  public static String formatInLargestUnit(Duration duration) {
    long nanos = nonNegativeNanos(duration);
    if (nanos == 0) {
      return "0ms";
    }
    for (String unit : new String[] {"h", "m", "s", "ms", "us"}) {
      long per = nanosPer(unit);
      if (nanos % per == 0) {
        return (nanos / per) + unit;
      }
    }
    return nanos + "ns";
  }

  private static long nonNegativeNanos(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration " + duration);
    }
    return duration.toNanos();
  }

  private static long nanosPer(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m", "min" -> 60_000_000_000L;
      case "h" -> 3_600_000_000_000L;
      default -> throw new IllegalStateException(unit);
    };
  }
}
