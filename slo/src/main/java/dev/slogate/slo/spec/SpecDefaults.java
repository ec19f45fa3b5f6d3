package dev.slogate.slo.spec;

import dev.slogate.slo.plan.PhaseKind;
import java.util.List;
import java.util.Objects;

/**
 * What objectives get when they do not say: the {@code defaults} block of an SLO file.
 *
 * @param phases judged phases; {@code [steady]} unless set
 * @param confidence 0.95 unless set
 * @param outcome which requests latency objectives read; {@link LatencyOutcome#ALL} unless set
 */
public record SpecDefaults(List<PhaseSelector> phases, double confidence, LatencyOutcome outcome) {

  /** Steady phases, 95% confidence, every request. */
  public static final SpecDefaults STANDARD =
      new SpecDefaults(List.of(PhaseSelector.ofKind(PhaseKind.STEADY)), 0.95, LatencyOutcome.ALL);

  public SpecDefaults {
    phases = List.copyOf(phases);
    Objects.requireNonNull(outcome, "outcome");
  }

  public Judging judging() {
    return new Judging(phases, confidence, 0);
  }
}
