package dev.slogate.stack;

import dev.slogate.config.Defaults;
import dev.slogate.config.Durations;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.stack.StackConfigException.Reason;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * How to run a stack, on top of its profile. Immutable: every {@code with...} returns a new
 * instance. Unset values are empty, so "not set" stays distinct from "set to the default"; the
 * defaults are the constants below.
 *
 * <p>A degraded stack for negative tests: {@code -Dslogate.stack.addLatency=50ms} adds 50 ms to
 * every route, {@code -Dslogate.stack.errorRatio=0.05} makes 5% of every route's answers fail.
 */
public final class StackOptions {

  public static final String PROFILE_PROPERTY = Options.STACK_PROFILE.key();
  public static final String REPLICAS_PROPERTY = Options.STACK_REPLICAS.key();
  public static final String ADD_LATENCY_PROPERTY = Options.STACK_ADD_LATENCY.key();
  public static final String ERROR_RATIO_PROPERTY = Options.STACK_ERROR_RATIO.key();
  public static final String PORT_PROPERTY = Options.STACK_PORT.key();

  public static final String DEFAULT_PROFILE = Defaults.STACK_PROFILE;
  public static final Duration DEFAULT_START_TIMEOUT = Defaults.STACK_START_TIMEOUT;

  private static final StackOptions DEFAULTS = new StackOptions(null, null, null, null, null, null);

  private final String profile;
  private final Integer replicas;
  private final Duration addedLatency;
  private final Double errorRatio;
  private final Integer frontPort;
  private final Duration startTimeout;

  private StackOptions(String profile, Integer replicas, Duration addedLatency, Double errorRatio,
      Integer frontPort, Duration startTimeout) {
    this.profile = profile;
    this.replicas = replicas;
    this.addedLatency = addedLatency;
    this.errorRatio = errorRatio;
    this.frontPort = frontPort;
    this.startTimeout = startTimeout;
  }

  /** Nothing set: the profile decides everything. */
  public static StackOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Reads {@code slogate.stack.profile}, {@code slogate.stack.replicas}, {@code slogate.stack.addLatency}
   * (e.g. {@code 50ms}), {@code slogate.stack.errorRatio} (e.g. {@code 0.05}) and {@code slogate.stack.port}
   * from every layer of {@link OptionValues} (the file {@code slogate.properties}, the environment, the system
   * properties); absent or blank ones stay unset.
   *
   * @throws StackConfigException naming the property when a value is malformed
   */
  public static StackOptions fromSystemProperties() {
    return fromProperties(OptionValues.load().asProperties());
  }

  /** As {@link #fromSystemProperties()}, from any properties. */
  public static StackOptions fromProperties(Properties properties) {
    StackOptions options = DEFAULTS;
    String profile = value(properties, PROFILE_PROPERTY);
    if (profile != null) {
      options = options.withProfile(profile);
    }
    String replicas = value(properties, REPLICAS_PROPERTY);
    if (replicas != null) {
      int count = parseInt(REPLICAS_PROPERTY, replicas);
      options = named(REPLICAS_PROPERTY, options, o -> o.withReplicas(count));
    }
    String latency = value(properties, ADD_LATENCY_PROPERTY);
    if (latency != null) {
      try {
        options = options.withAddedLatency(Durations.parse(latency));
      } catch (IllegalArgumentException e) {
        throw invalid(ADD_LATENCY_PROPERTY + ": " + e.getMessage());
      }
    }
    String ratio = value(properties, ERROR_RATIO_PROPERTY);
    if (ratio != null) {
      double value;
      try {
        value = Double.parseDouble(ratio);
      } catch (NumberFormatException e) {
        throw invalid(ERROR_RATIO_PROPERTY + ": '" + ratio + "' is not a number");
      }
      options = named(ERROR_RATIO_PROPERTY, options, o -> o.withErrorRatio(value));
    }
    String port = value(properties, PORT_PROPERTY);
    if (port != null) {
      int number = parseInt(PORT_PROPERTY, port);
      options = named(PORT_PROPERTY, options, o -> o.withFrontPort(number));
    }
    return options;
  }

  /** A profile name on the classpath ({@code default}) or a YAML file path. */
  public StackOptions withProfile(String nameOrPath) {
    Objects.requireNonNull(nameOrPath, "nameOrPath");
    return new StackOptions(nameOrPath, replicas, addedLatency, errorRatio, frontPort, startTimeout);
  }

  /** Overrides the profile's replica count. */
  public StackOptions withReplicas(int count) {
    if (count < 1 || count > StackProfile.MAX_REPLICAS) {
      throw invalid("replicas must be within 1.." + StackProfile.MAX_REPLICAS + ", got " + count);
    }
    return new StackOptions(profile, count, addedLatency, errorRatio, frontPort, startTimeout);
  }

  /** Added to every route's delay, on every replica. */
  public StackOptions withAddedLatency(Duration latency) {
    if (latency == null || latency.isNegative()) {
      throw invalid("added latency must not be negative, got " + latency);
    }
    return new StackOptions(profile, replicas, latency, errorRatio, frontPort, startTimeout);
  }

  /** Replaces every route's error ratio (each route keeps its error status). */
  public StackOptions withErrorRatio(double ratio) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw invalid("error ratio must be within [0, 1], got " + ratio);
    }
    return new StackOptions(profile, replicas, addedLatency, ratio, frontPort, startTimeout);
  }

  /** The balancer's port on 127.0.0.1; 0 (the default) picks a free one. */
  public StackOptions withFrontPort(int port) {
    if (port < 0 || port > 65535) {
      throw invalid("port must be within 0..65535, got " + port);
    }
    return new StackOptions(profile, replicas, addedLatency, errorRatio, port, startTimeout);
  }

  /** How long start-up may take before it fails; {@link #DEFAULT_START_TIMEOUT} otherwise. */
  public StackOptions withStartTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw invalid("start timeout must be positive, got " + timeout);
    }
    return new StackOptions(profile, replicas, addedLatency, errorRatio, frontPort, timeout);
  }

  public Optional<String> profile() {
    return Optional.ofNullable(profile);
  }

  public OptionalInt replicas() {
    return replicas == null ? OptionalInt.empty() : OptionalInt.of(replicas);
  }

  public Optional<Duration> addedLatency() {
    return Optional.ofNullable(addedLatency);
  }

  public OptionalDouble errorRatio() {
    return errorRatio == null ? OptionalDouble.empty() : OptionalDouble.of(errorRatio);
  }

  public OptionalInt frontPort() {
    return frontPort == null ? OptionalInt.empty() : OptionalInt.of(frontPort);
  }

  public Optional<Duration> startTimeout() {
    return Optional.ofNullable(startTimeout);
  }

  /** True when latency is added or the error ratio is overridden. */
  public boolean isDegraded() {
    return (addedLatency != null && !addedLatency.isZero()) || errorRatio != null;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StackOptions{");
    profile().ifPresent(p -> sb.append("profile=").append(p).append(' '));
    replicas().ifPresent(r -> sb.append("replicas=").append(r).append(' '));
    addedLatency().ifPresent(l -> sb.append("addLatency=").append(Durations.formatInLargestUnit(l)).append(' '));
    errorRatio().ifPresent(r -> sb.append("errorRatio=").append(r).append(' '));
    frontPort().ifPresent(p -> sb.append("port=").append(p).append(' '));
    startTimeout().ifPresent(t -> sb.append("startTimeout=").append(Durations.formatInLargestUnit(t)).append(' '));
    return sb.toString().trim() + "}";
  }

  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static StackOptions named(String property, StackOptions options, UnaryOperator<StackOptions> change) {
    try {
      return change.apply(options);
    } catch (StackConfigException e) {
      throw invalid(property + ": " + e.getMessage());
    }
  }

  private static int parseInt(String property, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(property + ": '" + value + "' is not a whole number");
    }
  }

  private static StackConfigException invalid(String message) {
    return new StackConfigException(Reason.INVALID_OPTION, message);
  }
}
