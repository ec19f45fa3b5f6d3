package dev.slogate.chaos.local;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A real process to stop and kill: {@code sleep 60}, a child of the test JVM, destroyed by {@link #close()}. */
final class Victim implements AutoCloseable {

  private final Process process;

  private Victim(Process process) {
    this.process = process;
  }

  static Victim start() throws IOException {
    return new Victim(new ProcessBuilder("sleep", "60").redirectErrorStream(true).start());
  }

  long pid() {
    return process.pid();
  }

  /** The state letter in /proc, or '-' when it is gone. */
  char state() {
    return ProcStat.read(pid()).map(ProcStat::state).orElse('-');
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }
}
