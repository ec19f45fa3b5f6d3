package dev.slogate.chaos.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code slogate chaos reap} removes slogate's leftovers, and only those, with a fake Chaos Mesh at work. */
class ReapCommandTest {

  private static MockCluster cluster;
  private static FakeChaosController controller;

  @BeforeAll
  static void start() {
    cluster = new MockCluster();
    cluster.namespace("team-a", Map.of()).pods("team-a", "checkout", 2, Map.of("app", "checkout"));
    cluster.namespace("team-b", Map.of());
    controller = new FakeChaosController(cluster.client(), "team-a", "team-b");
  }

  @AfterAll
  static void stop() {
    controller.close();
    cluster.close();
  }

  private record Result(int exit, String out, String err) {}

  private static Result reap(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new ReapCommand(cluster.client()));
    command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private static String chaos(String kind, String namespace, String name, boolean slogate) {
    String labels = slogate
        ? "    app.kubernetes.io/managed-by: slogate\n    slogate.dev/run-id: crashed-run\n"
        : "    app.kubernetes.io/managed-by: helm\n";
    String spec = kind.equals("PodChaos") ? "  action: pod-failure\n"
        : "  action: delay\n  delay:\n    latency: 100ms\n";
    return "apiVersion: chaos-mesh.org/v1alpha1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n  namespace: "
        + namespace + "\n  labels:\n" + labels + "spec:\n" + spec + "  mode: one\n  duration: 10m\n  selector:\n"
        + "    namespaces: [" + namespace + "]\n    labelSelectors:\n      app: checkout\n";
  }

  @Test
  void reapsSlogateLeftoversAcrossKindsAndNamespacesAndNothingElse() {
    cluster.apply(chaos("PodChaos", "team-a", "slogate-old-pod", true));
    cluster.apply(chaos("NetworkChaos", "team-a", "slogate-old-net", true));
    cluster.apply(chaos("PodChaos", "team-b", "slogate-old-b", true));
    cluster.apply(chaos("PodChaos", "team-a", "helm-managed", false));

    Result dry = reap("--namespace", "team-a", "--namespace", "team-b", "--dry-run");
    assertEquals(0, dry.exit(), dry.err());
    assertEquals(String.join(System.lineSeparator(), "would remove PodChaos team-a/slogate-old-pod",
        "would remove NetworkChaos team-a/slogate-old-net", "would remove PodChaos team-b/slogate-old-b",
        "3 leftover(s) would be removed (dry run, nothing changed).", ""), dry.out());
    assertEquals(2, cluster.raw("PodChaos", "team-a").size(), "a dry run removes nothing");

    Result real = reap("--namespace", "team-a", "--namespace", "team-b", "--timeout", "20s");
    assertEquals(0, real.exit(), real.err());
    assertEquals(String.join(System.lineSeparator(), "removed PodChaos team-a/slogate-old-pod",
        "removed NetworkChaos team-a/slogate-old-net", "removed PodChaos team-b/slogate-old-b",
        "3 of 3 leftover(s) removed.", ""), real.out());
    assertEquals(List.of("helm-managed"),
        cluster.raw("PodChaos", "team-a").stream().map(r -> r.getMetadata().getName()).toList());
    assertEquals(List.of(), cluster.raw("NetworkChaos", "team-a"));
    assertEquals(List.of(), cluster.raw("PodChaos", "team-b"));

    Result again = reap("--namespace", "team-a");
    assertEquals(0, again.exit());
    assertEquals("Nothing to reap in [team-a]." + System.lineSeparator(), again.out());
  }

  @Test
  void badArgumentsAreUsageErrorsOfOneLine() {
    Result missing = reap("--dry-run");
    assertEquals(2, missing.exit());
    assertEquals("Missing required option: '--namespace=NAMESPACE'", missing.err().lines().findFirst().orElseThrow());

    Result badName = reap("--namespace", "Team_A");
    assertEquals(2, badName.exit());
    assertEquals("'Team_A' is not a valid namespace name", badName.err().lines().findFirst().orElseThrow());

    Result badTimeout = reap("--namespace", "team-a", "--timeout", "soon");
    assertEquals(2, badTimeout.exit());
    assertEquals("Invalid value for option '--timeout': 'soon' is not a duration; write it like 500ms, 10s, 1m30s or 2h",
        badTimeout.err().lines().findFirst().orElseThrow());
  }
}
