package dev.slogate.slo.spec;

import java.util.Optional;

/**
 * One promise of an SLO file. Each kind is its own record; {@link WindowObjective}s are judged on the
 * requests of some phases, a {@link FailoverObjective} on a chaos timeline, and a
 * {@link NotVerifiableObjective} is never judged.
 */
public sealed interface Objective permits WindowObjective, FailoverObjective, NotVerifiableObjective {

  /** Unique within its spec. */
  String name();

  ObjectiveKind kind();

  /** Where the promise is written down. */
  Optional<Citation> source();

  /** Free text for people. */
  Optional<String> description();
}
