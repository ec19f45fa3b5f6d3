package dev.slogate.slo.spec;

import dev.slogate.config.Durations;
import dev.slogate.config.InvalidDurationException;
import dev.slogate.config.YamlNode.ScalarNode;
import dev.slogate.config.YamlNode.ScalarType;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the quantities SLO files write: durations ({@code 100ms}, {@code 0.5s}, {@code 500us}), shares
 * ({@code 0.1%}, {@code 0.001}), rates ({@code 100/s}, {@code 6000/min}), percentiles and confidences. Units
 * are required where a bare number would be ambiguous: a bare {@code 100} as a latency threshold could mean
 * milliseconds or seconds, and guessing wrong silently moves a threshold by a factor of 1,000.
 */
final class Quantities {

  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\s*(-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*(.*?)\\s*");

  // What Duration#toNanos holds, in whole years: the bound Durations refuses beyond.
  private static final String MAX_DURATION_WORDS = "292 years";

  private static final Set<String> SUB_SECOND_UNITS = Set.of("ns", "us", "µs", "ms");

  private final SloSpecErrors errors;

  Quantities(SloSpecErrors errors) {
    this.errors = errors;
  }

  /**
   * A duration in milliseconds, above 0, in slogate's one grammar ({@link Durations}: {@code 100ms}, {@code 0.5s},
   * {@code 500us}, {@code 1s500ms}). What the grammar refuses is worded as SLO files always worded it.
   */
  double millis(ScalarNode value, String path) {
    if (value.type() != ScalarType.BOOLEAN) {
      Optional<Duration> duration = duration(value, path);
      if (duration.isPresent() && !duration.get().isZero()) {
        return duration.get().toNanos() / 1e6;
      }
    }
    Matcher m = NUMBER_AND_UNIT.matcher(value.text());
    if (value.type() == ScalarType.BOOLEAN || !m.matches()) {
      throw errors.at(value.position(), path, "expected a duration such as 100ms, 0.5s or 500us, got " + value.describe());
    }
    switch (m.group(2)) {
      case "" -> throw errors.at(value.position(), path, "missing unit: write " + m.group(1) + "ms, " + m.group(1) + "s or " + m.group(1) + "us");
      case "ns", "us", "µs", "ms", "s", "m", "min", "h" -> {
        if (!(Double.parseDouble(m.group(1)) > 0)) {
          throw errors.at(value.position(), path, "must be above 0, got " + value.describe());
        }
        throw errors.at(value.position(), path, "expected a duration such as 100ms, 0.5s or 500us, got " + value.describe());
      }
      default -> throw errors.at(value.position(), path, "unknown unit '" + m.group(2) + "' (use us, ms or s)");
    }
  }

  /**
   * The length of an alert window in milliseconds, as monitoring rules write it, in slogate's one grammar:
   * {@code 30s}, {@code 5m}, {@code 5min}, {@code 1h}, {@code 1m30s}. At least one second, because a run record counts requests per second; a
   * millisecond unit is refused for the same reason rather than silently rounded.
   */
  double window(ScalarNode value, String path) {
    Matcher unit = NUMBER_AND_UNIT.matcher(value.text());
    if (unit.matches() && SUB_SECOND_UNITS.contains(unit.group(2))) {
      throw errors.at(value.position(), path, "unknown unit '" + unit.group(2) + "' (use s, m or h: a window is at least one second)");
    }
    Optional<Duration> duration = value.type() == ScalarType.BOOLEAN ? Optional.empty() : duration(value, path);
    if (duration.isPresent()) {
      if (duration.get().compareTo(Duration.ofSeconds(1)) < 0) {
        throw errors.at(value.position(), path, "must be at least 1s (a run record counts requests per second), got " + value.describe());
      }
      return duration.get().toNanos() / 1e6;
    }
    Matcher m = NUMBER_AND_UNIT.matcher(value.text());
    if (value.type() == ScalarType.BOOLEAN || !m.matches()) {
      throw errors.at(value.position(), path, "expected a window such as 30s, 5m or 1h, got " + value.describe());
    }
    switch (m.group(2)) {
      case "" -> throw errors.at(value.position(), path, "missing unit: write " + m.group(1) + "s, " + m.group(1) + "m or " + m.group(1) + "h");
      case "ns", "us", "µs", "ms", "s", "m", "min", "h" -> throw errors.at(value.position(), path, "must be at least 1s (a run record counts requests per second), got " + value.describe());
      default -> throw errors.at(value.position(), path, "unknown unit '" + m.group(2) + "' (use s, m or h: a window is at least one second)");
    }
  }

  /** The number of a quantity, refused in one line when a double cannot hold it ({@code 1e400}). */
  private double finiteNumber(String text, ScalarNode value, String path) {
    double number = Double.parseDouble(text);
    if (!Double.isFinite(number)) {
      throw errors.at(value.position(), path, "number out of range, got " + value.describe());
    }
    return number;
  }

  /**
   * The text as a duration of slogate's one grammar; empty when the grammar refuses it (the caller words why). A
   * duration too large for any clock, or a number beyond a double ({@code 1e400ms}), is refused here in one line:
   * before, such a threshold became {@code Long.MAX_VALUE} ms or "never" and every run passed it.
   */
  private Optional<Duration> duration(ScalarNode value, String path) {
    try {
      return Optional.of(Durations.parse(value.text()));
    } catch (InvalidDurationException e) {
      if (e.reason() == InvalidDurationException.Reason.OUT_OF_RANGE) {
        throw errors.at(value.position(), path, "too large: at most " + MAX_DURATION_WORDS + ", got " + value.describe());
      }
      Matcher m = NUMBER_AND_UNIT.matcher(value.text());
      if (m.matches()) {
        finiteNumber(m.group(1), value, path);
      }
      return Optional.empty();
    }
  }

  /**
   * A share in (0, 1): {@code 0.1%} or {@code 0.001}. A bare number above 1 is rejected rather than read as a
   * percentage, because {@code 99.9} and {@code 0.999} would otherwise differ by a forgotten sign.
   */
  double share(ScalarNode value, String path) {
    Matcher m = NUMBER_AND_UNIT.matcher(value.text());
    if (value.type() == ScalarType.BOOLEAN || !m.matches() || !(m.group(2).isEmpty() || m.group(2).equals("%"))) {
      throw errors.at(value.position(), path, "expected a percentage such as 0.1% or a fraction such as 0.001, got " + value.describe());
    }
    double number = finiteNumber(m.group(1), value, path);
    boolean percent = m.group(2).equals("%");
    if (!percent && number > 1) {
      throw errors.at(value.position(), path, "a fraction must be at most 1; write " + m.group(1) + "% for a percentage");
    }
    // Decimal arithmetic: 99.9 / 100 in binary floating point is 0.9990000000000001.
    return percent ? new java.math.BigDecimal(m.group(1)).movePointLeft(2).doubleValue() : number;
  }

  /** A rate in events per second: {@code 100/s}, {@code 100 rps}, {@code 6000/min}. */
  double perSecond(ScalarNode value, String path) {
    Matcher m = NUMBER_AND_UNIT.matcher(value.text());
    if (value.type() == ScalarType.BOOLEAN || !m.matches()) {
      throw errors.at(value.position(), path, "expected a rate such as 100/s, got " + value.describe());
    }
    double number = finiteNumber(m.group(1), value, path);
    double factor = switch (m.group(2).replace(" ", "")) {
      case "/s", "rps", "req/s" -> 1;
      case "/min", "rpm", "req/min" -> 1 / 60.0;
      case "" -> throw errors.at(value.position(), path, "missing unit: write " + m.group(1) + "/s");
      default -> throw errors.at(value.position(), path, "unknown rate unit '" + m.group(2) + "' (use /s or /min)");
    };
    if (!(number > 0)) {
      throw errors.at(value.position(), path, "must be above 0, got " + value.describe());
    }
    return number * factor;
  }

  /** A percentile in (0, 100): {@code 99}, {@code 99.9}. */
  double percentile(ScalarNode value, String path) {
    double number = number(value, path, "a percentile such as 99 or 99.9");
    if (!(number > 0 && number < 100)) {
      throw errors.at(value.position(), path, "must be above 0 and below 100, got " + value.describe());
    }
    return number;
  }

  /** A confidence in (0.5, 1): {@code 0.95} or {@code 95%}. */
  double confidence(ScalarNode value, String path) {
    String text = value.text().trim();
    double number = text.endsWith("%")
        ? number(new ScalarNode(value.position(), text.substring(0, text.length() - 1), ScalarType.NUMBER), path, "a confidence such as 0.95") / 100
        : number(value, path, "a confidence such as 0.95");
    if (!(number > 0.5 && number < 1)) {
      throw errors.at(value.position(), path, "must be above 0.5 and below 1 (such as 0.95), got " + value.describe());
    }
    return number;
  }

  /** A whole number at least 1. */
  long positiveCount(ScalarNode value, String path) {
    if (!value.text().trim().matches("[0-9]+")) {
      throw errors.at(value.position(), path, "expected a whole number, got " + value.describe());
    }
    long count;
    try {
      count = Long.parseLong(value.text().trim());
    } catch (NumberFormatException e) {
      throw errors.at(value.position(), path, "number too large: " + value.describe());
    }
    if (count < 1) {
      throw errors.at(value.position(), path, "must be at least 1, got " + value.describe());
    }
    return count;
  }

  double number(ScalarNode value, String path, String expected) {
    Matcher m = NUMBER_AND_UNIT.matcher(value.text());
    if (value.type() == ScalarType.BOOLEAN || !m.matches() || !m.group(2).isEmpty()) {
      throw errors.at(value.position(), path, "expected " + expected + ", got " + value.describe());
    }
    return finiteNumber(m.group(1), value, path);
  }
}
