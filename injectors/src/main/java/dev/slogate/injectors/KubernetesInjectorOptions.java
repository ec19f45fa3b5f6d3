package dev.slogate.injectors;

import dev.slogate.chaos.GuardrailViolation;
import io.fabric8.kubernetes.api.model.Quantity;
import dev.slogate.config.Durations;
import dev.slogate.config.Options;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the Kubernetes backend runs injectors. Immutable; made with {@link #builder()}.
 *
 * @param namespace the namespace the Job goes in ({@link InjectorOptionKeys#NAMESPACE})
 * @param allowedNamespaces the only namespaces Jobs may be created in and swept from; required, never empty, no
 *     default: the same rule as the chaos allow-list
 * @param image the injector image ({@link InjectorOptionKeys#IMAGE})
 * @param cpu each pod's CPU request and limit (default 2): equal, so that the pod is not throttled below what it asked
 * @param memory each pod's memory request and limit (default 2Gi)
 * @param timeout how long to wait for every index (default 30m); also the Job's {@code activeDeadlineSeconds}
 * @param ttlAfterFinished the Job's {@code ttlSecondsAfterFinished} (default 10m)
 * @param receiverBind where the record receiver listens (default 0.0.0.0:8642)
 * @param receiverUrl the receiver's URL as the pods reach it; empty: {@code http://<host>:<bound port>/} with the
 *     host from {@code POD_IP} (a coordinator running in the cluster, given its IP by the downward API) or from
 *     {@code receiverBind} when that is not the wildcard address
 * @param pollInterval how often the Job's status is read (default 2s)
 * @param progressInterval how often a progress line is printed (default 15s)
 * @param removeTimeout how long to wait for a deleted Job to be gone (default 60s)
 * @param maxRecordBytes the largest record a pod may send (default 1 GiB)
 * @param progress where progress lines go (default standard output)
 */
public record KubernetesInjectorOptions(
    String namespace,
    Set<String> allowedNamespaces,
    String image,
    Quantity cpu,
    Quantity memory,
    Duration timeout,
    Duration ttlAfterFinished,
    InetSocketAddress receiverBind,
    Optional<URI> receiverUrl,
    Duration pollInterval,
    Duration progressInterval,
    Duration removeTimeout,
    long maxRecordBytes,
    PrintStream progress) {

  // The defaults of the keys are config's, so that the README's table and this backend never disagree.
  public static final Quantity DEFAULT_CPU = new Quantity(Options.INJECTORS_CPU.defaultValue().orElseThrow());
  public static final Quantity DEFAULT_MEMORY = new Quantity(Options.INJECTORS_MEMORY.defaultValue().orElseThrow());
  public static final Duration DEFAULT_TIMEOUT = Options.INJECTORS_TIMEOUT.defaultValue().orElseThrow();
  public static final Duration DEFAULT_TTL = Options.INJECTORS_TTL.defaultValue().orElseThrow();
  public static final InetSocketAddress DEFAULT_RECEIVER_BIND =
      socketAddress(Options.INJECTORS_RECEIVER_BIND.defaultValue().orElseThrow());
  public static final int DEFAULT_RECEIVER_PORT = DEFAULT_RECEIVER_BIND.getPort();
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
  public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(15);
  public static final Duration DEFAULT_REMOVE_TIMEOUT = Duration.ofSeconds(60);
  public static final long DEFAULT_MAX_RECORD_BYTES = 1L << 30;

  public KubernetesInjectorOptions {
    allowedNamespaces = Collections.unmodifiableSet(new TreeSet<>(allowedNamespaces));
    if (allowedNamespaces.isEmpty()) {
      throw new GuardrailViolation("No namespace is allowed for injectors: name the namespaces injector Jobs may be "
          + "created in with " + InjectorOptionKeys.ALLOWED_NAMESPACES + " (there is no default).");
    }
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(memory, "memory");
    for (Duration d : List.of(timeout, ttlAfterFinished, pollInterval, progressInterval, removeTimeout)) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("durations of the Kubernetes backend must be positive, not " + d);
      }
    }
    Objects.requireNonNull(receiverBind, "receiverBind");
    Objects.requireNonNull(receiverUrl, "receiverUrl");
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive, not " + maxRecordBytes);
    }
    Objects.requireNonNull(progress, "progress");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The options from their {@code slogate.injectors.*} keys ({@link InjectorOptionKeys}), as the options layer gives
   * them: {@code value} answers a key with its text, or null when it is not set. Durations are read by config's
   * {@link Durations}, the allow-list is comma-separated. A missing key keeps its default; the namespace, the
   * allow-list and the image have none.
   *
   * @throws IllegalArgumentException naming the key whose value cannot be read, or the namespace or image missing
   * @throws GuardrailViolation when the allow-list is missing or empty
   */
  public static KubernetesInjectorOptions fromKeys(Function<String, String> value) {
    Builder builder = builder().namespace(required(value, InjectorOptionKeys.NAMESPACE))
        .image(required(value, InjectorOptionKeys.IMAGE));
    set(value, InjectorOptionKeys.ALLOWED_NAMESPACES, text -> builder.allowNamespaces(Arrays.stream(text.split(","))
        .map(String::trim).filter(name -> !name.isEmpty()).toArray(String[]::new)));
    set(value, InjectorOptionKeys.CPU, builder::cpu);
    set(value, InjectorOptionKeys.MEMORY, builder::memory);
    set(value, InjectorOptionKeys.TIMEOUT, text -> builder.timeout(Durations.parse(text)));
    set(value, InjectorOptionKeys.TTL, text -> builder.ttlAfterFinished(Durations.parse(text)));
    set(value, InjectorOptionKeys.RECEIVER_URL, text -> builder.receiverUrl(URI.create(text)));
    set(value, InjectorOptionKeys.RECEIVER_BIND, text -> builder.receiverBind(socketAddress(text)));
    return builder.build();
  }

  private static String required(Function<String, String> value, String key) {
    String text = value.apply(key);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(key + " is required with " + InjectorOptionKeys.BACKEND
          + "=kubernetes (it has no default): see injectors/README.md");
    }
    return text.trim();
  }

  private static void set(Function<String, String> value, String key, Consumer<String> setter) {
    String text = value.apply(key);
    if (text == null || text.isBlank()) {
      return;
    }
    try {
      setter.accept(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + "=" + text + " cannot be used: " + e.getMessage(), e);
    }
  }

  private static InetSocketAddress socketAddress(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("give host:port, such as 0.0.0.0:" + DEFAULT_RECEIVER_PORT);
    }
    String host = text.substring(0, colon).replace("[", "").replace("]", "");
    return new InetSocketAddress(host, Integer.parseInt(text.substring(colon + 1)));
  }

  /** Mutable builder; {@link #build()} refuses an empty allow-list and a missing namespace or image. */
  public static final class Builder {
    private String namespace;
    private final Set<String> allowedNamespaces = new TreeSet<>();
    private String image;
    private Quantity cpu = DEFAULT_CPU;
    private Quantity memory = DEFAULT_MEMORY;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration ttlAfterFinished = DEFAULT_TTL;
    private InetSocketAddress receiverBind = DEFAULT_RECEIVER_BIND;
    private Optional<URI> receiverUrl = Optional.empty();
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private Duration progressInterval = DEFAULT_PROGRESS_INTERVAL;
    private Duration removeTimeout = DEFAULT_REMOVE_TIMEOUT;
    private long maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    private PrintStream progress = System.out;

    private Builder() {}

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    public Builder allowNamespaces(String... namespaces) {
      allowedNamespaces.addAll(List.of(namespaces));
      return this;
    }

    public Builder image(String image) {
      this.image = image;
      return this;
    }

    public Builder cpu(String quantity) {
      this.cpu = new Quantity(quantity);
      return this;
    }

    public Builder memory(String quantity) {
      this.memory = new Quantity(quantity);
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder ttlAfterFinished(Duration ttl) {
      this.ttlAfterFinished = ttl;
      return this;
    }

    public Builder receiverBind(InetSocketAddress bind) {
      this.receiverBind = bind;
      return this;
    }

    public Builder receiverUrl(URI url) {
      this.receiverUrl = Optional.of(url);
      return this;
    }

    public Builder pollInterval(Duration interval) {
      this.pollInterval = interval;
      return this;
    }

    public Builder progressInterval(Duration interval) {
      this.progressInterval = interval;
      return this;
    }

    public Builder removeTimeout(Duration timeout) {
      this.removeTimeout = timeout;
      return this;
    }

    public Builder maxRecordBytes(long bytes) {
      this.maxRecordBytes = bytes;
      return this;
    }

    public Builder progress(PrintStream out) {
      this.progress = out;
      return this;
    }

    public KubernetesInjectorOptions build() {
      return new KubernetesInjectorOptions(namespace, allowedNamespaces, image, cpu, memory, timeout, ttlAfterFinished,
          receiverBind, receiverUrl, pollInterval, progressInterval, removeTimeout, maxRecordBytes, progress);
    }
  }
}
