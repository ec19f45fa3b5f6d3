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

  private final List<InjectorProblem> problems;
  private final Optional<Note.UnverifiedClocks> unverified;

  private InjectorSetCheck(List<InjectorProblem> problems, Optional<Note.UnverifiedClocks> unverified) {
    this.problems = List.copyOf(problems);
    this.unverified = unverified;
  }

  static InjectorSetCheck of(RunMetadata metadata) {
    List<InjectorInfo> shared = metadata.injectors().stream().filter(InjectorInfo::shared).toList();
    if (shared.isEmpty()) {
      return new InjectorSetCheck(List.of(), Optional.empty());
    }
    List<InjectorProblem> problems = new ArrayList<>();
    int count = shared.stream().mapToInt(InjectorInfo::count).max().orElse(0);
    Set<Integer> present = shared.stream().map(InjectorInfo::index).collect(Collectors.toCollection(TreeSet::new));
    for (int index = 0; index < count; index++) {
      if (!present.contains(index)) {
        problems.add(new InjectorProblem.Missing(index, count));
      }
    }
    for (InjectorInfo injector : shared) {
      if (injector.clock() != null && injector.clock().beyondBound()) {
        problems.add(new InjectorProblem.ClockBeyondBound(injector.label(), injector.clock()));
      }
    }
    List<Note.UnverifiedClock> unverified = shared.stream()
        .filter(i -> i.clock() == null || !i.clock().verified())
        .map(i -> new Note.UnverifiedClock(i.label(), Optional.ofNullable(i.clock())))
        .toList();
    Optional<Note.UnverifiedClocks> note =
        unverified.isEmpty() ? Optional.empty() : Optional.of(new Note.UnverifiedClocks(unverified));
    return new InjectorSetCheck(problems, note);
  }

  /** What makes every phase of the merged run INVALID; empty when nothing does. */
  List<InjectorProblem> problems() {
    return problems;
  }

  /** The note for a merged run whose clocks were not all measured against the coordinator. */
  Optional<Note.UnverifiedClocks> unverifiedClocks() {
    return unverified;
  }
}
