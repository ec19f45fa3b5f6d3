package dev.slogate.slo.merge;

/**
 * Runs that cannot be merged: of other simulations, plans, run ids, Gatling versions or objectives, or two of one
 * injector index. The message is one line that names the runs and the difference.
 */
public final class MergeRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  MergeRefusedException(String message) {
    super("cannot merge: " + message);
  }
}
