package dev.slogate.slo.eval;

import dev.slogate.slo.record.ClockOffset;
import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether a merged run holds every injector of its shared run, each with a clock close enough to the others to add
 * their seconds up ({@link ClockOffset#BOUND_MILLIS}). A missing injector's share of the load was never sent, and a
 * clock too far off shifts one injector's seconds against the others': either makes every phase INVALID, naming the
 * injector. A run of one injector (no share recorded) is not concerned.
 */
final class InjectorSetCheck {

  private final List<String> problems;
  private final Optional<String> unverified;

  private InjectorSetCheck(List<String> problems, Optional<String> unverified) {
    this.problems = List.copyOf(problems);
    this.unverified = unverified;
  }

  static InjectorSetCheck of(RunMetadata metadata) {
    List<InjectorInfo> shared = metadata.injectors().stream().filter(InjectorInfo::shared).toList();
    if (shared.isEmpty()) {
      return new InjectorSetCheck(List.of(), Optional.empty());
    }
    List<String> problems = new ArrayList<>();
    int count = shared.stream().mapToInt(InjectorInfo::count).max().orElse(0);
    Set<Integer> present = shared.stream().map(InjectorInfo::index).collect(Collectors.toCollection(TreeSet::new));
    for (int index = 0; index < count; index++) {
      if (!present.contains(index)) {
        problems.add("injector " + index + " of " + count + " is missing from the merged run (it failed, or its run "
            + "folder was not merged), so its share of the load was never measured");
      }
    }
    for (InjectorInfo injector : shared) {
      if (injector.clock() != null && injector.clock().beyondBound()) {
        problems.add("the clock of " + injector.label() + " was " + injector.clock().describe() + ", beyond the "
            + ClockOffset.BOUND_MILLIS + " ms the merge allows, so its seconds do not line up with the others'");
      }
    }
    List<String> unverifiedLabels = shared.stream()
        .filter(i -> i.clock() == null || !i.clock().verified())
        .map(i -> i.label() + " " + (i.clock() == null ? "not measured" : i.clock().describe()))
        .toList();
    Optional<String> note = unverifiedLabels.isEmpty() ? Optional.empty()
        : Optional.of("The clock offsets of the injectors are unverified (" + String.join("; ", unverifiedLabels)
            + "): only a round trip to the coordinator bounds an offset within " + ClockOffset.BOUND_MILLIS + " ms.");
    return new InjectorSetCheck(problems, note);
  }

  /** What makes every phase of the merged run INVALID; empty when nothing does. */
  List<String> problems() {
    return problems;
  }

  /** The note for a merged run whose clocks were not all measured against the coordinator. */
  Optional<String> unverifiedClocks() {
    return unverified;
  }
}
