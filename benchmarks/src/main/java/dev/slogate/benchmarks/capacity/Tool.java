package dev.slogate.benchmarks.capacity;

/** The two injectors whose capacities are compared. */
public enum Tool {
  /** slogate's SteadyLoad, with its run plan, hooks and end-of-run evaluation. */
  SLOGATE("slogate SteadyLoad"),
  /** {@link PlainSteadyLoad}: the same scenario in plain Gatling. */
  PLAIN("plain Gatling");

  private final String label;

  Tool(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
