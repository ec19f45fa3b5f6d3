package dev.slogate.slo.eval;

import dev.slogate.slo.record.ClockOffset;

/**
 * Why a merged run's injectors cannot be added up in a phase ({@link InjectorSetCheck}): one record per kind, worded by
 * reports' {@code Words}.
 */
public sealed interface InjectorProblem {

  /** Injector {@code index} of {@code count} is not in the merged run: its share of the load was never measured. */
  record Missing(int index, int count) implements InjectorProblem {}

  /** The injector's clock was further off than {@link ClockOffset#BOUND_MILLIS}: its seconds do not line up. */
  record ClockBeyondBound(String injector, ClockOffset clock) implements InjectorProblem {}
}
