package dev.slogate.config;

/**
 * A text that is not a duration in {@link Durations}' grammar. The message is one line fit for a user; the
 * reason lets a reader that words its errors its own way (an SLO file, an experiment file) keep its wording.
 */
public final class InvalidDurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the text. */
  public enum Reason {
    /** Nothing but blanks. */
    EMPTY,
    /** A number without its unit, such as {@code 500}. */
    NO_UNIT,
    /** Not numbers and units at all, or a negative or unknown unit. */
    MALFORMED,
    /** Finer than a nanosecond, such as {@code 1.5ns}. */
    SUB_NANOSECOND,
    /** Longer than a {@link java.time.Duration} of nanoseconds holds. */
    OUT_OF_RANGE
  }

  private final Reason reason;
  private final String text;

  InvalidDurationException(Reason reason, String text, String message) {
    super(message);
    this.reason = reason;
    this.text = text;
  }

  public Reason reason() {
    return reason;
  }

  /** The refused text, trimmed. */
  public String text() {
    return text;
  }
}
