package dev.slogate.config;

import java.util.Optional;

/**
 * What a run is judged on and where it writes, as set: the SLO, the gate's policy, the baseline, the target, the
 * system and the folders. Empty where no layer sets it; {@link Options} holds each default.
 */
public record RunOptions(Optional<String> slo, Optional<String> gateInconclusive, Optional<String> baseline,
    Optional<String> projectDirectory, Optional<String> output, Optional<String> gatlingResults,
    Optional<String> injectorId, Optional<String> system, Optional<String> target) {

  /** @throws InvalidOptionException naming the key of a value that does not parse */
  public static RunOptions from(OptionValues values) {
    return new RunOptions(values.get(Options.SLO), values.get(Options.GATE_INCONCLUSIVE),
        values.get(Options.BASELINE), values.get(Options.PROJECT_DIR), values.get(Options.OUTPUT),
        values.get(Options.GATLING_RESULTS), values.get(Options.INJECTOR_ID), values.get(Options.SYSTEM),
        values.get(Options.TARGET_URL));
  }
}
