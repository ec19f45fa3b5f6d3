package dev.slogate.chaos.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What Linux says about one process in {@code /proc/<pid>/stat}: its state letter, its start time and the CPU
 * time it has used.
 *
 * <p>The start time (clock ticks since boot, field 22) is what makes a pid an identity: a pid that is
 * reused by a new process gets a new start time, so a fault recorded as (pid, start) never signals a
 * stranger. It stays readable while the process is a zombie, unlike {@code ProcessHandle.Info}.
 *
 * @param pid the process id
 * @param state the state letter: {@code R} running, {@code S}/{@code D} sleeping, {@code T} stopped by a
 *     signal, {@code t} stopped by a tracer, {@code Z} zombie, {@code X} dead
 * @param startTicks when the process started, in clock ticks since boot
 * @param cpuTicks CPU time the process has used so far, user plus system, all its threads, in clock ticks
 *     (fields 14 and 15); public for the benchmarks, which compare two injectors' CPU per request
 */
public record ProcStat(long pid, char state, long startTicks, long cpuTicks) {

  private static final Path PROC = Path.of("/proc");
  /** Field 22 of stat is the 20th after the command name, whose closing parenthesis ends field 2. */
  private static final int START_TIME_AFTER_COMMAND = 19;
  /** Fields 14 (utime) and 15 (stime), counted the same way. */
  private static final int USER_TIME_AFTER_COMMAND = 11;
  private static final int SYSTEM_TIME_AFTER_COMMAND = 12;

  /** The process as it is now, or empty when there is no such process. */
  public static Optional<ProcStat> read(long pid) {
    String text;
    try {
      text = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    } catch (IOException e) {
      // A process that exits while we read is as good as gone.
      return Optional.empty();
    }
    return Optional.of(parse(pid, text));
  }

  /** Parses a stat line; the command name may hold spaces and parentheses, so fields count from the last ')'. */
  static ProcStat parse(long pid, String text) {
    int end = text.lastIndexOf(')');
    String[] fields = text.substring(end + 2).trim().split(" ");
    return new ProcStat(pid, fields[0].charAt(0), Long.parseLong(fields[START_TIME_AFTER_COMMAND]),
        Long.parseLong(fields[USER_TIME_AFTER_COMMAND]) + Long.parseLong(fields[SYSTEM_TIME_AFTER_COMMAND]));
  }

  /** Whether Linux process information is available here at all. */
  public static boolean available() {
    return Files.isReadable(PROC.resolve("self").resolve("stat"));
  }

  boolean stopped() {
    return state == 'T' || state == 't';
  }

  /** A zombie has released its sockets and can do nothing more: for a kill, it is gone. */
  public boolean exited() {
    return state == 'Z' || state == 'X';
  }
}
