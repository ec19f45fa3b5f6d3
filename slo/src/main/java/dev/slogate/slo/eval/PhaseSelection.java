package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.spec.PhaseSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1b: the windows an objective is judged on, from its phase selectors. Without a plan every selector
 * means the one whole-run window, and the scope says so.
 */
final class PhaseSelection {

  /**
   * @param windows the selected windows, in plan order; empty when nothing matched
   * @param scope the selected phases and how they were chosen
   * @param problem why nothing could be selected, or null
   */
  record Selected(List<PhaseWindow> windows, PhaseScope scope, Reason.NothingSelected problem) {}

  private PhaseSelection() {}

  static Selected select(List<PhaseWindow> windows, RunPlan plan, List<PhaseSelector> selectors) {
    if (plan == null || plan.phases().isEmpty()) {
      List<String> asked = selectors.stream().map(PhaseSelector::toString).toList();
      boolean onlyAll = selectors.stream().allMatch(PhaseSelector::isAll);
      PhaseScope scope = new PhaseScope(onlyAll ? PhaseScope.Kind.WHOLE_RUN : PhaseScope.Kind.WHOLE_RUN_FOR_ASKED,
          windows.stream().map(PhaseWindow::phase).toList(), asked);
      return new Selected(windows, scope, null);
    }
    List<PhaseWindow> selected = new ArrayList<>();
    for (int i = 0; i < plan.phases().size(); i++) {
      Phase phase = plan.phases().get(i);
      if (selectors.stream().anyMatch(s -> s.matches(phase))) {
        selected.add(windows.get(i));
      }
    }
    if (selected.isEmpty()) {
      List<String> asked = selectors.stream().map(PhaseSelector::toString).toList();
      return new Selected(List.of(), new PhaseScope(PhaseScope.Kind.NONE, List.of(), asked),
          new Reason.NothingSelected(asked, plan.phases()));
    }
    return new Selected(selected,
        new PhaseScope(PhaseScope.Kind.PHASES, selected.stream().map(PhaseWindow::phase).toList(), List.of()), null);
  }
}
