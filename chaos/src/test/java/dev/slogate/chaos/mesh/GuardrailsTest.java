package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import dev.slogate.chaos.spec.TargetSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each refusal is one sentence, and a refused experiment leaves the cluster untouched. */
class GuardrailsTest {

  private static final Map<String, String> APP = Map.of("app", "checkout");
  private static MockCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = new MockCluster();
    cluster.namespace("staging", Map.of("environment", "staging")).pods("staging", "checkout", 3, APP);
    cluster.namespace("prod", Map.of("environment", "production")).pods("prod", "checkout", 3, APP);
    cluster.namespace("vault", Map.of("slogate.dev/protected", "true")).pods("vault", "checkout", 3, APP);
    cluster.namespace("empty", Map.of());
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private static ExperimentSpec experiment(TargetSpec target, Selection selection) {
    return ExperimentSpec.builder("guarded").fault(new FaultSpec.PodFailure()).target(target).selection(selection)
        .duration(Duration.ofSeconds(30)).probe(ProbeSpec.of("/health")).build();
  }

  private static ExperimentSpec in(String namespace, Selection selection) {
    return experiment(new KubernetesTarget(namespace, APP, List.of()), selection);
  }

  private static String refusal(ExperimentSpec experiment, Consumer<ChaosMeshOptions.Builder> options) {
    ChaosMeshOptions.Builder builder = ChaosMeshOptions.builder().allowNamespaces("staging", "prod", "vault", "empty");
    options.accept(builder);
    try (ChaosMeshBackend backend = new ChaosMeshBackend(cluster.client(), builder.build())) {
      String message = assertThrows(GuardrailViolation.class,
          () -> backend.inject(experiment, RunContext.of("guard-run"))).getMessage();
      for (String kind : FakeChaosController.KINDS) {
        for (String namespace : List.of("staging", "prod", "vault", "empty")) {
          assertEquals(List.of(), cluster.raw(kind, namespace), "a refusal applies nothing");
        }
      }
      return message;
    }
  }

  @Test
  void anEmptyAllowListIsRefusedOutright() {
    GuardrailViolation e = assertThrows(GuardrailViolation.class, () -> ChaosMeshOptions.builder().build());
    assertEquals("No namespace is allowed for chaos: name the namespaces experiments may touch with "
        + "--allow-namespace (there is no default).", e.getMessage());
  }

  @Test
  void namespacesOffTheAllowListAreRefused() {
    assertEquals("Namespace 'kube-system' is not on the chaos allow-list [empty, prod, staging, vault], so experiment "
        + "'guarded' is refused; allow it with --allow-namespace kube-system if it is meant to be broken.",
        refusal(in("kube-system", Selection.one()), options -> {}));
  }

  @Test
  void productionNamespacesAreRefusedUnlessAllowedExplicitly() {
    assertEquals("Namespace 'prod' is labelled environment=production, so experiment 'guarded' is refused; allow it "
        + "explicitly with --allow-protected-namespace prod if you really mean to break it.",
        refusal(in("prod", Selection.one()), options -> {}));
    assertEquals("Namespace 'vault' is labelled slogate.dev/protected=true, so experiment 'guarded' is refused; allow "
        + "it explicitly with --allow-protected-namespace vault if you really mean to break it.",
        refusal(in("vault", Selection.one()), options -> options.allowProtectedNamespaces("prod")));
  }

  @Test
  void anAllowedProtectedNamespacePassesTheGuardrails() {
    ChaosMeshOptions options = ChaosMeshOptions.builder().allowNamespaces("prod").allowProtectedNamespaces("prod")
        .build();
    new Guardrails(options).check(in("prod", Selection.one()), cluster.client());
  }

  @Test
  void theBlastRadiusIsCappedUnlessAllowedExplicitly() {
    assertEquals("Experiment 'guarded' is refused because mode all hits every one of the 3 matching pods, above the "
        + "blast-radius cap of 50%; lower the mode or allow it explicitly with --allow-full-blast-radius.",
        refusal(in("staging", Selection.all()), options -> {}));
    assertEquals("Experiment 'guarded' is refused because mode fixed-percent 60 hits more than 50% of the matching "
        + "pods, above the blast-radius cap of 50%; lower the mode or allow it explicitly with "
        + "--allow-full-blast-radius.", refusal(in("staging", Selection.fixedPercent(60)), options -> {}));
    assertEquals("Experiment 'guarded' is refused because mode fixed 2 hits more than 50% of the 3 matching pods, "
        + "above the blast-radius cap of 50%; lower the mode or allow it explicitly with --allow-full-blast-radius.",
        refusal(in("staging", Selection.fixed(2)), options -> {}));
    assertEquals("Experiment 'guarded' is refused because mode fixed-percent 30 hits more than 25% of the matching "
        + "pods, above the blast-radius cap of 25%; lower the mode or allow it explicitly with "
        + "--allow-full-blast-radius.",
        refusal(in("staging", Selection.fixedPercent(30)), options -> options.blastRadiusCapPercent(25)));
  }

  @Test
  void withinTheCapOrWithPermissionTheGuardrailsPass() {
    Guardrails capped = new Guardrails(ChaosMeshOptions.builder().allowNamespaces("staging").build());
    capped.check(in("staging", Selection.one()), cluster.client());
    capped.check(in("staging", Selection.fixed(1)), cluster.client());
    capped.check(in("staging", Selection.fixedPercent(50)), cluster.client());
    Guardrails full = new Guardrails(ChaosMeshOptions.builder().allowNamespaces("staging").allowFullBlastRadius(true)
        .build());
    full.check(in("staging", Selection.all()), cluster.client());
    full.check(in("staging", Selection.fixed(3)), cluster.client());
  }

  @Test
  void targetsThatMatchNothingOrAreNotOnKubernetesAreRefused() {
    assertEquals("Experiment 'guarded' matches no pod in namespace 'empty' with labels {app=checkout}, so Chaos Mesh "
        + "would have nothing to inject into.", refusal(in("empty", Selection.one()), options -> {}));
    assertEquals("Namespace 'missing' does not exist in the cluster, so experiment 'guarded' has nothing to break.",
        refusal(in("missing", Selection.one()), options -> options.allowNamespaces("missing")));
    assertEquals("Experiment 'guarded' targets a local process, and the Chaos Mesh backend injects faults only into "
        + "Kubernetes pods.", refusal(experiment(LocalTarget.index(0), Selection.one()), options -> {}));
  }
}
