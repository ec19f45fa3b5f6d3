package dev.slogate.chaos.spec;

/**
 * A spec value that breaks a rule, named by the field it is about.
 *
 * <p>The model's constructors throw it, so a spec built in code fails the same way as one read from a
 * file. The parser turns the field (relative to the object that threw) into a full path and finds the
 * line and column of that field in the file.
 */
public final class SpecViolation extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field dotted path relative to the object being built ({@code "latency"},
   *     {@code "kubernetes.containers"}), or {@code ""} for the object itself
   * @param message what is wrong, in words a user can act on
   */
  public SpecViolation(String field, String message) {
    super(field.isEmpty() ? message : field + ": " + message);
    this.field = field;
  }

  /** Dotted path relative to the object that threw, {@code ""} for the object itself. */
  public String field() {
    return field;
  }

  /** The message without the field prefix. */
  public String reason() {
    String full = getMessage();
    return field.isEmpty() ? full : full.substring(field.length() + 2);
  }

  static void require(boolean rule, String field, String message) {
    if (!rule) {
      throw new SpecViolation(field, message);
    }
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new SpecViolation(field, "is required");
    }
    return value;
  }
}
