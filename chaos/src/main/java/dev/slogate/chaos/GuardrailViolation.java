package dev.slogate.chaos;

/**
 * A backend refused an experiment before touching anything, because it would hit something it must not:
 * a namespace outside the allow-list, a protected namespace, or too large a share of the targets.
 * The message is one sentence naming the rule and how to allow the experiment on purpose.
 */
public final class GuardrailViolation extends ChaosException {

  private static final long serialVersionUID = 1L;

  public GuardrailViolation(String message) {
    super(message);
  }
}
