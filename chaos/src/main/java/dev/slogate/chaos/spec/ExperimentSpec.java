package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One chaos experiment: what to break, where, how much of it, for how long, when during the load run,
 * and how to tell that the target has recovered or that the experiment must stop. Immutable; checks its
 * own consistency, so a spec built in code ({@link #builder}) fails the same way as a file
 * ({@link ExperimentSpecParser}).
 *
 * @param name lower-case letters, digits and '-', at most 40 characters (it goes into resource names)
 * @param description free text for reports
 * @param fault what to break
 * @param target where
 * @param selection how many of the matched targets
 * @param duration how long each injection lasts; also bounds it on the cluster if slogate dies
 * @param schedule when during the steady phase, how often
 * @param probe the health probe that measures failover
 * @param recovery when the target counts as recovered
 * @param abort stop conditions, any of which aborts the experiment
 */
public record ExperimentSpec(
    String name,
    Optional<String> description,
    FaultSpec fault,
    TargetSpec target,
    Selection selection,
    Duration duration,
    InjectionSchedule schedule,
    ProbeSpec probe,
    RecoveryRule recovery,
    List<AbortCondition> abort) {

  public static final int MAX_NAME_LENGTH = 40;
  public static final Duration MAX_DURATION = Duration.ofHours(24);

  public ExperimentSpec {
    KubernetesNames.checkDnsLabel("name", name, "experiment name", MAX_NAME_LENGTH);
    required(description, "description");
    required(fault, "fault");
    required(target, "target");
    required(selection, "mode");
    required(duration, "duration");
    require(duration.toMillis() >= 1000 && duration.compareTo(MAX_DURATION) <= 0, "duration",
        "must be from 1s to 24h");
    required(schedule, "schedule");
    required(probe, "probe");
    required(recovery, "recovery");
    abort = List.copyOf(required(abort, "abort"));
    checkFaultFitsTarget(fault, target);
    if (target instanceof KubernetesTarget k && k.podFromProbe()) {
      require(probe.expectChanged().isPresent(), "target.kubernetes.podFromProbe",
          "needs probe.expectChanged: the value the probe reads names the pod to break");
    }
  }

  /** The same experiment aimed at another target (a pod resolved at injection time). */
  public ExperimentSpec withTarget(TargetSpec newTarget) {
    return new ExperimentSpec(name, description, fault, newTarget, selection, duration, schedule, probe, recovery, abort);
  }

  private static void checkFaultFitsTarget(FaultSpec fault, TargetSpec target) {
    if (fault instanceof FaultSpec.ContainerKill) {
      require(target instanceof KubernetesTarget, "target",
          "container-kill needs a kubernetes target (locally, use pod-kill to kill a process)");
      require(!((KubernetesTarget) target).containers().isEmpty(), "target.kubernetes.containers",
          "container-kill needs the names of the containers to kill");
    }
    if (fault instanceof FaultSpec.RollingRestart && target instanceof LocalTarget local) {
      require(local.by() == LocalTarget.By.INDEX || local.by() == LocalTarget.By.ROLE || local.isAll(),
          "target.local", "rolling-restart replaces replicas, so it needs index, role or all: true, not "
              + local.by().key() + " (nothing could start a replacement for a bare process)");
    }
    if (target instanceof KubernetesTarget) {
      HttpMatch match = fault instanceof FaultSpec.HttpAbort abort ? abort.match()
          : fault instanceof FaultSpec.HttpDelay delay ? delay.match() : null;
      require(match == null || match.port().isPresent(), "fault.port",
          "an HTTP fault on Kubernetes needs the container port whose traffic it intercepts");
    }
  }

  /** The kind of fault, shortcut for {@code fault().kind()}. */
  public FaultKind kind() {
    return fault.kind();
  }

  @JsonCreator
  static ExperimentSpec of(
      @JsonProperty("name") String name,
      @JsonProperty("description") String description,
      @JsonProperty("fault") FaultSpec fault,
      @JsonProperty("target") TargetSpec target,
      @JsonProperty("mode") Selection.Mode mode,
      @JsonProperty("value") Integer value,
      @JsonProperty("duration") Duration duration,
      @JsonProperty("schedule") InjectionSchedule schedule,
      @JsonProperty("probe") ProbeSpec probe,
      @JsonProperty("recovery") RecoveryRule recovery,
      @JsonProperty("abort") List<AbortCondition> abort) {
    required(name, "name");
    required(fault, "fault");
    required(target, "target");
    required(mode, "mode");
    require(value != null || mode == Selection.Mode.ONE || mode == Selection.Mode.ALL, "mode",
        mode.id() + " needs value: "
            + (mode == Selection.Mode.FIXED ? "N (how many targets)" : "P (what percentage of the targets)"));
    return new ExperimentSpec(name, Optional.ofNullable(description), fault, target,
        new Selection(mode, value == null ? 0 : value), required(duration, "duration"),
        schedule == null ? InjectionSchedule.once() : schedule, required(probe, "probe"),
        recovery == null ? RecoveryRule.defaults() : recovery, abort == null ? List.of() : abort);
  }

  /** Starts a spec in code; every setting but fault, target, duration and probe has a default. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Mutable builder for {@link ExperimentSpec}; {@link #build()} checks everything. */
  public static final class Builder {
    private final String name;
    private String description;
    private FaultSpec fault;
    private TargetSpec target;
    private Selection selection = Selection.one();
    private Duration duration;
    private InjectionSchedule schedule = InjectionSchedule.once();
    private ProbeSpec probe;
    private RecoveryRule recovery = RecoveryRule.defaults();
    private List<AbortCondition> abort = List.of();

    private Builder(String name) {
      this.name = name;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder fault(FaultSpec fault) {
      this.fault = fault;
      return this;
    }

    public Builder target(TargetSpec target) {
      this.target = target;
      return this;
    }

    public Builder selection(Selection selection) {
      this.selection = selection;
      return this;
    }

    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    public Builder schedule(InjectionSchedule schedule) {
      this.schedule = schedule;
      return this;
    }

    public Builder probe(ProbeSpec probe) {
      this.probe = probe;
      return this;
    }

    public Builder recovery(RecoveryRule recovery) {
      this.recovery = recovery;
      return this;
    }

    public Builder abort(List<AbortCondition> conditions) {
      this.abort = conditions;
      return this;
    }

    public ExperimentSpec build() {
      return new ExperimentSpec(name, Optional.ofNullable(description), fault, target, selection, duration,
          schedule, probe, recovery, abort);
    }
  }
}
