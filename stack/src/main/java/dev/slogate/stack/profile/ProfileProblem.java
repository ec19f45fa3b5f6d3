package dev.slogate.stack.profile;

/** A profile value that is wrong, with the field it belongs to; the loader adds file and line. */
final class ProfileProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient FieldPath path;

  ProfileProblem(FieldPath path, String message) {
    super(message, null, false, false);
    this.path = path;
  }

  FieldPath path() {
    return path;
  }
}
