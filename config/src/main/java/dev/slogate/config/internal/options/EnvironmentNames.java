package dev.slogate.config.internal.options;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an option key becomes an environment variable: upper case, and every dot and every camel-case hump
 * becomes an underscore. {@code slogate.stack.addLatency} is {@code SLOGATE_STACK_ADD_LATENCY},
 * {@code slogate.target} is {@code SLOGATE_TARGET}.
 *
 * <p>Some {@code SLOGATE_*} variables are not options and are never checked nor read here: the tokens
 * {@code SLOGATE_<SYSTEM>_TOKEN} and {@code SLOGATE_<SYSTEM>_TOKEN_FILE}, {@code SLOGATE_REQUIRE_ALL} (the
 * benchmarks' CI switch) and {@code SLOGATE_JAVA_OPTS} (the CLI launcher's JVM flags).
 */
public final class EnvironmentNames {

  /** What every option's variable starts with. */
  public static final String PREFIX = "SLOGATE_";

  private static final Pattern HUMP = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern TOKEN = Pattern.compile("SLOGATE_[A-Z0-9_]+_TOKEN(_FILE)?");

  private EnvironmentNames() {}

  public static String of(String key) {
    return HUMP.matcher(key).replaceAll("_").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** True for the {@code SLOGATE_*} variables that are not options; their values must never be read or shown. */
  public static boolean isExempt(String variable) {
    return variable.equals("SLOGATE_REQUIRE_ALL") || variable.equals("SLOGATE_JAVA_OPTS")
        || TOKEN.matcher(variable).matches();
  }
}
