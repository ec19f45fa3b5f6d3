package dev.slogate.injectors;

/** The injectors of a run could not be started, or a backend could not clean up after them. */
public class InjectorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InjectorException(String message) {
    super(message);
  }

  public InjectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
