package dev.slogate.stack;

import dev.slogate.config.SafeText;

/**
 * Bad input from the user: a profile that cannot be found or read, or an option with a bad
 * value. The message is one line meant to be shown as it is, e.g.
 * {@code my.yaml:12:7: routes[1].latency: unknown field 'lognormall'}.
 */
public class StackConfigException extends StackException {
  private static final long serialVersionUID = 1L;

  /** Why the input was refused; the command line maps each to its own exit code. */
  public enum Reason {
    /** The profile named does not exist. */
    NOT_FOUND,
    /** The profile exists but is not a valid profile. */
    INVALID_PROFILE,
    /** An option or system property has a bad value. */
    INVALID_OPTION
  }

  private final Reason reason;

  public StackConfigException(Reason reason, String message) {
    // Scrubbed once here: the message may quote any value of the profile, a URL with a password included.
    super(SafeText.scrub(message));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
