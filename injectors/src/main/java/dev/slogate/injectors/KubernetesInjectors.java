package dev.slogate.injectors;

import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.internal.FaultCleanup;
import dev.slogate.config.Durations;
import dev.slogate.injectors.internal.InjectorJobFactory;
import dev.slogate.injectors.internal.InjectorSweeper;
import dev.slogate.injectors.internal.JobProgress;
import dev.slogate.injectors.internal.PodReasons;
import dev.slogate.injectors.internal.RecordReceiver;
import dev.slogate.injectors.internal.ServerFeatures;
import dev.slogate.slo.scaleout.InjectorLauncher;
import dev.slogate.slo.scaleout.InjectorOutcome;
import dev.slogate.slo.scaleout.InjectorRequest;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a scale-out run's injectors as one Kubernetes Indexed Job ({@code completionMode: Indexed},
 * {@code completions = parallelism = N}); pod {@code i} is injector {@code i}, from its {@code JOB_COMPLETION_INDEX}.
 *
 * <p>What it guarantees:
 * <ul>
 *   <li>the namespace is on the allow-list and exists, or nothing is created ({@link GuardrailViolation});</li>
 *   <li>the first run of this backend sweeps the injector Jobs and Secrets that dead coordinators left in the allowed
 *       namespaces (chaos's {@link FaultCleanup}, the same rule as for Chaos Mesh resources);</li>
 *   <li>tokens reach the pods only by Secret reference; the upload token is new for every run;</li>
 *   <li>each pod sends its run folder to this coordinator's {@link RecordReceiver}, which checks its token and
 *       SHA-256; an index is {@link InjectorOutcome.Completed} only with a verified record, and an index that failed,
 *       was lost, timed out or completed without a verified record is {@link InjectorOutcome.Failed}, with what its
 *       pods said;</li>
 *   <li>the Job and its Secret are deleted when the run ends (in {@code finally}), by a JVM shutdown hook if the
 *       coordinator is stopped, and by the next start-up sweep if it was killed; {@code ttlSecondsAfterFinished} and
 *       {@code activeDeadlineSeconds} bound them on the cluster even if no coordinator ever comes back.</li>
 * </ul>
 * Thread-safe; one run at a time per instance is the expected use.
 */
public final class KubernetesInjectors implements InjectorLauncher, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(KubernetesInjectors.class.getName());

  private final KubernetesClient client;
  private final KubernetesInjectorOptions options;
  private final Clock clock;
  private final InjectorJobFactory factory;
  private final InjectorSweeper sweeper;
  private final FaultCleanup cleanup = new FaultCleanup("slogate-injectors-cleanup", this::removeAllOnShutdown);
  /** Created and not yet deleted: what the shutdown hook must remove. */
  private final Map<String, HasMetadata> live = new ConcurrentHashMap<>();
  private final Map<String, RecordReceiver> receivers = new ConcurrentHashMap<>();

  public KubernetesInjectors(KubernetesClient client, KubernetesInjectorOptions options) {
    this(client, options, Clock.systemUTC());
  }

  public KubernetesInjectors(KubernetesClient client, KubernetesInjectorOptions options, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.factory = new InjectorJobFactory(options);
    this.sweeper = new InjectorSweeper(client, options.removeTimeout());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits for the request's timeout or this backend's ({@link KubernetesInjectorOptions#timeout()}), whichever is
   * shorter. Injector {@code i}'s run folder lands in {@code <workFolder>/injector-<i>/<runId>/}. Progress lines go to
   * {@link KubernetesInjectorOptions#progress()}.
   *
   * @throws GuardrailViolation when the namespace is not allowed or does not exist: nothing is created
   * @throws InjectorException when the run cannot start at all (API server unreachable, a folder already there)
   */
  @Override
  public List<InjectorOutcome> run(InjectorRequest request) {
    // The run id labels every object: refused here, before anything exists, if it is not a label value.
    RunContext.of(request.runId());
    checkNamespace();
    for (int index = 0; index < request.count(); index++) {
      if (Files.exists(injectorDirectory(request, index))) {
        throw new InjectorException("The records folder " + injectorDirectory(request, index) + " already exists: "
            + "give each run a folder of its own, so that no record is mistaken for another run's.");
      }
    }
    cleanup.beforeInjection(RunContext.of(request.runId()), run -> sweep(Optional.of(run.runId())));
    String token = HexFormat.of().formatHex(randomBytes());
    RecordReceiver receiver = RecordReceiver.start(options.receiverBind(), request.runId(), request.count(), token,
        request.workFolder(), options.maxRecordBytes());
    receivers.put(request.runId(), receiver);
    String jobName = InjectorJobFactory.jobName(request.runId());
    try {
      ServerFeatures features = ServerFeatures.detect(client);
      Secret secret = create(factory.secret(request, token));
      Job job = create(factory.job(request, timeout(request), features.perIndexBackoff(), receiverUrl(receiver)));
      ownSecret(secret, job);
      boolean perIndex = ServerFeatures.honoured(job);
      options.progress().println("slogate injectors: Job " + options.namespace() + "/" + jobName + ", "
          + request.count() + " pods of " + options.image() + ", run " + request.runId() + "; "
          + (perIndex ? "a failed index does not stop the others (backoffLimitPerIndex)"
              : (features.perIndexBackoff() ? "the server dropped backoffLimitPerIndex (its feature gate is off)"
                  : "Kubernetes " + features.major() + "." + features.minor() + " has no backoffLimitPerIndex")
                  + ": one failed index fails the Job"));
      options.progress().flush();
      return await(request, jobName, receiver);
    } finally {
      try {
        removeRun(jobName);
      } finally {
        receiver.close();
        receivers.remove(request.runId());
      }
    }
  }

  /**
   * Removes the injector Jobs and Secrets of other runs from the allowed namespaces.
   *
   * @return how many it found
   * @throws InjectorException naming every leftover that would not go
   */
  public int sweep(Optional<String> keepRunId) {
    InjectorSweeper.Report report = sweeper.sweep(options.allowedNamespaces(), keepRunId);
    report.removed().forEach(leftover -> LOG.log(System.Logger.Level.INFO, "removed leftover " + leftover));
    if (!report.failures().isEmpty()) {
      throw new InjectorException("The sweep could not remove " + report.failures().size()
          + " injector leftover(s) of earlier runs: " + String.join(" ", report.failures()));
    }
    return report.found().size();
  }

  /** Deletes what is still in place and stops watching for JVM shutdown. */
  @Override
  public void close() {
    cleanup.close(this::removeAll);
  }

  private void checkNamespace() {
    String namespace = options.namespace();
    if (!options.allowedNamespaces().contains(namespace)) {
      throw new GuardrailViolation("Namespace '" + namespace + "' is not on the injectors' allow-list "
          + options.allowedNamespaces() + ", so no injector Job is created there; allow it with "
          + InjectorOptionKeys.ALLOWED_NAMESPACES + "=" + namespace + " if load may be started from it.");
    }
    try {
      if (client.namespaces().withName(namespace).get() == null) {
        throw new GuardrailViolation("Namespace '" + namespace + "' does not exist in the cluster, so no injector "
            + "Job can be created there.");
      }
    } catch (KubernetesClientException e) {
      throw new InjectorException("Cannot read namespace '" + namespace + "': " + e.getMessage(), e);
    }
  }

  /** The URL the pods reach the receiver at: the one configured, or one made of this host's address and the port. */
  private URI receiverUrl(RecordReceiver receiver) {
    if (options.receiverUrl().isPresent()) {
      return options.receiverUrl().get();
    }
    String podIp = System.getenv("POD_IP");
    InetAddress bound = options.receiverBind().getAddress();
    String host = podIp != null && !podIp.isBlank() ? podIp
        : bound != null && !bound.isAnyLocalAddress() ? bound.getHostAddress() : null;
    if (host == null) {
      throw new InjectorException("The pods cannot be told where to send their records: set "
          + InjectorOptionKeys.RECEIVER_URL + " to the URL they reach this coordinator at (or run the coordinator in "
          + "the cluster with POD_IP set through the downward API).");
    }
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + receiver.port() + "/");
  }

  private <T extends HasMetadata> T create(T resource) {
    String key = key(resource);
    live.put(key, resource);
    try {
      T created = client.resource(resource).create();
      live.put(key, created);
      return created;
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        // Someone else's object of that name: not ours to delete at the end.
        live.remove(key);
      }
      throw new InjectorException("Could not create " + resource.getKind() + " " + options.namespace() + "/"
          + resource.getMetadata().getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes the Job the Secret's owner, so that the cluster's garbage collector deletes the Secret with the Job (at
   * its ttl) even if no coordinator is left to do it. Best effort: the sweep removes it otherwise.
   */
  private void ownSecret(Secret secret, Job job) {
    try {
      client.secrets().inNamespace(options.namespace()).withName(secret.getMetadata().getName())
          .edit(s -> {
            s.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("batch/v1")
                .withKind("Job").withName(job.getMetadata().getName()).withUid(job.getMetadata().getUid()).build()));
            return s;
          });
    } catch (KubernetesClientException e) {
      LOG.log(System.Logger.Level.WARNING, "could not make Job " + job.getMetadata().getName()
          + " own its Secret; it is removed with the Job all the same: " + e.getMessage());
    }
  }

  private List<InjectorOutcome> await(InjectorRequest request, String jobName, RecordReceiver receiver) {
    int count = request.count();
    Instant start = clock.instant();
    Duration timeout = timeout(request);
    Instant deadline = start.plus(timeout);
    Instant nextProgress = start.plus(options.progressInterval());
    JobProgress progress = JobProgress.none();
    String lost = null;
    String unreadable = null;
    while (true) {
      Instant now = clock.instant();
      Job job = null;
      try {
        job = readJob(jobName);
        if (job == null) {
          lost = "the Job " + options.namespace() + "/" + jobName + " was deleted before this index finished";
          break;
        }
        unreadable = null;
      } catch (KubernetesClientException e) {
        // A blip of the API server during a long run must not end it: read again until the deadline.
        unreadable = e.getMessage();
      }
      if (job != null) {
        progress = JobProgress.of(job, count);
        if (progress.finished(count)) {
          break;
        }
      }
      if (!now.isBefore(deadline)) {
        lost = "it did not finish within " + Durations.format(timeout)
            + (unreadable == null ? "" : " (the Job could not be read: " + unreadable + ")");
        break;
      }
      if (!now.isBefore(nextProgress)) {
        printProgress(request, progress, receiver, Duration.between(start, now), timeout);
        nextProgress = now.plus(options.progressInterval());
      }
      pause();
    }
    printProgress(request, progress, receiver, Duration.between(start, clock.instant()), timeout);
    return outcomes(request, jobName, receiver, progress, lost);
  }

  private List<InjectorOutcome> outcomes(InjectorRequest request, String jobName, RecordReceiver receiver,
      JobProgress progress, String lost) {
    PodReasons pods = new PodReasons(client, options.namespace(), jobName);
    List<InjectorOutcome> outcomes = new ArrayList<>();
    for (int index = 0; index < request.count(); index++) {
      Optional<RecordReceiver.StoredRecord> record = receiver.record(index);
      String rejection = receiver.rejection(index).map(r -> "; its record was refused: " + r).orElse("");
      String prefix = "injector " + index + " of run " + request.runId();
      if (progress.completed().contains(index)) {
        // The pod sends its output folder, which holds the run's folder under its run id.
        outcomes.add(record.isPresent() ? new InjectorOutcome.Completed(index,
            record.get().folder().resolve(request.runId()))
            : new InjectorOutcome.Failed(index, prefix + " completed, but no verified record of it reached the "
                + "coordinator" + rejection));
      } else if (progress.failed().contains(index)) {
        outcomes.add(new InjectorOutcome.Failed(index, prefix + " failed: " + pods.of(index) + rejection));
      } else if (progress.endedByJob().contains(index)) {
        outcomes.add(new InjectorOutcome.Failed(index, prefix + " failed (the Job failed, "
            + progress.jobFailure().orElse("") + "): " + pods.of(index) + rejection));
      } else {
        outcomes.add(new InjectorOutcome.Failed(index, prefix + " was lost: " + lost + "; " + pods.of(index)
            + rejection));
      }
    }
    return List.copyOf(outcomes);
  }

  private void printProgress(InjectorRequest request, JobProgress progress, RecordReceiver receiver,
      Duration elapsed, Duration timeout) {
    int running = request.count() - progress.completed().size() - progress.failedCount();
    options.progress().println("slogate injectors: run " + request.runId() + ", " + progress.completed().size()
        + " of " + request.count() + " completed, " + progress.failedCount() + " failed, " + running
        + " running; " + receiver.storedCount() + " record(s) received; "
        + Durations.format(elapsed.truncatedTo(ChronoUnit.SECONDS)) + " of "
        + Durations.format(timeout));
    options.progress().flush();
  }

  /** The coordinator's estimate of the run's length, capped by this backend's own bound. */
  private Duration timeout(InjectorRequest request) {
    return request.timeout().compareTo(options.timeout()) < 0 ? request.timeout() : options.timeout();
  }

  private static Path injectorDirectory(InjectorRequest request, int index) {
    return request.workFolder().resolve("injector-" + index);
  }

  private Job readJob(String jobName) {
    return client.batch().v1().jobs().inNamespace(options.namespace()).withName(jobName).get();
  }

  private void pause() {
    try {
      Thread.sleep(options.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InjectorException("Interrupted while waiting for the injectors", e);
    }
  }

  private void removeRun(String jobName) {
    List<HasMetadata> mine = live.values().stream().filter(r -> r.getMetadata().getName().equals(jobName)).toList();
    FaultCleanup.endEach(mine, resource -> {
      sweeper.remove(resource);
      live.remove(key(resource));
    });
  }

  private void removeAll() {
    FaultCleanup.endEach(live.values(), resource -> {
      sweeper.remove(resource);
      live.remove(key(resource));
    });
  }

  /**
   * Writes to standard error, not through the logger: java.util.logging resets its handlers in a shutdown hook of its
   * own, which runs at the same time as this one, and what is logged then may be lost.
   */
  private void removeAllOnShutdown() {
    receivers.values().forEach(RecordReceiver::close);
    if (live.isEmpty()) {
      return;
    }
    System.err.println("slogate: JVM shutting down with " + live.size()
        + " injector object(s) in the cluster; removing them");
    try {
      removeAll();
      System.err.println("slogate: removed the injector Job and Secret");
    } catch (RuntimeException e) {
      System.err.println("slogate: " + e.getMessage() + "; the next start's sweep removes what is left");
      throw e;
    }
  }

  /** For tests: the hook that runs at JVM shutdown. */
  Thread shutdownHook() {
    return cleanup.shutdownHook();
  }

  private static String key(HasMetadata resource) {
    return resource.getKind() + "/" + resource.getMetadata().getName();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
