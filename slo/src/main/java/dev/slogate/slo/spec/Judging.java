package dev.slogate.slo.spec;

import java.util.List;

/**
 * How an objective that reads phase windows is judged.
 *
 * @param phases the phases whose windows are added together, at least one
 * @param confidence the confidence of the bounds the verdict uses, in (0.5, 1)
 * @param minSamples a minimum sample count required on top of the statistical one; 0 for none
 */
public record Judging(List<PhaseSelector> phases, double confidence, long minSamples) {

  public Judging {
    phases = List.copyOf(phases);
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("an objective is judged on at least one phase");
    }
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0.5, 1): " + confidence);
    }
    if (minSamples < 0) {
      throw new IllegalArgumentException("minSamples cannot be negative: " + minSamples);
    }
  }
}
