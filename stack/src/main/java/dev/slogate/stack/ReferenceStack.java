package dev.slogate.stack;

/**
 * Starts the embedded reference stack: a stand-in for a deployed system, and the ground truth
 * for slogate's accuracy tests.
 *
 * <pre>{@code
 * try (RunningStack stack = ReferenceStack.start(StackOptions.fromSystemProperties())) {
 *   String target = stack.frontUrl();   // http://127.0.0.1:PORT
 *   ...
 *   TruthSnapshot truth = stack.groundTruth().snapshot();
 * }
 * }</pre>
 */
public final class ReferenceStack {

  private ReferenceStack() {}

  /**
   * Starts the profile named in {@code options} ({@value StackOptions#DEFAULT_PROFILE} when none
   * is) and returns once every replica listens, answers its readiness check and is in rotation.
   *
   * @throws StackConfigException when the profile cannot be found or read
   * @throws StackException when a replica or the balancer cannot start
   */
  public static RunningStack start(StackOptions options) {
    StackProfile profile = StackProfile.load(options.profile().orElse(StackOptions.DEFAULT_PROFILE));
    return start(profile, options);
  }

  /** Starts {@code profile}; the profile named in {@code options}, if any, is ignored. */
  public static RunningStack start(StackProfile profile, StackOptions options) {
    return RealRunningStack.start(profile, options);
  }

  /** Starts the built-in default profile with default options. */
  public static RunningStack start() {
    return start(StackOptions.defaults());
  }
}
