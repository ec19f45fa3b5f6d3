package dev.slogate.simulations;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code slogate.*} system properties a simulation reads, with their defaults from {@link Defaults}.
 * Values are parsed when asked for, so that a bad one fails with a message naming the property.
 */
public final class Settings {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

  private final Map<String, String> properties;

  private Settings(Map<String, String> properties) {
    this.properties = properties;
  }

  public static Settings fromSystemProperties() {
    Map<String, String> slogate = new TreeMap<>();
    System.getProperties().forEach((key, value) -> {
      if (key.toString().startsWith("slogate.")) {
        slogate.put(key.toString(), value.toString());
      }
    });
    return new Settings(slogate);
  }

  public static Settings of(Map<String, String> properties) {
    return new Settings(new TreeMap<>(properties));
  }

  public Optional<String> get(String key) {
    String value = properties.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  public double rate(String key, double defaultValue) {
    return get(key).map(v -> parseRate(key, v)).orElse(defaultValue);
  }

  public int integer(String key, int defaultValue) {
    return get(key).map(v -> {
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + "=" + v + " is not a whole number");
      }
    }).orElse(defaultValue);
  }

  public Duration duration(String key, Duration defaultValue) {
    return get(key).map(v -> parseDuration(key, v)).orElse(defaultValue);
  }

  /** All slogate properties that were set, for the run plan. */
  public Map<String, String> asMap() {
    return Map.copyOf(properties);
  }

  /** {@code 250}, {@code 250/s}: arrivals per second, at least zero. */
  static double parseRate(String key, String text) {
    String number = text.toLowerCase(Locale.ROOT).replace("/s", "").trim();
    try {
      double rate = Double.parseDouble(number);
      if (rate < 0 || Double.isNaN(rate) || Double.isInfinite(rate)) {
        throw new NumberFormatException();
      }
      return rate;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + "=" + text + " is not a rate (expected e.g. 200 or 200/s)");
    }
  }

  /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}; a bare number is seconds. */
  public static Duration parseDuration(String key, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(key + "=" + text + " is not a duration (expected e.g. 30s, 500ms, 2m)");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis = switch (unit) {
      case "ms" -> amount;
      case "s" -> amount * 1_000;
      case "m", "min" -> amount * 60_000;
      default -> amount * 3_600_000;
    };
    return Duration.ofMillis(Math.round(millis));
  }
}
