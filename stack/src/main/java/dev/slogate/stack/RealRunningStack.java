package dev.slogate.stack;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.stack.balancer.FrontServer;
import dev.slogate.stack.balancer.HealthChecker;
import dev.slogate.stack.balancer.ReplicaEvents;
import dev.slogate.stack.balancer.RotationProxyClient;
import dev.slogate.stack.coordination.Coordinator;
import dev.slogate.stack.process.JavaCommand;
import dev.slogate.stack.process.ReplicaClient;
import dev.slogate.stack.process.ReplicaProcess;
import dev.slogate.stack.replica.ReplicaConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Owns the parts of a running stack and their order of start and stop. */
final class RealRunningStack implements RunningStack {

  /** Front I/O threads; the proxy does all its work on them. One per core is Undertow's advice. */
  static final String FRONT_IO_THREADS_PROPERTY = Options.STACK_FRONT_IO_THREADS.key();
  static final int CONNECTIONS_PER_THREAD = 32;
  static final int MAX_QUEUED_PER_THREAD = 1024;
  private static final Duration STOP_GRACE = Duration.ofSeconds(3);
  private static final Duration POLL = Duration.ofMillis(5);
  static final String LEADER_ROLE = "leader";

  private final StackProfile profile;
  private final StackOptions options;
  private final JavaCommand java;
  private final ReplicaClient client;
  private final ReplicaEvents events;
  private final RotationProxyClient rotation;
  private final HealthChecker checker;
  private final ReplicaProcess[] processes;
  private final URI[] urls;
  private final GroundTruth truth;
  private final Coordinator coordinator;
  private FrontServer front;
  private boolean closed;

  private RealRunningStack(StackProfile profile, StackOptions options) {
    this.profile = profile;
    this.options = options;
    this.java = JavaCommand.current();
    this.client = new ReplicaClient();
    this.events = new ReplicaEvents();
    this.rotation = new RotationProxyClient(CONNECTIONS_PER_THREAD, MAX_QUEUED_PER_THREAD);
    this.checker = new HealthChecker(profile.healthCheck(), rotation, client, events, profile.replicas());
    this.processes = new ReplicaProcess[profile.replicas()];
    this.urls = new URI[profile.replicas()];
    this.truth = new RealGroundTruth(this::liveReplicas, client);
    this.coordinator = profile.electsLeader()
        ? new Coordinator(profile.leaderElection(), events::leaderChanged) : null;
  }

  static RunningStack start(StackProfile profile, StackOptions options) {
    StackProfile effective = options.replicas().isPresent()
        ? profile.withReplicas(options.replicas().getAsInt()) : profile;
    RealRunningStack stack = new RealRunningStack(effective, options);
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() {
    long deadline = System.nanoTime() + options.startTimeout().orElse(StackOptions.DEFAULT_START_TIMEOUT).toNanos();
    for (int i = 0; i < processes.length; i++) {
      processes[i] = launch(i);
    }
    // The front starts while the replica JVMs boot.
    int ioThreads = OptionValues.load().get(Options.STACK_FRONT_IO_THREADS)
        .orElse(Runtime.getRuntime().availableProcessors());
    front = FrontServer.start(options.frontPort().orElse(0), rotation, Math.max(1, ioThreads));
    for (int i = 0; i < processes.length; i++) {
      urls[i] = processes[i].awaitListening(remaining(deadline));
      awaitReady(i, deadline);
      checker.setTarget(i, urls[i], true);
    }
    checker.start();
    if (coordinator != null) {
      // Every replica sent its first heartbeat before it listened: all of them can be elected.
      coordinator.openElections();
    }
  }

  private ReplicaProcess launch(int index) {
    ReplicaConfig config = ReplicaConfig.of(index, profile, options.addedLatency().orElse(Duration.ZERO),
        options.errorRatio(), coordinator == null ? null : coordinator.uri());
    return ReplicaProcess.launch(java, config);
  }

  private void awaitReady(int index, long deadline) {
    HealthCheck check = profile.healthCheck();
    while (!client.ready(urls[index], check.path(), check.timeout()).join()) {
      if (System.nanoTime() > deadline || !processes[index].isAlive()) {
        throw new StackException("replica " + index + " at " + urls[index] + " never answered its readiness check");
      }
      sleep(POLL.multipliedBy(4));
    }
  }

  @Override
  public String frontUrl() {
    return front.uri().toString();
  }

  @Override
  public StackProfile profile() {
    return profile;
  }

  @Override
  public StackOptions options() {
    return options;
  }

  @Override
  public synchronized List<ReplicaHandle> replicas() {
    List<ReplicaHandle> handles = new ArrayList<>();
    for (int i = 0; i < processes.length; i++) {
      handles.add(handle(i));
    }
    return handles;
  }

  @Override
  public synchronized ReplicaHandle replica(int index) {
    checkIndex(index);
    return handle(index);
  }

  private ReplicaHandle handle(int index) {
    return new ReplicaHandle(index, urls[index].toString(), processes[index].pid(), roleOf(index));
  }

  /** With leader election the role is whatever the table says now, not what the profile said at start. */
  private String roleOf(int index) {
    if (coordinator == null) {
      return profile.roleOf(index);
    }
    return coordinator.leader().isLeader(index + "-" + processes[index].pid())
        ? LEADER_ROLE : StackProfile.DEFAULT_ROLE;
  }

  @Override
  public Set<Integer> replicasInRotation() {
    return rotation.members();
  }

  @Override
  public OptionalInt leader() {
    return coordinator == null ? OptionalInt.empty() : coordinator.leader().replicaIndex();
  }

  @Override
  public Optional<QueueSnapshot> queue() {
    return coordinator == null || profile.workQueue() == null ? Optional.empty() : Optional.of(coordinator.queue());
  }

  @Override
  public GroundTruth groundTruth() {
    return truth;
  }

  @Override
  public synchronized void killReplica(int index) {
    checkIndex(index);
    processes[index].kill();
  }

  @Override
  public synchronized ReplicaHandle restartReplica(int index) {
    checkIndex(index);
    processes[index].kill();
    processes[index] = launch(index);
    urls[index] = processes[index].awaitListening(
        options.startTimeout().orElse(StackOptions.DEFAULT_START_TIMEOUT));
    checker.setTarget(index, urls[index], false);
    return handle(index);
  }

  @Override
  public synchronized void setReplicaHealthy(int index, boolean healthy) {
    checkIndex(index);
    client.setHealth(urls[index], healthy);
  }

  @Override
  public boolean awaitInRotation(int index, boolean inRotation, Duration timeout) {
    checkIndex(index);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (rotation.members().contains(index) != inRotation) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(POLL);
    }
    return true;
  }

  @Override
  public void addListener(ReplicaListener listener) {
    events.add(listener);
  }

  @Override
  public void removeListener(ReplicaListener listener) {
    events.remove(listener);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    checker.close();
    if (front != null) {
      front.close();
    }
    for (ReplicaProcess process : processes) {
      if (process != null) {
        process.requestStop();
      }
    }
    for (ReplicaProcess process : processes) {
      if (process != null) {
        process.awaitStopped(STOP_GRACE);
      }
    }
    if (coordinator != null) {
      coordinator.close();
    }
  }

  private synchronized List<RealGroundTruth.Replica> liveReplicas() {
    List<RealGroundTruth.Replica> live = new ArrayList<>();
    for (int i = 0; i < processes.length; i++) {
      live.add(new RealGroundTruth.Replica(i, urls[i], processes[i].isAlive()));
    }
    return live;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= processes.length) {
      throw new IllegalArgumentException("no replica " + index + "; the stack has " + processes.length);
    }
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted");
    }
  }

  @Override
  public String toString() {
    return "RunningStack{profile=" + profile.name() + ", front=" + (front == null ? "-" : frontUrl())
        + ", replicas=" + processes.length + "}";
  }
}
