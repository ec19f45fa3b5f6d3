package dev.slogate.slo.eval;

import dev.slogate.slo.spec.NotVerifiableObjective;

/**
 * A documented objective that this evaluation could not cover, listed so that it is seen. It has no verdict
 * and cannot make the overall verdict pass or fail.
 */
public record NotCovered(NotVerifiableObjective objective) {

  public String name() {
    return objective.name();
  }

  public String reason() {
    return objective.reason();
  }
}
