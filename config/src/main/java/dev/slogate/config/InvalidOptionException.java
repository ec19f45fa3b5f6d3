package dev.slogate.config;

/** An option set to a value of the wrong kind, or an unknown {@code slogate.*} key; the message is one line. */
public final class InvalidOptionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidOptionException(String message) {
    super(message);
  }

  InvalidOptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
