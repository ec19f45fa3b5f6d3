package dev.slogate.config;

import java.time.Duration;
import java.util.Optional;

/** The chaos stage's options, as set; empty where no layer sets it ({@link Options} holds each default). */
public record ChaosOptions(Optional<String> experiments, Optional<String> backend, Optional<String> namespaces,
    Optional<Duration> restartDelay, Optional<Duration> recovery) {

  /** @throws InvalidOptionException naming the key of a value that does not parse */
  public static ChaosOptions from(OptionValues values) {
    return new ChaosOptions(values.get(Options.EXPERIMENT), values.get(Options.CHAOS_BACKEND),
        values.get(Options.CHAOS_NAMESPACES), values.get(Options.CHAOS_RESTART_DELAY),
        values.get(Options.CHAOS_RECOVERY));
  }
}
