package dev.slogate.slo.spec;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The objectives of one system, as read from its SLO file. Immutable.
 *
 * @param system the system the objectives are about
 * @param version the version of the objectives (of the file, not of the system)
 * @param description free text
 * @param defaults what objectives got when they did not say
 * @param objectives in file order, names unique, at least one
 * @param origin where the spec was read from (a path or a classpath resource), for messages
 * @param readiness the simulation and experiments of the system's readiness sign-off, if the file names them
 */
public record SloSpec(
    String system,
    String version,
    Optional<String> description,
    SpecDefaults defaults,
    List<Objective> objectives,
    String origin,
    Optional<Readiness> readiness) {

  public SloSpec {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(defaults, "defaults");
    Objects.requireNonNull(readiness, "readiness");
    objectives = List.copyOf(objectives);
    if (objectives.isEmpty()) {
      throw new IllegalArgumentException("an SLO spec needs at least one objective");
    }
    Set<String> names = new HashSet<>();
    for (Objective objective : objectives) {
      if (!names.add(objective.name())) {
        throw new IllegalArgumentException("duplicate objective name '" + objective.name() + "'");
      }
    }
  }

  /** A spec without readiness metadata. */
  public SloSpec(
      String system, String version, Optional<String> description, SpecDefaults defaults, List<Objective> objectives,
      String origin) {
    this(system, version, description, defaults, objectives, origin, Optional.empty());
  }

  public Optional<Objective> objective(String name) {
    return objectives.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * A copy holding only some objectives, e.g. without failover objectives for a run that injects no fault.
   *
   * @throws IllegalArgumentException if none is left
   */
  public SloSpec only(Predicate<Objective> keep) {
    return new SloSpec(system, version, description, defaults, objectives.stream().filter(keep).toList(), origin, readiness);
  }

  /** A copy without the objectives of the given kinds. */
  public SloSpec without(ObjectiveKind... kinds) {
    List<ObjectiveKind> dropped = Arrays.asList(kinds);
    return only(o -> !dropped.contains(o.kind()));
  }
}
