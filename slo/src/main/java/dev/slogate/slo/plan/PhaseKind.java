package dev.slogate.slo.plan;

import java.util.Locale;

/** What a phase is for. Objectives name the phases they are judged on; the default is {@link #STEADY}. */
public enum PhaseKind {
  /** A cold injector and a cold target lie: nothing is judged here unless asked for. */
  WARM_UP,
  STEADY,
  FAULT,
  RECOVERY,
  COOL_DOWN;

  /** The spelling used in files: {@code warm-up}, {@code steady}, {@code cool-down}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses {@code warm-up}, {@code warmup}, {@code WARM_UP} and the like.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static PhaseKind parse(String text) {
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    if (normalized.equals("WARMUP")) {
      return WARM_UP;
    }
    if (normalized.equals("COOLDOWN")) {
      return COOL_DOWN;
    }
    for (PhaseKind kind : values()) {
      if (kind.name().equals(normalized)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown phase '" + text + "' (expected warm-up, steady, fault, recovery or cool-down)");
  }
}
