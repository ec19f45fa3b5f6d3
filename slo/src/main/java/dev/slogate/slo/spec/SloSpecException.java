package dev.slogate.slo.spec;

import dev.slogate.config.SafeText;

/**
 * An SLO file that cannot be used. The message is one line that names the file, the line and column, the
 * field and what is wrong, e.g. {@code slo.yaml:7:5: objectives[1].percentil: unknown field (did you mean
 * 'percentile'?)}. It carries no stack trace: it is about the user's file, not about slogate's code, and a
 * trace would only bury the one line that matters.
 */
public final class SloSpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SloSpecException(String message) {
    // Scrubbed once here: the message may quote any value of the file, a URL with a password included.
    super(SafeText.scrub(message), null, false, false);
  }
}
