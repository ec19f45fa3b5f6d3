package dev.slogate.simulations.internal.target;

import dev.slogate.config.OptionValues;
import dev.slogate.simulations.Settings;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import dev.slogate.stack.StackProfile;
import java.util.Optional;

/**
 * The embedded reference stack of a run without a target: its profile is read when the simulation is
 * built (so a bad one fails before Gatling starts), the processes start in {@code before()} on the port the
 * HTTP protocol was given, and stop in {@code after()}.
 */
public final class EmbeddedStack implements AutoCloseable {

  private final StackProfile profile;
  private final StackOptions options;
  private RunningStack running;

  private EmbeddedStack(StackProfile profile, StackOptions options) {
    this.profile = profile;
    this.options = options;
  }

  /** Reads the profile and options from the {@code slogate.stack.*} properties, starting nothing yet. */
  public static EmbeddedStack prepare(Target target, Settings settings) {
    return prepare(target, Optional.empty());
  }

  /**
   * As {@link #prepare(Target, Settings)}, with {@code profile} (a name or a file) in place of
   * {@code slogate.stack.profile} when present: a seed simulation's stand-in, chosen without setting a property.
   */
  public static EmbeddedStack prepare(Target target, Optional<String> profile) {
    return prepare(target, profile, OptionValues.load());
  }

  /** As {@link #prepare(Target, Optional)}, from the run's options, read once for the run. */
  public static EmbeddedStack prepare(Target target, Optional<String> profile, OptionValues values) {
    StackOptions read = StackOptions.fromProperties(values.asProperties()).withFrontPort(target.baseUrl().getPort());
    StackOptions options = profile.map(read::withProfile).orElse(read);
    StackProfile loaded = StackProfile.load(options.profile().orElse(StackOptions.DEFAULT_PROFILE));
    return new EmbeddedStack(loaded, options);
  }

  /** How many times faster than the system it stands in for the profile runs that system's timings. */
  public double timeScale() {
    return profile.timeScale();
  }

  public synchronized void start() {
    if (running == null) {
      running = ReferenceStack.start(profile, options);
      System.out.printf("slogate: embedded reference stack '%s' up at %s with %d replicas%s%n",
          running.profile().name(), running.frontUrl(), running.replicas().size(),
          options.isDegraded() ? " (degraded: " + options + ")" : "");
    }
  }

  public synchronized Optional<RunningStack> running() {
    return Optional.ofNullable(running);
  }

  @Override
  public synchronized void close() {
    if (running != null) {
      try {
        running.close();
      } finally {
        running = null;
      }
    }
  }
}
