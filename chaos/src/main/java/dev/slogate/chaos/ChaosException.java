package dev.slogate.chaos;

/**
 * A fault could not be injected, confirmed, recovered or cleaned up. The message is one sentence that names
 * the resource and says what to do; the cause, when there is one, is kept for logs.
 */
public class ChaosException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ChaosException(String message) {
    super(message);
  }

  public ChaosException(String message, Throwable cause) {
    super(message, cause);
  }
}
