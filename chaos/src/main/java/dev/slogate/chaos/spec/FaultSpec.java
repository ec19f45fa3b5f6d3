package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to break, with the parameters of that fault. In a file it is the {@code fault:} mapping, whose
 * {@code type} picks one of the records below; a key that does not belong to that type is an error.
 *
 * <p>Every implementation is an immutable record that checks its own values.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FaultSpec.PodKill.class, name = "pod-kill"),
  @JsonSubTypes.Type(value = FaultSpec.PodFailure.class, name = "pod-failure"),
  @JsonSubTypes.Type(value = FaultSpec.ContainerKill.class, name = "container-kill"),
  @JsonSubTypes.Type(value = FaultSpec.NetworkDelay.class, name = "network-delay"),
  @JsonSubTypes.Type(value = FaultSpec.NetworkLoss.class, name = "network-loss"),
  @JsonSubTypes.Type(value = FaultSpec.NetworkPartition.class, name = "network-partition"),
  @JsonSubTypes.Type(value = FaultSpec.CpuStress.class, name = "cpu-stress"),
  @JsonSubTypes.Type(value = FaultSpec.MemoryStress.class, name = "memory-stress"),
  @JsonSubTypes.Type(value = FaultSpec.HttpAbort.class, name = "http-abort"),
  @JsonSubTypes.Type(value = FaultSpec.HttpDelay.class, name = "http-delay"),
  @JsonSubTypes.Type(value = FaultSpec.RollingRestart.class, name = "rolling-restart")
})
public sealed interface FaultSpec {

  FaultKind kind();

  /** Kills the selected pods once. {@code gracePeriod} is whole seconds, 0 (the default) kills at once. */
  record PodKill(Duration gracePeriod) implements FaultSpec {
    public PodKill {
      required(gracePeriod, "gracePeriod");
      require(!gracePeriod.isNegative() && gracePeriod.toMillis() % 1000 == 0, "gracePeriod",
          "must be whole seconds, 0s or more");
    }

    @JsonCreator
    static PodKill of(@JsonProperty("gracePeriod") Duration gracePeriod) {
      return new PodKill(gracePeriod == null ? Duration.ZERO : gracePeriod);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.POD_KILL;
    }
  }

  /** Makes the selected pods unavailable (their containers paused) for the experiment's duration. */
  record PodFailure() implements FaultSpec {
    @Override
    public FaultKind kind() {
      return FaultKind.POD_FAILURE;
    }
  }

  /** Kills the containers named by the Kubernetes target's {@code containers} in the selected pods. */
  record ContainerKill() implements FaultSpec {
    @Override
    public FaultKind kind() {
      return FaultKind.CONTAINER_KILL;
    }
  }

  /** Adds {@code latency} (± {@code jitter}) to the selected pods' outgoing packets. */
  record NetworkDelay(Duration latency, Duration jitter, int correlation) implements FaultSpec {
    public NetworkDelay {
      required(latency, "latency");
      require(latency.toMillis() > 0, "latency", "must be more than 0ms");
      required(jitter, "jitter");
      require(!jitter.isNegative(), "jitter", "must not be negative");
      require(correlation >= 0 && correlation <= 100, "correlation", "must be a percentage from 0 to 100");
    }

    @JsonCreator
    static NetworkDelay of(@JsonProperty("latency") Duration latency, @JsonProperty("jitter") Duration jitter,
        @JsonProperty("correlation") Integer correlation) {
      return new NetworkDelay(required(latency, "latency"), jitter == null ? Duration.ZERO : jitter,
          correlation == null ? 0 : correlation);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.NETWORK_DELAY;
    }
  }

  /** Drops {@code loss} percent of the selected pods' packets. */
  record NetworkLoss(double loss, int correlation) implements FaultSpec {
    public NetworkLoss {
      require(loss > 0 && loss <= 100, "loss", "must be a percentage above 0 and at most 100");
      require(correlation >= 0 && correlation <= 100, "correlation", "must be a percentage from 0 to 100");
    }

    @JsonCreator
    static NetworkLoss of(@JsonProperty("loss") Double loss, @JsonProperty("correlation") Integer correlation) {
      return new NetworkLoss(required(loss, "loss"), correlation == null ? 0 : correlation);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.NETWORK_LOSS;
    }
  }

  /** Which traffic a partition cuts, seen from the selected pods. */
  enum Direction {
    @JsonProperty("to") TO,
    @JsonProperty("from") FROM,
    @JsonProperty("both") BOTH;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Cuts the selected pods off from their peers: pods in the same namespace with {@code peerLabels}, and/or
   * {@code externalTargets} (IPs or host names). With neither, the selected pods lose all traffic in
   * {@code direction}.
   */
  record NetworkPartition(Direction direction, Map<String, String> peerLabels, List<String> externalTargets)
      implements FaultSpec {
    public NetworkPartition {
      required(direction, "direction");
      peerLabels = Map.copyOf(required(peerLabels, "peerLabels"));
      externalTargets = List.copyOf(required(externalTargets, "externalTargets"));
      peerLabels.forEach((key, value) -> KubernetesNames.checkLabel("peerLabels", key, value));
    }

    @JsonCreator
    static NetworkPartition of(@JsonProperty("direction") Direction direction,
        @JsonProperty("peerLabels") Map<String, String> peerLabels,
        @JsonProperty("externalTargets") List<String> externalTargets) {
      return new NetworkPartition(direction == null ? Direction.TO : direction,
          peerLabels == null ? Map.of() : peerLabels, externalTargets == null ? List.of() : externalTargets);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.NETWORK_PARTITION;
    }
  }

  /** Runs {@code workers} CPU burners, each loading one CPU to {@code load} percent. */
  record CpuStress(int workers, int load) implements FaultSpec {
    public CpuStress {
      require(workers >= 1, "workers", "must be at least 1");
      require(load >= 1 && load <= 100, "load", "must be a percentage from 1 to 100");
    }

    @JsonCreator
    static CpuStress of(@JsonProperty("workers") Integer workers, @JsonProperty("load") Integer load) {
      return new CpuStress(required(workers, "workers"), load == null ? 100 : load);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.CPU_STRESS;
    }
  }

  /**
   * Runs {@code workers} memory hogs that together hold {@code size}: bytes with an optional unit
   * ({@code 256MB}, {@code 1GiB}) or a share of the machine's memory ({@code 50%}).
   */
  record MemoryStress(int workers, String size) implements FaultSpec {
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)? ?([kKmMgGtTpP][iI]?)?[bB]?|\\d{1,3}%");

    public MemoryStress {
      require(workers >= 1, "workers", "must be at least 1");
      required(size, "size");
      require(SIZE.matcher(size).matches(), "size", "'" + size + "' is not a size; write it like 256MB, 1GiB or 50%");
      if (size.endsWith("%")) {
        int percent = Integer.parseInt(size.substring(0, size.length() - 1));
        require(percent >= 1 && percent <= 100, "size", "a share of memory must be from 1% to 100%");
      }
    }

    @JsonCreator
    static MemoryStress of(@JsonProperty("workers") Integer workers, @JsonProperty("size") String size) {
      return new MemoryStress(workers == null ? 1 : workers, required(size, "size"));
    }

    @Override
    public FaultKind kind() {
      return FaultKind.MEMORY_STRESS;
    }
  }

  /** Aborts (closes the connection of) the HTTP requests that {@code match} selects. */
  record HttpAbort(HttpMatch match) implements FaultSpec {
    public HttpAbort {
      Objects.requireNonNull(match, "match");
    }

    @JsonCreator
    static HttpAbort of(@JsonProperty("port") Integer port, @JsonProperty("path") String path,
        @JsonProperty("method") String method, @JsonProperty("phase") HttpMatch.Phase phase,
        @JsonProperty("code") Integer code) {
      return new HttpAbort(HttpMatch.of(port, path, method, phase, code));
    }

    @Override
    public FaultKind kind() {
      return FaultKind.HTTP_ABORT;
    }
  }

  /** Delays the HTTP requests (or responses) that {@code match} selects by {@code delay}. */
  record HttpDelay(HttpMatch match, Duration delay) implements FaultSpec {
    public HttpDelay {
      Objects.requireNonNull(match, "match");
      required(delay, "delay");
      require(delay.toMillis() > 0, "delay", "must be more than 0ms");
    }

    @JsonCreator
    static HttpDelay of(@JsonProperty("port") Integer port, @JsonProperty("path") String path,
        @JsonProperty("method") String method, @JsonProperty("phase") HttpMatch.Phase phase,
        @JsonProperty("code") Integer code, @JsonProperty("delay") Duration delay) {
      return new HttpDelay(HttpMatch.of(port, path, method, phase, code), required(delay, "delay"));
    }

    @Override
    public FaultKind kind() {
      return FaultKind.HTTP_DELAY;
    }
  }

  /**
   * Replaces the selected replicas one at a time, as a Deployment's rolling update with maxUnavailable 1
   * does: each is taken out of rotation, given {@code drain} to finish what it serves, sent SIGTERM (SIGKILL
   * after {@code gracePeriod}), replaced, and the next one starts only when the replacement is in rotation.
   *
   * @param drain from out of rotation to SIGTERM, like a preStop sleep (default 2s)
   * @param gracePeriod from SIGTERM to SIGKILL, like terminationGracePeriodSeconds (default 5s)
   */
  record RollingRestart(Duration drain, Duration gracePeriod) implements FaultSpec {
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(2);
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(5);
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    public RollingRestart {
      required(drain, "drain");
      require(!drain.isNegative() && drain.compareTo(MAX_WAIT) <= 0, "drain", "must be from 0s to 10m");
      required(gracePeriod, "gracePeriod");
      require(!gracePeriod.isNegative() && gracePeriod.compareTo(MAX_WAIT) <= 0, "gracePeriod",
          "must be from 0s to 10m");
    }

    @JsonCreator
    static RollingRestart of(@JsonProperty("drain") Duration drain,
        @JsonProperty("gracePeriod") Duration gracePeriod) {
      return new RollingRestart(drain == null ? DEFAULT_DRAIN : drain,
          gracePeriod == null ? DEFAULT_GRACE_PERIOD : gracePeriod);
    }

    @Override
    public FaultKind kind() {
      return FaultKind.ROLLING_RESTART;
    }
  }
}
