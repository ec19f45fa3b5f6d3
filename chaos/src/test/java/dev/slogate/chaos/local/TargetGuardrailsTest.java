package dev.slogate.chaos.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link LocalProcessBackend#checkTargets} refuses before any load, each in one line, and what it allows: a
 * process of the same user that the experiment names by pid. Real processes throughout; nothing is signalled.
 */
class TargetGuardrailsTest {

  @TempDir
  Path dir;
  private LocalProcessBackend chaos;

  @BeforeEach
  void backend() {
    chaos = new LocalProcessBackend(LocalBackendOptions.builder().stateFile(dir.resolve("chaos-state.json")).build());
  }

  private static ExperimentSpec stop(LocalTarget target) {
    return LocalProcessBackendTest.experiment(new FaultSpec.PodFailure(), target);
  }

  @Test
  void aPidfileThatHoldsNoPidIsNamedAndNeverEchoed() throws IOException {
    ChaosException passwd = assertThrows(ChaosException.class,
        () -> chaos.checkTargets(stop(LocalTarget.pidfile(Path.of("/etc/passwd")))));
    assertEquals("pidfile '/etc/passwd' holds no pid: it should hold one process id and nothing else",
        passwd.getMessage());

    Path secret = dir.resolve("app.pid");
    Files.writeString(secret, "token=s3cr3t\n");
    ChaosException small = assertThrows(ChaosException.class, () -> chaos.checkTargets(stop(LocalTarget.pidfile(secret))));
    assertFalse(small.getMessage().contains("s3cr3t"), small.getMessage());
    assertTrue(small.getMessage().startsWith("pidfile '" + secret + "' holds no pid"), small.getMessage());
  }

  @Test
  void aPidfileNamingAProcessOfThisUserIsAllowed() throws Exception {
    try (Victim victim = Victim.start()) {
      // A process just forked is briefly running ('R') before `sleep` blocks: wait until it sleeps, so that the
      // state after the checks says whether they signalled it.
      await().atMost(Duration.ofSeconds(10)).until(() -> victim.state() == 'S');
      Path pidfile = dir.resolve("victim.pid");
      Files.writeString(pidfile, victim.pid() + "\n");
      assertDoesNotThrow(() -> chaos.checkTargets(stop(LocalTarget.pidfile(pidfile))));
      assertDoesNotThrow(() -> chaos.checkTargets(stop(LocalTarget.pid(victim.pid()))));
      assertEquals('S', victim.state(), "checking signals nothing");
    }
  }

  @Test
  void pidOneThisJvmAndItsParentAreRefused() {
    GuardrailViolation init = assertThrows(GuardrailViolation.class, () -> chaos.checkTargets(stop(LocalTarget.pid(1))));
    assertEquals("refusing to signal pid 1: it is the init process", init.getMessage());

    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    GuardrailViolation ancestor = assertThrows(GuardrailViolation.class,
        () -> chaos.checkTargets(stop(LocalTarget.pid(parent))));
    assertEquals("refusing to signal pid " + parent + ": it is this JVM or one of its parents, and nothing would be"
        + " left to take the fault off", ancestor.getMessage());
  }

  @Test
  void aPidThatDoesNotRunIsRefused() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
    ChaosException e = assertThrows(ChaosException.class, () -> chaos.checkTargets(stop(LocalTarget.pid(gone.pid()))));
    assertEquals("the local target pid " + gone.pid() + " of experiment local-test is not running", e.getMessage());
  }

  @Test
  void aKernelThreadIsRefused() throws IOException {
    OptionalLong kernelThread;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      kernelThread = processes.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]+"))
          .mapToLong(Long::parseLong).filter(pid -> pid > 1 && ProcessOwner.isKernelThread(pid)).findFirst();
    }
    // Kernel threads are invisible inside a PID namespace; nothing can be installed to change that.
    assumeTrue(kernelThread.isPresent(), "no kernel thread is visible in this PID namespace; skipping");
    long pid = kernelThread.getAsLong();
    GuardrailViolation e = assertThrows(GuardrailViolation.class, () -> chaos.checkTargets(stop(LocalTarget.pid(pid))));
    assertEquals("refusing to signal pid " + pid + ": it is a kernel thread", e.getMessage());
  }

  @Test
  void aProcessOfAnotherUserIsRefused() throws Exception {
    boolean canRun = Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"));
    boolean root = ProcessOwner.ownUid() == 0;
    if (!(canRun && root) && "1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      throw new AssertionError("a process of another user needs runuser (util-linux) and root, and"
          + " SLOGATE_REQUIRE_ALL=1 forbids skipping");
    }
    assumeTrue(canRun && root, "starting a process of another user needs runuser and root; skipping");
    Process nobody = new ProcessBuilder("runuser", "-u", "nobody", "--", "sleep", "30").start();
    try {
      ProcessHandle sleep = awaitChild(nobody);
      long uid = ProcessOwner.uid(sleep.pid()).orElseThrow();
      GuardrailViolation e = assertThrows(GuardrailViolation.class,
          () -> chaos.checkTargets(stop(LocalTarget.pid(sleep.pid()))));
      assertEquals("refusing to signal pid " + sleep.pid() + ": it belongs to user " + uid
          + ", not to the user running slogate (0)", e.getMessage());
    } finally {
      nobody.descendants().forEach(ProcessHandle::destroyForcibly);
      nobody.destroyForcibly();
      nobody.waitFor(5, TimeUnit.SECONDS);
    }
  }

  /** The process of the other user: runuser itself if it exec'd, or the child it forked. */
  private static ProcessHandle awaitChild(Process runuser) {
    return await().atMost(Duration.ofSeconds(10)).until(() -> Stream.concat(Stream.of(runuser.toHandle()),
                runuser.children())
            .filter(p -> ProcessOwner.uid(p.pid()).orElse(0) != 0).findFirst(), Optional::isPresent)
        .orElseThrow();
  }
}
