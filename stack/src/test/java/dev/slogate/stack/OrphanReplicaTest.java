package dev.slogate.stack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.process.JavaCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SIGKILL a stack's parent JVM: no replica may outlive it. */
class OrphanReplicaTest {

  private static final Pattern REPLICA = Pattern.compile("replica (\\d+) (http://\\S+) pid (\\d+) role \\S+");

  @Test
  void replicasDieWhenTheirParentIsKilled() throws Exception {
    List<String> command = new ArrayList<>(JavaCommand.current().command(StackMain.class.getName()));
    command.addAll(List.of("--profile", "default", "--replicas", "2"));
    Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Long> pids = new ArrayList<>();
    try {
      CompletableFuture<List<Long>> printed = CompletableFuture.supplyAsync(() -> readPids(parent));
      pids.addAll(printed.get(30, TimeUnit.SECONDS));
      assertEquals(2, pids.size());
      for (long pid : pids) {
        assertTrue(alive(pid), "replica " + pid + " runs before the kill");
        assertEquals(parent.pid(), ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L));
      }

      parent.destroyForcibly();
      assertTrue(parent.waitFor(10, TimeUnit.SECONDS));

      await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
        for (long pid : pids) {
          assertTrue(!alive(pid), "replica " + pid + " outlived its SIGKILLed parent");
        }
      });
    } finally {
      parent.destroyForcibly();
      pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
  }

  private static List<Long> readPids(Process parent) {
    List<Long> pids = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("Ctrl-C")) {
        Matcher m = REPLICA.matcher(line);
        if (m.matches()) {
          pids.add(Long.parseLong(m.group(3)));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return pids;
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
