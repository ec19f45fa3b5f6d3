package dev.slogate.stack;

/** The stack could not do what was asked of it: a replica did not start, a call to it failed. */
public class StackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
