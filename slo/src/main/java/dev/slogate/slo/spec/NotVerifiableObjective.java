package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * A documented promise that no load test can check (durability over years, a support response time). It
 * stays in the model so that reports list it as "not covered" instead of letting it vanish; it is never
 * judged, so it can never pass.
 *
 * @param reason why it cannot be verified here
 * @param statement what the document promises, as written
 */
public record NotVerifiableObjective(
    String name, Optional<Citation> source, Optional<String> description, String reason, Optional<String> statement)
    implements Objective {

  public NotVerifiableObjective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public ObjectiveKind kind() {
    return ObjectiveKind.NOT_VERIFIABLE;
  }
}
