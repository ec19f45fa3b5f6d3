package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.internal.ExperimentDurations;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.HttpMatch;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.Selection;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chaos_mesh.v1alpha1.HTTPChaos;
import org.chaos_mesh.v1alpha1.HTTPChaosSpec;
import org.chaos_mesh.v1alpha1.NetworkChaos;
import org.chaos_mesh.v1alpha1.NetworkChaosSpec;
import org.chaos_mesh.v1alpha1.PodChaos;
import org.chaos_mesh.v1alpha1.PodChaosSpec;
import org.chaos_mesh.v1alpha1.StressChaos;
import org.chaos_mesh.v1alpha1.StressChaosSpec;
import org.chaos_mesh.v1alpha1.networkchaosspec.Delay;
import org.chaos_mesh.v1alpha1.networkchaosspec.Loss;
import org.chaos_mesh.v1alpha1.networkchaosspec.Target;
import org.chaos_mesh.v1alpha1.stresschaosspec.Stressors;
import org.chaos_mesh.v1alpha1.stresschaosspec.stressors.Cpu;
import org.chaos_mesh.v1alpha1.stresschaosspec.stressors.Memory;

/**
 * Builds the Chaos Mesh resource for an experiment, with the typed model generated from the v2.8.3 CRDs.
 *
 * <p>Every resource sets {@code spec.duration}, so that Chaos Mesh lifts the fault by itself even if slogate
 * dies before it can, and carries slogate's labels, so that a later sweep finds it.
 */
final class ChaosResourceFactory {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /**
   * Builds the resource.
   *
   * @param name the resource name (see {@link #resourceName})
   * @param runId the run's id, put in a label
   */
  HasMetadata build(ExperimentSpec experiment, String name, String runId) {
    if (experiment.fault() instanceof FaultSpec.RollingRestart) {
      throw new ChaosException(ChaosMeshKinds.ROLLING_RESTART_REFUSAL);
    }
    KubernetesTarget target = (KubernetesTarget) experiment.target();
    ObjectMeta metadata = new ObjectMetaBuilder().withName(name).withNamespace(target.namespace())
        .withLabels(labels(experiment, runId)).build();
    String duration = ExperimentDurations.format(experiment.duration());
    FaultSpec fault = experiment.fault();
    HasMetadata resource;
    if (fault instanceof FaultSpec.PodKill || fault instanceof FaultSpec.PodFailure
        || fault instanceof FaultSpec.ContainerKill) {
      resource = podChaos(experiment, target, duration);
    } else if (fault instanceof FaultSpec.NetworkDelay || fault instanceof FaultSpec.NetworkLoss
        || fault instanceof FaultSpec.NetworkPartition) {
      resource = networkChaos(experiment, target, duration);
    } else if (fault instanceof FaultSpec.CpuStress || fault instanceof FaultSpec.MemoryStress) {
      resource = stressChaos(experiment, target, duration);
    } else {
      resource = httpChaos(experiment, target, duration);
    }
    resource.setMetadata(metadata);
    return resource;
  }

  /**
   * {@code slogate-<experiment>-<8 hex of the run id>-<sequence>}: unique per run and injection, a valid
   * DNS name whatever characters the run id has, and at most 63 characters.
   */
  static String resourceName(ExperimentSpec experiment, String runId, int sequence) {
    String run = String.format("%08x", runId.hashCode());
    return "slogate-" + experiment.name() + "-" + run + "-" + sequence;
  }

  private static Map<String, String> labels(ExperimentSpec experiment, String runId) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(ChaosMeshLabels.MANAGED_BY, ChaosMeshLabels.MANAGER);
    labels.put(ChaosMeshLabels.RUN_ID, runId);
    labels.put(ChaosMeshLabels.EXPERIMENT, experiment.name());
    return labels;
  }

  private static PodChaos podChaos(ExperimentSpec experiment, KubernetesTarget target, String duration) {
    PodChaosSpec spec = new PodChaosSpec();
    FaultSpec fault = experiment.fault();
    if (fault instanceof FaultSpec.PodKill kill) {
      spec.setAction(PodChaosSpec.Action.PODKILL);
      spec.setGracePeriod(kill.gracePeriod().toSeconds());
    } else if (fault instanceof FaultSpec.PodFailure) {
      spec.setAction(PodChaosSpec.Action.PODFAILURE);
    } else {
      spec.setAction(PodChaosSpec.Action.CONTAINERKILL);
      spec.setContainerNames(target.containers());
    }
    spec.setMode(mode(experiment.selection(), PodChaosSpec.Mode.class));
    spec.setValue(value(experiment.selection()));
    spec.setSelector(selector(target, org.chaos_mesh.v1alpha1.podchaosspec.Selector.class));
    spec.setDuration(duration);
    PodChaos chaos = new PodChaos();
    chaos.setSpec(spec);
    return chaos;
  }

  private static NetworkChaos networkChaos(ExperimentSpec experiment, KubernetesTarget target, String duration) {
    NetworkChaosSpec spec = new NetworkChaosSpec();
    FaultSpec fault = experiment.fault();
    if (fault instanceof FaultSpec.NetworkDelay delay) {
      spec.setAction(NetworkChaosSpec.Action.DELAY);
      Delay netem = new Delay();
      netem.setLatency(ExperimentDurations.format(delay.latency()));
      netem.setJitter(ExperimentDurations.format(delay.jitter()));
      netem.setCorrelation(Integer.toString(delay.correlation()));
      spec.setDelay(netem);
    } else if (fault instanceof FaultSpec.NetworkLoss loss) {
      spec.setAction(NetworkChaosSpec.Action.LOSS);
      Loss netem = new Loss();
      netem.setLoss(BigDecimal.valueOf(loss.loss()).stripTrailingZeros().toPlainString());
      netem.setCorrelation(Integer.toString(loss.correlation()));
      spec.setLoss(netem);
    } else {
      FaultSpec.NetworkPartition partition = (FaultSpec.NetworkPartition) fault;
      spec.setAction(NetworkChaosSpec.Action.PARTITION);
      spec.setDirection(SERIALIZATION.convertValue(partition.direction().id(),
          NetworkChaosSpec.Direction.class));
      if (!partition.peerLabels().isEmpty()) {
        Target peers = new Target();
        peers.setMode(Target.Mode.ALL);
        peers.setSelector(selector(target.namespace(), partition.peerLabels(),
            org.chaos_mesh.v1alpha1.networkchaosspec.target.Selector.class));
        spec.setTarget(peers);
      }
      if (!partition.externalTargets().isEmpty()) {
        spec.setExternalTargets(partition.externalTargets());
      }
    }
    spec.setMode(mode(experiment.selection(), NetworkChaosSpec.Mode.class));
    spec.setValue(value(experiment.selection()));
    spec.setSelector(selector(target, org.chaos_mesh.v1alpha1.networkchaosspec.Selector.class));
    spec.setDuration(duration);
    NetworkChaos chaos = new NetworkChaos();
    chaos.setSpec(spec);
    return chaos;
  }

  private static StressChaos stressChaos(ExperimentSpec experiment, KubernetesTarget target, String duration) {
    StressChaosSpec spec = new StressChaosSpec();
    Stressors stressors = new Stressors();
    if (experiment.fault() instanceof FaultSpec.CpuStress cpu) {
      Cpu stressor = new Cpu();
      stressor.setWorkers((long) cpu.workers());
      stressor.setLoad((long) cpu.load());
      stressors.setCpu(stressor);
    } else {
      FaultSpec.MemoryStress memory = (FaultSpec.MemoryStress) experiment.fault();
      Memory stressor = new Memory();
      stressor.setWorkers((long) memory.workers());
      stressor.setSize(memory.size());
      stressors.setMemory(stressor);
    }
    spec.setStressors(stressors);
    if (!target.containers().isEmpty()) {
      spec.setContainerNames(target.containers());
    }
    spec.setMode(mode(experiment.selection(), StressChaosSpec.Mode.class));
    spec.setValue(value(experiment.selection()));
    spec.setSelector(selector(target, org.chaos_mesh.v1alpha1.stresschaosspec.Selector.class));
    spec.setDuration(duration);
    StressChaos chaos = new StressChaos();
    chaos.setSpec(spec);
    return chaos;
  }

  private static HTTPChaos httpChaos(ExperimentSpec experiment, KubernetesTarget target, String duration) {
    HTTPChaosSpec spec = new HTTPChaosSpec();
    HttpMatch match;
    if (experiment.fault() instanceof FaultSpec.HttpAbort abort) {
      match = abort.match();
      spec.setAbort(true);
    } else {
      FaultSpec.HttpDelay delay = (FaultSpec.HttpDelay) experiment.fault();
      match = delay.match();
      spec.setDelay(ExperimentDurations.format(delay.delay()));
    }
    spec.setTarget(match.phase() == HttpMatch.Phase.REQUEST ? HTTPChaosSpec.Target.REQUEST
        : HTTPChaosSpec.Target.RESPONSE);
    spec.setPort(match.port().orElseThrow());
    spec.setPath(match.path());
    match.method().ifPresent(spec::setMethod);
    match.code().ifPresent(spec::setCode);
    spec.setMode(mode(experiment.selection(), HTTPChaosSpec.Mode.class));
    spec.setValue(value(experiment.selection()));
    spec.setSelector(selector(target, org.chaos_mesh.v1alpha1.httpchaosspec.Selector.class));
    spec.setDuration(duration);
    HTTPChaos chaos = new HTTPChaos();
    chaos.setSpec(spec);
    return chaos;
  }

  /** Each generated kind has its own, identical mode enum; map ours by its Chaos Mesh name. */
  private static <M extends Enum<M>> M mode(Selection selection, Class<M> type) {
    return SERIALIZATION.convertValue(selection.mode().id(), type);
  }

  private static String value(Selection selection) {
    return selection.value() == 0 ? null : Integer.toString(selection.value());
  }

  /** The target's pods: by labels, and by name too when the target names its pod (Chaos Mesh ANDs them). */
  private static <S> S selector(KubernetesTarget target, Class<S> type) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("namespaces", List.of(target.namespace()));
    fields.put("labelSelectors", target.labels());
    target.pod().ifPresent(pod -> fields.put("pods", Map.of(target.namespace(), List.of(pod))));
    return SERIALIZATION.convertValue(fields, type);
  }

  /** Each generated kind has its own, identical selector class; fill any of them from the same fields. */
  private static <S> S selector(String namespace, Map<String, String> labels, Class<S> type) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("namespaces", List.of(namespace));
    fields.put("labelSelectors", labels);
    return SERIALIZATION.convertValue(fields, type);
  }
}
