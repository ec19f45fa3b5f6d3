package dev.slogate.simulations.internal.scaleout;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What this Gatling JVM is in a run shared by several injectors, from the options: alone (a count of 1, the
 * default), one injector of several (a count and an index: it runs its share), or the coordinator (a count above 1
 * and no index: it injects nothing, starts the injectors, merges and judges).
 *
 * @param count {@code slogate.injectors.count}
 * @param index {@code slogate.injectors.index}; empty for the coordinator and for a run of one
 * @param backend {@code slogate.injectors.backend}: where a coordinator starts its injectors ({@link InjectorBackend})
 * @param startAtMillis {@code slogate.startAt}; empty when none was given
 * @param runId {@code slogate.runId}; empty when none was given
 * @param coordinatorClock {@code slogate.injectors.coordinator}: the time endpoint to measure the clock against
 */
public record ScaleOut(int count, OptionalInt index, String backend, OptionalLong startAtMillis, Optional<String> runId,
    Optional<String> coordinatorClock) {

  public static final String LOCAL = "local";
  public static final String KUBERNETES = "kubernetes";

  /**
   * @throws IllegalArgumentException in one line, naming the option, for a count below 1, an index without a count
   *     above 1 or outside it
   */
  public static ScaleOut read(OptionValues options) {
    int count = options.orDefault(Options.INJECTORS_COUNT).orElse(1);
    Optional<Integer> index = options.get(Options.INJECTORS_INDEX);
    String backend = options.orDefault(Options.INJECTORS_BACKEND).orElse(LOCAL);
    if (count < 1) {
      throw new IllegalArgumentException(Options.INJECTORS_COUNT.key() + " must be at least 1, got " + count);
    }
    if (index.isPresent() && (count < 2 || index.get() < 0 || index.get() >= count)) {
      throw new IllegalArgumentException(Options.INJECTORS_INDEX.key() + "=" + index.get() + " needs "
          + Options.INJECTORS_COUNT.key() + " above the index (got " + count + "): injectors are numbered 0 to count-1");
    }
    Optional<Long> startAt = options.get(Options.START_AT);
    return new ScaleOut(count, index.map(OptionalInt::of).orElse(OptionalInt.empty()), backend,
        startAt.map(OptionalLong::of).orElse(OptionalLong.empty()),
        options.get(Options.RUN_ID).filter(s -> !s.isBlank()), options.get(Options.INJECTORS_COORDINATOR));
  }

  /** A run of one injector: nothing shared. */
  public boolean alone() {
    return count == 1;
  }

  /** This JVM injects nothing: it starts the injectors, merges and judges. */
  public boolean coordinator() {
    return count > 1 && index.isEmpty();
  }

  /** This JVM runs injector {@code index}'s share. */
  public boolean injector() {
    return index.isPresent();
  }
}
