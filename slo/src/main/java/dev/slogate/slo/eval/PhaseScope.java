package dev.slogate.slo.eval;

import java.util.List;

/**
 * Which phases a window objective was judged on, as data; reports word it ("in steady", "in the whole run (no run
 * plan)").
 *
 * @param kind how the phases were chosen
 * @param phases the judged phase names, in plan order ({@code whole-run} without a plan)
 * @param asked the phase selectors as written in the SLO file, for a run without a plan that asked for phases
 */
public record PhaseScope(Kind kind, List<String> phases, List<String> asked) {

  public PhaseScope {
    phases = List.copyOf(phases);
    asked = List.copyOf(asked);
  }

  /** How the judged phases were chosen. */
  public enum Kind {
    /** The plan's phases that the selectors matched. */
    PHASES,
    /** No run plan, and the objective asked for every phase: the whole run. */
    WHOLE_RUN,
    /** No run plan, but the objective asked for some phases: the whole run stands for them, warm-up included. */
    WHOLE_RUN_FOR_ASKED,
    /** No run plan, throughput: the whole run without its partial first and last seconds. */
    WHOLE_RUN_INTERIOR,
    /** The plan has no phase the selectors match: nothing was judged. */
    NONE
  }
}
