package dev.slogate.config;

import dev.slogate.config.internal.options.EnvironmentNames;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@code slogate.*} option: its key, the concern it belongs to, its type, its default and one line of
 * documentation. Immutable. Every option slogate knows is a constant of {@link Options}; values come from
 * {@link OptionValues}, which layers the sources.
 *
 * @param <T> what a value parses to
 */
public final class Option<T> {

  /** What an option is about; the README's table and {@code slogate help} list options by concern. */
  public enum Concern {
    RUN("run, gate and output"),
    TARGET("target"),
    LOAD("load shape (generic simulations)"),
    STACK("embedded reference stack"),
    CHAOS("chaos"),
    SEEDS("seed systems"),
    INJECTORS("several injectors"),
    BUILD("build and tests");

    private final String title;

    Concern(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  private final String key;
  private final Concern concern;
  private final String type;
  private final Function<String, T> parser;
  private final T defaultValue;
  private final String defaultText;
  private final String documentation;

  private Option(String key, Concern concern, String type, Function<String, T> parser, T defaultValue,
      String defaultText, String documentation) {
    if (!key.startsWith(Options.PREFIX)) {
      throw new IllegalArgumentException("an option key starts with " + Options.PREFIX + ": " + key);
    }
    this.key = key;
    this.concern = Objects.requireNonNull(concern, "concern");
    this.type = type;
    this.parser = parser;
    this.defaultValue = defaultValue;
    this.defaultText = defaultText;
    this.documentation = documentation;
  }

  static Option<String> text(String key, Concern concern, String defaultValue, String documentation) {
    return new Option<>(key, concern, "text", String::trim, defaultValue, defaultValue, documentation);
  }

  static Option<Duration> duration(String key, Concern concern, Duration defaultValue, String documentation) {
    return new Option<>(key, concern, "duration", Durations::parse, defaultValue,
        defaultValue == null ? null : Durations.format(defaultValue), documentation);
  }

  static Option<Double> rate(String key, Concern concern, Double defaultValue, String documentation) {
    return new Option<>(key, concern, "rate", Option::parseRate, defaultValue,
        defaultValue == null ? null : number(defaultValue) + "/s", documentation);
  }

  static Option<Double> number(String key, Concern concern, Double defaultValue, String documentation) {
    return new Option<>(key, concern, "number", Option::parseNumber, defaultValue,
        defaultValue == null ? null : number(defaultValue), documentation);
  }

  static Option<Integer> integer(String key, Concern concern, Integer defaultValue, String documentation) {
    return new Option<>(key, concern, "whole number", Option::parseInteger, defaultValue,
        defaultValue == null ? null : defaultValue.toString(), documentation);
  }

  /** An instant as epoch milliseconds, such as {@code date +%s%3N} prints. */
  static Option<Long> epochMillis(String key, Concern concern, String documentation) {
    return new Option<>(key, concern, "epoch milliseconds", Option::parseEpochMillis, null, null, documentation);
  }

  static Option<Boolean> flag(String key, Concern concern, boolean defaultValue, String documentation) {
    return new Option<>(key, concern, "true or false", Option::parseFlag, defaultValue,
        Boolean.toString(defaultValue), documentation);
  }

  static Option<String> choice(String key, Concern concern, String defaultValue, String documentation,
      String... choices) {
    List<String> allowed = Arrays.asList(choices);
    return new Option<>(key, concern, String.join(" or ", allowed), text -> {
      String value = text.trim().toLowerCase(Locale.ROOT);
      if (!allowed.contains(value)) {
        throw new IllegalArgumentException("expected " + String.join(" or ", allowed));
      }
      return value;
    }, defaultValue, defaultValue, documentation);
  }

  /** The same option, documented with a default that depends on where it is read (a seed system, a simulation). */
  Option<T> describedDefault(String text) {
    return new Option<>(key, concern, type, parser, defaultValue, text, documentation);
  }

  /** The same option without a default value of its own, documented as {@code text}. */
  Option<T> noDefault(String text) {
    return new Option<>(key, concern, type, parser, null, text, documentation);
  }

  public String key() {
    return key;
  }

  public Concern concern() {
    return concern;
  }

  /** What the value is: {@code duration}, {@code rate}, {@code number}, {@code text}, {@code fail or pass}... */
  public String type() {
    return type;
  }

  /** The default when no layer sets the option; empty when the option has none or it depends on the run. */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The default as documentation shows it; empty when there is none. */
  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  public String documentation() {
    return documentation;
  }

  /** The environment variable that sets this option: {@code slogate.stack.addLatency} is {@code SLOGATE_STACK_ADD_LATENCY}. */
  public String environmentName() {
    return EnvironmentNames.of(key);
  }

  /**
   * Parses a value of this option.
   *
   * @throws InvalidOptionException naming the key, with a one-line reason
   */
  public T parse(String text) {
    try {
      return parser.apply(text);
    } catch (InvalidDurationException e) {
      throw new InvalidOptionException(key + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      String noun = type.contains(" or ") ? "one of " + type.replace(" or ", ", ") : "a " + type;
      throw new InvalidOptionException(key + "=" + text.trim() + " is not " + noun + " (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String toString() {
    return key;
  }

  /** {@code 250} or {@code 250/s}: per second, at least zero. */
  static double parseRate(String text) {
    return nonNegative(text.toLowerCase(Locale.ROOT).replace("/s", "").trim(), "expected e.g. 200 or 200/s");
  }

  private static double parseNumber(String text) {
    return nonNegative(text.trim(), "expected a number such as 0.05");
  }

  private static double nonNegative(String number, String expected) {
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(expected);
    }
    if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(expected + ", at least 0");
    }
    return value;
  }

  private static int parseInteger(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number up to " + Integer.MAX_VALUE);
    }
  }

  private static long parseEpochMillis(String text) {
    try {
      long millis = Long.parseLong(text.trim());
      if (millis <= 0) {
        throw new NumberFormatException();
      }
      return millis;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected epoch milliseconds, such as `date +%s%3N` prints");
    }
  }

  private static boolean parseFlag(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
