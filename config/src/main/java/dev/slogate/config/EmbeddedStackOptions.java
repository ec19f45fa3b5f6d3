package dev.slogate.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The embedded reference stack's options, as set; empty where no layer sets it, and the stack's profile
 * decides. {@code dev.slogate.stack.StackOptions} turns these into a checked stack configuration.
 */
public record EmbeddedStackOptions(Optional<String> profile, Optional<Integer> replicas,
    Optional<Duration> addedLatency, Optional<Double> errorRatio, Optional<Integer> port,
    Optional<String> replicaJvmArgs, Optional<String> classpath, Optional<Integer> frontIoThreads,
    Optional<Integer> replicaIoThreads) {

  /** @throws InvalidOptionException naming the key of a value that does not parse */
  public static EmbeddedStackOptions from(OptionValues values) {
    return new EmbeddedStackOptions(values.get(Options.STACK_PROFILE), values.get(Options.STACK_REPLICAS),
        values.get(Options.STACK_ADD_LATENCY), values.get(Options.STACK_ERROR_RATIO), values.get(Options.STACK_PORT),
        values.get(Options.STACK_REPLICA_JVM_ARGS), values.get(Options.STACK_CLASSPATH),
        values.get(Options.STACK_FRONT_IO_THREADS), values.get(Options.REPLICA_IO_THREADS));
  }
}
