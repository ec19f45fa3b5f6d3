package dev.slogate.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input a user can fix ends the run at once: one line, exit 64, no stack trace, no load sent. */
class BadInputTest {

  private static GatlingProcess.Result runWith(Path dir, String key, String value) throws Exception {
    return GatlingProcess.of(SteadyLoad.class).property(key, value).run(dir);
  }

  private static void assertOneLineError(GatlingProcess.Result run, String expected) {
    assertEquals(SlogateRun.EXIT_USAGE, run.exitCode(), run::describe);
    List<String> errors = run.output().lines().filter(l -> l.startsWith("slogate: error: ")).toList();
    assertEquals(1, errors.size(), run::describe);
    assertTrue(errors.get(0).contains(expected), () -> "expected '" + expected + "' in " + errors.get(0));
    assertFalse(run.output().contains("\tat "), () -> "stack trace in output:\n" + run.output());
    assertFalse(run.output().contains(" started..."), run::describe);
  }

  @Test
  void missingProfileFile(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = runWith(dir, "slogate.stack.profile", dir.resolve("nope.yaml").toString());
    assertOneLineError(run, "nope.yaml");
  }

  @Test
  void malformedProfileYaml(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("broken.yaml");
    Files.writeString(profile, "name: broken\nroutes:\n  - method: GET\n    path: [unclosed\n");
    assertOneLineError(runWith(dir, "slogate.stack.profile", profile.toString()), "broken.yaml:");
  }

  @Test
  void unknownRouteField(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("typo.yaml");
    Files.writeString(profile, "name: typo\nroutes:\n  - method: GET\n    path: /a\n    latncy:\n      fixed: 1ms\n");
    GatlingProcess.Result run = runWith(dir, "slogate.stack.profile", profile.toString());
    assertOneLineError(run, "typo.yaml:5:");
    assertTrue(run.output().contains("latncy"), run::describe);
  }

  @Test
  void unreachableTarget(@TempDir Path dir) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    GatlingProcess.Result run = runWith(dir, "slogate.target", "http://127.0.0.1:" + closedPort);
    assertOneLineError(run, "slogate.target http://127.0.0.1:" + closedPort + " is unreachable");
  }

  @Test
  void unknownSloCatalog(@TempDir Path dir) throws Exception {
    assertOneLineError(runWith(dir, "slogate.slo", "no-such-system"), "unknown SLO catalog 'no-such-system'");
  }

  @Test
  void badRate(@TempDir Path dir) throws Exception {
    assertOneLineError(runWith(dir, "slogate.rate", "fast"), "slogate.rate=fast is not a rate");
  }

  @Test
  void unknownKeyNamesTheNearestOne(@TempDir Path dir) throws Exception {
    assertOneLineError(runWith(dir, "slogate.warmpu", "5s"),
        "unknown option slogate.warmpu (system property); did you mean slogate.warmup?");
  }

  @Test
  void durationWithoutUnit(@TempDir Path dir) throws Exception {
    assertOneLineError(runWith(dir, "slogate.duration", "30"), "slogate.duration=30 has no unit");
  }

  @Test
  void badGatePolicy(@TempDir Path dir) throws IOException, Exception {
    assertOneLineError(runWith(dir, "slogate.gate.inconclusive", "maybe"), "slogate.gate.inconclusive=maybe");
  }

  @Test
  void unknownReadinessSystem(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(Readiness.class).property(Readiness.SYSTEM_PROPERTY, "kgass").run(dir);
    assertOneLineError(run, "slogate.system=kgass is not a system slogate knows (expected one of kecs, sei-platform, kgas, "
        + "fleet-q, reconciliation-platform, or none for the reference stack)");
  }

  @Test
  void readinessExperimentThatDoesNotExist(@TempDir Path dir) throws Exception {
    GatlingProcess.Result run = GatlingProcess.of(Readiness.class).property(Readiness.SYSTEM_PROPERTY, "kecs")
        .property("slogate.experiment", "kill-everything").run(dir);
    assertOneLineError(run, "slogate.experiment=kill-everything is neither a file nor an experiment bundled with slogate");
  }

  /** Checked against the running stack in before(), so the bad index ends the run before any load. */
  @Test
  void experimentTargetingAReplicaTheStackDoesNotHave(@TempDir Path dir) throws Exception {
    Path experiment = dir.resolve("kill-replica-7.yaml");
    Files.writeString(experiment, """
        name: kill-replica-7
        fault:
          type: pod-kill
        target:
          local:
            index: 7
        mode: one
        duration: 5s
        probe:
          path: /health
        """);
    GatlingProcess.Result run = GatlingProcess.of(FailoverUnderLoad.class)
        .property("slogate.experiment", experiment.toString()).run(dir);
    assertOneLineError(run, "replica 7 does not exist: the embedded stack runs ");
  }
}
