package dev.slogate.slo.eval;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.spec.PhaseSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stage 1b: the windows an objective is judged on, from its phase selectors. Without a plan every selector
 * means the one whole-run window, and the scope says so.
 */
final class PhaseSelection {

  /**
   * @param windows the selected windows, in plan order; empty when nothing matched
   * @param scope how sentences name them: "in steady", "in the whole run (no run plan…)"
   * @param problem why nothing could be selected, or null
   */
  record Selected(List<PhaseWindow> windows, String scope, String problem) {}

  private PhaseSelection() {}

  static Selected select(List<PhaseWindow> windows, RunPlan plan, List<PhaseSelector> selectors) {
    if (plan == null || plan.phases().isEmpty()) {
      String asked = selectors.stream().map(PhaseSelector::toString).collect(Collectors.joining(", "));
      boolean onlyAll = selectors.stream().allMatch(PhaseSelector::isAll);
      String scope = onlyAll
          ? "in the whole run (no run plan)"
          : "in the whole run (no run plan, so '" + asked + "' is the whole run, warm-up included)";
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
      String asked = selectors.stream().map(PhaseSelector::toString).collect(Collectors.joining(", "));
      String available = plan.phases().stream()
          .map(p -> p.name().equals(p.kind().id()) ? p.name() : p.name() + " (" + p.kind().id() + ")")
          .collect(Collectors.joining(", "));
      return new Selected(List.of(), "", "the run plan has no phase matching '" + asked + "' (its phases: " + available + ")");
    }
    String names = selected.stream().map(PhaseWindow::phase).collect(Collectors.joining(" + "));
    return new Selected(selected, "in " + names, null);
  }
}
