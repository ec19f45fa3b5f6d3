package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small shell process, started with each SIGSTOP, that sends SIGCONT when the fault's own duration (plus a
 * grace) has passed, whatever happened to the JVM meanwhile: the bound Chaos Mesh gives with
 * {@code spec.duration}. A SIGKILLed JVM runs no hook, and the next run's sweep may be a long way off.
 *
 * <p>It outlives the JVM: it is started in its own session ({@code setsid}), so that a CI agent that kills the
 * build's whole process group or session does not kill it too. Before signalling it compares the process's start
 * time (field 22 of {@code /proc/<pid>/stat}) with the one recorded, so a pid reused meanwhile is never signalled.
 * When the fault ends normally the watchdog is stopped; a sweep stops the watchdogs of the runs it cleans up.
 */
final class ResumeWatchdog {

  /** Past the fault's end, so that the JVM's own recovery (and its measurement) comes first when the JVM lives. */
  static final Duration GRACE = Duration.ofSeconds(1);

  // $1 seconds to wait, $2 the pid, $3 its start time. "${s##*) }" drops the command name (which may hold spaces
  // and parentheses) up to its last ") ", so that the state letter is $1 and the start time (field 22) is $20.
  private static final String SCRIPT = "pid=$2; ticks=$3; sleep \"$1\"; s=$(cat /proc/$pid/stat 2>/dev/null) || exit 0;"
      + " s=${s##*) }; set -- $s; [ \"${20}\" = \"$ticks\" ] && exec kill -CONT \"$pid\"";
  private static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
      || Files.isExecutable(Path.of("/bin/setsid"));

  private ResumeWatchdog() {}

  /**
   * Starts a watchdog that resumes {@code target} after {@code after}.
   *
   * @return the watchdog process, by pid and start time
   * @throws ChaosException when it cannot be started: then the process must not be stopped at all
   */
  static ProcessIdentity start(ProcessIdentity target, Duration after) {
    List<String> command = new ArrayList<>();
    if (SETSID) {
      command.add("setsid");
    }
    command.addAll(List.of("sh", "-c", SCRIPT, "slogate-chaos-watchdog",
        String.format(Locale.ROOT, "%.3f", after.toMillis() / 1000.0), Long.toString(target.pid()),
        Long.toString(target.startTicks())));
    try {
      Process process = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      Optional<ProcessIdentity> identity = ProcessIdentity.of(process.pid());
      if (identity.isEmpty()) {
        throw new ChaosException("the SIGCONT watchdog for pid " + target.pid() + " exited at once");
      }
      return identity.get();
    } catch (IOException e) {
      throw new ChaosException("could not start the SIGCONT watchdog for pid " + target.pid() + " ("
          + e.getMessage() + "), so the process is not stopped", e);
    }
  }

  /** Stops the watchdog and its {@code sleep}, if it is still the process it was; never anything else. */
  static void stop(ProcessIdentity watchdog) {
    if (watchdog.stat().isEmpty()) {
      return;
    }
    Optional<ProcessHandle> handle = ProcessHandle.of(watchdog.pid());
    List<ProcessHandle> children = handle.map(h -> h.descendants().toList()).orElse(List.of());
    handle.ifPresent(ProcessHandle::destroyForcibly);
    children.forEach(ProcessHandle::destroyForcibly);
  }
}
