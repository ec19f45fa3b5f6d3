package dev.slogate.simulations.internal.target;

/** A target that cannot be used; the message is the one line the user sees. */
public final class TargetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TargetException(String message) {
    super(message);
  }
}
