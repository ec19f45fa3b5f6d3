package dev.slogate.simulations;

import dev.slogate.config.Durations;
import dev.slogate.config.InvalidDurationException;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code slogate.*} options a simulation reads, with their defaults from {@link Defaults}. The values are
 * {@link OptionValues}' layers (defaults, {@code slogate.properties}, environment, system properties); keys are
 * the ones {@link Options} lists. Values are parsed when asked for, so that a bad one fails with a message
 * naming the property.
 */
public final class Settings {

  private final Map<String, String> properties;

  private Settings(Map<String, String> properties) {
    this.properties = properties;
  }

  /**
   * The options of this run, from every layer as read once for the run ({@link OptionValues#load()}):
   * {@code slogate.properties} in the working directory, the {@code SLOGATE_*} environment and the
   * {@code slogate.*} system properties.
   *
   * @throws dev.slogate.config.InvalidOptionException in one line, with the nearest known key, when a layer names
   *     a key slogate does not know: a typo must not silently do nothing
   */
  public static Settings from(OptionValues values) {
    return new Settings(new TreeMap<>(values.checkKnown().asMap()));
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
    try {
      return Options.RATE.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "=" + text + " is not a rate (expected e.g. 200 or 200/s)");
    }
  }

  /**
   * {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1m30s}: slogate's one duration grammar ({@link Durations}).
   * A unit is required: a bare number, once read as seconds here, is an error.
   */
  public static Duration parseDuration(String key, String text) {
    try {
      return Durations.parse(text);
    } catch (InvalidDurationException e) {
      if (e.reason() == InvalidDurationException.Reason.NO_UNIT) {
        throw new IllegalArgumentException(key + "=" + text + " has no unit (write e.g. " + text.trim() + "s, "
            + text.trim() + "ms or " + text.trim() + "m)");
      }
      if (e.reason() == InvalidDurationException.Reason.OUT_OF_RANGE) {
        throw new IllegalArgumentException(key + "=" + text + ": " + e.getMessage());
      }
      throw new IllegalArgumentException(key + "=" + text + " is not a duration (expected e.g. 30s, 500ms, 2m)");
    }
  }
}
