package dev.slogate.stack.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.StackException;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.profile.ProfileDocument;
import dev.slogate.stack.profile.ProfileLoader;
import dev.slogate.stack.replica.ReplicaConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One replica process, without a balancer: start-up handshake, clean stop, failure reporting. */
class ReplicaProcessTest {

  @Test
  void listensOnLoopbackAndLeavesWhenStdinCloses() throws Exception {
    ReplicaConfig config = ReplicaConfig.of(0, StackProfile.defaultProfile(), Duration.ZERO, OptionalDouble.empty());
    ReplicaProcess replica = ReplicaProcess.launch(JavaCommand.current(), config);
    try {
      URI url = replica.awaitListening(Duration.ofSeconds(30));
      assertEquals("127.0.0.1", url.getHost());
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(url.resolve("/health")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());

      ProcessHandle handle = ProcessHandle.of(replica.pid()).orElseThrow();
      replica.requestStop();
      handle.onExit().get(5, TimeUnit.SECONDS);
      assertFalse(replica.isAlive(), "left on its own after end-of-file on stdin");
    } finally {
      replica.kill();
    }
  }

  @Test
  void aReplicaThatCannotStartSaysWhy() {
    ProfileDocument noRoutes = new ProfileDocument("broken", 1, null, null, List.of());
    ReplicaConfig config = new ReplicaConfig(0, "replica", ProcessHandle.current().pid(), noRoutes, "0ms", null, null);
    ReplicaProcess replica = ReplicaProcess.launch(JavaCommand.current(), config);
    StackException e = assertThrows(StackException.class, () -> replica.awaitListening(Duration.ofSeconds(30)));
    assertTrue(e.getMessage().matches("replica 0 \\(pid \\d+\\) exited with code 2 before listening; "
        + "its last output: replica: cannot start: routes: at least one route is needed"), e.getMessage());
  }

  @Test
  void profilesTravelToReplicasExactly() {
    StackProfile profile = StackProfile.defaultProfile();
    ReplicaConfig config = ReplicaConfig.fromJson(
        ReplicaConfig.of(2, profile, Duration.ofMillis(50), OptionalDouble.of(0.25)).toJson());
    assertEquals(2, config.index());
    assertEquals(profile, ProfileLoader.fromDocument(config.profile()));
    assertEquals(Duration.ofMillis(50), config.addedLatencyDuration());
    assertTrue(config.effectiveRoutes().stream().allMatch(r -> r.errorRatio() == 0.25));
    assertEquals(ProcessHandle.current().pid(), config.parentPid());
  }
}
