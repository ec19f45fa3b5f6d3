package dev.slogate.simulations.internal.chaos;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.local.LocalBackendOptions;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.mesh.ChaosMeshBackend;
import dev.slogate.chaos.mesh.ChaosMeshOptions;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.stack.RunningStack;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the fault backend a chaos run asks for, after checking that it can inject every experiment against
 * this target: the local backend against the embedded stack (or pid/pidfile targets), Chaos Mesh against a
 * cluster named by the default kubeconfig.
 */
public final class ChaosBackends {

  private ChaosBackends() {}

  /**
   * @param embedded whether the target is the embedded reference stack
   * @param stack the embedded stack once it runs
   * @param stateFile the local backend's state file
   * @throws IllegalArgumentException or {@link ChaosException}, in one sentence, when the run cannot work
   */
  public static FaultBackend create(ChaosSettings settings, boolean embedded, Supplier<Optional<RunningStack>> stack,
      Path stateFile) {
    return switch (settings.backend()) {
      case LOCAL -> local(settings, embedded, stack, stateFile);
      case CHAOS_MESH -> chaosMesh(settings, embedded, System.getenv());
    };
  }

  private static FaultBackend local(ChaosSettings settings, boolean embedded, Supplier<Optional<RunningStack>> stack,
      Path stateFile) {
    for (ExperimentSpec experiment : settings.experiments()) {
      LocalProcessBackend.checkSupported(experiment);
      LocalTarget target = (LocalTarget) experiment.target();
      boolean byPid = target.by() == LocalTarget.By.PID || target.by() == LocalTarget.By.PIDFILE;
      if (!embedded && !byPid) {
        throw new IllegalArgumentException("experiment " + experiment.name() + " names its target by "
            + target.by().key() + ", which only the embedded stack resolves; against slogate.target use a pid or"
            + " pidfile target, or -D" + ChaosSettings.BACKEND + "=chaos-mesh");
      }
    }
    LocalBackendOptions.Builder options = LocalBackendOptions.builder().stateFile(stateFile)
        .restartDelay(settings.restartDelay());
    if (embedded) {
      options.targets(new StackTargets(stack));
    }
    return new LocalProcessBackend(options.build());
  }

  static FaultBackend chaosMesh(ChaosSettings settings, boolean embedded, Map<String, String> environment) {
    if (embedded) {
      throw new IllegalArgumentException(ChaosSettings.BACKEND + "=chaos-mesh injects into a Kubernetes cluster;"
          + " name the deployed target with -Dslogate.target");
    }
    for (ExperimentSpec experiment : settings.experiments()) {
      if (!(experiment.target() instanceof KubernetesTarget)) {
        throw new IllegalArgumentException("experiment " + experiment.name() + " has a local target; Chaos Mesh"
            + " needs a kubernetes target (namespace and labels)");
      }
    }
    if (settings.namespaces().isEmpty()) {
      throw new IllegalArgumentException(ChaosSettings.BACKEND + "=chaos-mesh needs -D" + ChaosSettings.NAMESPACES
          + "=<namespace,...>: the namespaces experiments may touch (there is no default)");
    }
    if (!hasCluster(environment)) {
      throw new ChaosException(ChaosSettings.BACKEND + "=chaos-mesh needs a Kubernetes cluster, and there is no"
          + " kubeconfig here (-Dkubeconfig, KUBECONFIG or ~/.kube/config) and no in-cluster service account");
    }
    return new ChaosMeshBackend(new KubernetesClientBuilder().build(), ChaosMeshOptions.builder()
        .allowNamespaces(settings.namespaces().toArray(String[]::new)).build());
  }

  /** What fabric8 reads by default: -Dkubeconfig, $KUBECONFIG, ~/.kube/config, or the pod's service account. */
  static boolean hasCluster(Map<String, String> environment) {
    String kubeconfig = System.getProperty("kubeconfig", environment.get("KUBECONFIG"));
    if (kubeconfig != null && !kubeconfig.isBlank()) {
      return Arrays.stream(kubeconfig.split(File.pathSeparator)).anyMatch(f -> Files.isRegularFile(Path.of(f)));
    }
    if (Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"))) {
      return true;
    }
    return environment.containsKey("KUBERNETES_SERVICE_HOST")
        && Files.isRegularFile(Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token"));
  }
}
