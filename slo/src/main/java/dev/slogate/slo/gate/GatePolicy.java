package dev.slogate.slo.gate;

import dev.slogate.config.Options;
import java.util.Locale;

/**
 * What the gate does with an INCONCLUSIVE verdict. INVALID always fails: an injector that never produced
 * the planned load, or a log that ended early, says nothing about the release.
 *
 * @param inconclusivePasses true to let INCONCLUSIVE through; false (the default) fails it
 */
public record GatePolicy(boolean inconclusivePasses) {

  public static final String PROPERTY = Options.GATE_INCONCLUSIVE.key();

  public static final GatePolicy DEFAULT = new GatePolicy(false);

  /**
   * Parses {@code fail} or {@code pass}; null or blank is the default.
   *
   * @throws IllegalArgumentException naming the property and the accepted values
   */
  public static GatePolicy parse(String inconclusive) {
    if (inconclusive == null || inconclusive.isBlank()) {
      return DEFAULT;
    }
    return switch (inconclusive.trim().toLowerCase(Locale.ROOT)) {
      case "fail" -> new GatePolicy(false);
      case "pass" -> new GatePolicy(true);
      default -> throw new IllegalArgumentException(
          PROPERTY + "=" + inconclusive + " is not a policy (expected fail or pass)");
    };
  }

  public String inconclusive() {
    return inconclusivePasses ? "pass" : "fail";
  }
}
