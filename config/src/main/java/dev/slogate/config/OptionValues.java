package dev.slogate.config;

import dev.slogate.config.internal.options.EnvironmentNames;
import dev.slogate.config.internal.options.Suggestions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The values of slogate's options as one run sees them, layered from weakest to strongest:
 * <ol>
 *   <li>the default of each {@link Option} ({@link Defaults});
 *   <li>the file {@value #FILE_NAME} in the working directory, if there is one ({@code key=value} lines);
 *   <li>the environment: {@code slogate.stack.addLatency} is {@code SLOGATE_STACK_ADD_LATENCY} (upper case,
 *       dots and camel-case humps become underscores);
 *   <li>{@code -D} system properties;
 *   <li>the command line ({@link #withCommandLine}).
 * </ol>
 * A stronger layer replaces a weaker one's value; a blank value counts as not set. Immutable.
 *
 * <p>{@link #checkKnown()} refuses a key no option has, in any layer, with a "did you mean": a typo must not
 * silently do nothing. The environment variables that are not options ({@code SLOGATE_REQUIRE_ALL},
 * {@code SLOGATE_JAVA_OPTS}, the tokens {@code SLOGATE_<SYSTEM>_TOKEN[_FILE]}) are neither read nor checked,
 * and no message ever shows an environment variable's value.
 */
public final class OptionValues {

  /** The optional file of option values, in the working directory. */
  public static final String FILE_NAME = "slogate.properties";

  /** Where a value comes from, weakest first. */
  public enum Layer {
    DEFAULT("default"), FILE(FILE_NAME), ENVIRONMENT("environment"), SYSTEM_PROPERTY("system property"),
    COMMAND_LINE("command line");

    private final String description;

    Layer(String description) {
      this.description = description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** A value set by a layer under the name it was set with (a key, or an environment variable). */
  private record Setting(String value, Layer layer, String name) {}

  private static final Map<String, String> KEY_BY_VARIABLE = Options.all().stream()
      .collect(Collectors.toMap(Option::environmentName, Option::key));

  private final Map<String, Setting> byKey;
  private final List<Setting> unknown;

  private OptionValues(Map<String, Setting> byKey, List<Setting> unknown) {
    this.byKey = Collections.unmodifiableMap(byKey);
    this.unknown = List.copyOf(unknown);
  }

  /** The values of this process: {@value #FILE_NAME} in the working directory, the environment, system properties. */
  public static OptionValues load() {
    return layered(readFile(Path.of(FILE_NAME)), System.getenv(), System.getProperties());
  }

  /**
   * Layers the given sources; for tests and for tools that read another folder's file.
   *
   * @param file the file's entries (empty when there is no file)
   * @param environment all environment variables; only {@code SLOGATE_*} ones are looked at
   * @param systemProperties all system properties; only {@code slogate.*} ones are looked at
   */
  public static OptionValues layered(Map<String, String> file, Map<String, String> environment,
      Properties systemProperties) {
    Map<String, Setting> byKey = new TreeMap<>();
    List<Setting> unknown = new ArrayList<>();
    file.forEach((key, value) -> put(byKey, unknown, key, new Setting(value, Layer.FILE, key)));
    new TreeMap<>(environment).forEach((variable, value) -> {
      if (variable.startsWith(EnvironmentNames.PREFIX) && !EnvironmentNames.isExempt(variable)) {
        String key = KEY_BY_VARIABLE.get(variable);
        Setting setting = new Setting(value, Layer.ENVIRONMENT, variable);
        if (key == null) {
          unknown.add(setting);
        } else {
          put(byKey, unknown, key, setting);
        }
      }
    });
    Map<String, String> properties = new TreeMap<>();
    systemProperties.forEach((name, value) -> properties.put(name.toString(), String.valueOf(value)));
    properties.forEach((name, value) -> {
      if (name.startsWith(Options.PREFIX)) {
        put(byKey, unknown, name, new Setting(value, Layer.SYSTEM_PROPERTY, name));
      }
    });
    return new OptionValues(byKey, unknown);
  }

  /** Values that are all of one layer and never checked: what {@code Settings.of} and tests build. */
  public static OptionValues of(Map<String, String> values) {
    Map<String, Setting> byKey = new TreeMap<>();
    values.forEach((key, value) -> byKey.put(key, new Setting(value, Layer.SYSTEM_PROPERTY, key)));
    return new OptionValues(byKey, List.of());
  }

  /** These values with the command line's on top; keys are full {@code slogate.*} keys. */
  public OptionValues withCommandLine(Map<String, String> commandLine) {
    Map<String, Setting> byKey = new TreeMap<>(this.byKey);
    List<Setting> unknown = new ArrayList<>(this.unknown);
    commandLine.forEach((key, value) -> put(byKey, unknown, key, new Setting(value, Layer.COMMAND_LINE, key)));
    return new OptionValues(byKey, unknown);
  }

  private static void put(Map<String, Setting> byKey, List<Setting> unknown, String key, Setting setting) {
    if (setting.value() == null || setting.value().isBlank()) {
      return;
    }
    if (Options.named(key).isEmpty()) {
      unknown.add(setting);
    }
    byKey.put(key, setting);
  }

  /**
   * These values, once every layer named only known keys.
   *
   * @throws InvalidOptionException for the first unknown key, one line with the nearest known key if any
   */
  public OptionValues checkKnown() {
    if (unknown.isEmpty()) {
      return this;
    }
    Setting first = unknown.get(0);
    boolean variable = first.layer() == Layer.ENVIRONMENT;
    List<String> known = variable ? List.copyOf(KEY_BY_VARIABLE.keySet())
        : Options.all().stream().map(Option::key).toList();
    String more = unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "";
    String suggestion = Suggestions.nearest(first.name(), known).map(k -> "; did you mean " + k + "?")
        .orElse("; `slogate help` lists the options");
    throw new InvalidOptionException("unknown option " + first.name() + " (" + describe(first) + ")" + suggestion
        + more);
  }

  private static String describe(Setting setting) {
    return setting.layer() == Layer.ENVIRONMENT ? "environment variable" : setting.layer().toString();
  }

  /** The text an option is set to by the strongest layer that sets it; empty when none does (defaults aside). */
  public Optional<String> raw(String key) {
    Setting setting = byKey.get(key);
    return setting == null ? Optional.empty() : Optional.of(setting.value().trim());
  }

  /** The layer that set a key, {@link Layer#DEFAULT} when none did. */
  public Layer layerOf(String key) {
    Setting setting = byKey.get(key);
    return setting == null ? Layer.DEFAULT : setting.layer();
  }

  /**
   * An option's value when a layer sets it; empty otherwise, so that "not set" stays distinct from "set to the
   * default".
   *
   * @throws InvalidOptionException naming the key when the value does not parse
   */
  public <T> Optional<T> get(Option<T> option) {
    return raw(option.key()).map(option::parse);
  }

  /** An option's value, or its default. */
  public <T> Optional<T> orDefault(Option<T> option) {
    return get(option).or(option::defaultValue);
  }

  /** Every key a layer sets, with its text: what a run plan records. Environment values of options are included. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    byKey.forEach((key, setting) -> map.put(key, setting.value().trim()));
    return Collections.unmodifiableMap(map);
  }

  /** As properties, for code that reads {@link Properties}. */
  public Properties asProperties() {
    Properties properties = new Properties();
    properties.putAll(asMap());
    return properties;
  }

  /**
   * Reads a {@value #FILE_NAME} file; empty when it does not exist.
   *
   * @throws InvalidOptionException when it exists but cannot be read
   */
  public static Map<String, String> readFile(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidOptionException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return properties.stringPropertyNames().stream()
        .collect(Collectors.toMap(Function.identity(), properties::getProperty, (a, b) -> b, TreeMap::new));
  }
}
