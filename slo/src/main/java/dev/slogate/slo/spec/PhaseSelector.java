package dev.slogate.slo.spec;

import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import java.util.Objects;

/**
 * Which phases of a run plan an objective is judged on: every phase of a kind ({@code steady}), one phase
 * by name ({@code {name: fault-1}}), or {@code all} phases.
 *
 * @param kind the kind selected, or null
 * @param name the phase name selected, or null
 */
public record PhaseSelector(PhaseKind kind, String name) {

  private static final PhaseSelector ALL = new PhaseSelector(null, null);

  public PhaseSelector {
    if (kind != null && name != null) {
      throw new IllegalArgumentException("a phase selector names a kind or a phase, not both");
    }
  }

  public static PhaseSelector all() {
    return ALL;
  }

  public static PhaseSelector ofKind(PhaseKind kind) {
    return new PhaseSelector(Objects.requireNonNull(kind), null);
  }

  public static PhaseSelector named(String name) {
    return new PhaseSelector(null, Objects.requireNonNull(name));
  }

  public boolean isAll() {
    return kind == null && name == null;
  }

  public boolean matches(Phase phase) {
    if (kind != null) {
      return phase.kind() == kind;
    }
    return name == null || phase.name().equals(name);
  }

  /** As written in a file: {@code steady}, {@code all}, {@code name:fault-1}. */
  @Override
  public String toString() {
    return kind != null ? kind.id() : name != null ? "name:" + name : "all";
  }
}
