package dev.slogate.chaos.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Who a process is, as far as the guardrails care: its owner's uid and whether it is a kernel thread, both
 * read from {@code /proc}. A kernel thread cannot be stopped in a meaningful way, and a process of another user
 * is not the experiment's to break, even when slogate runs as root and could.
 */
final class ProcessOwner {

  /** {@code PF_KTHREAD} in the flags of {@code /proc/<pid>/stat} (field 9). */
  private static final long PF_KTHREAD = 0x00200000L;
  /** Field 9 counted from the state letter (field 3), which follows the command name's closing parenthesis. */
  private static final int FLAGS_AFTER_COMMAND = 6;

  private ProcessOwner() {}

  /** The uid that owns {@code /proc/<pid>}, or empty when the process is gone. */
  static OptionalLong uid(long pid) {
    return uidOf(Path.of("/proc", Long.toString(pid)));
  }

  static long ownUid() {
    return uidOf(Path.of("/proc/self")).orElseThrow();
  }

  private static OptionalLong uidOf(Path proc) {
    try {
      return OptionalLong.of(((Number) Files.getAttribute(proc, "unix:uid")).longValue());
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalLong.empty();
    }
  }

  static boolean isKernelThread(long pid) {
    try {
      String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
      return (Long.parseLong(fields[FLAGS_AFTER_COMMAND]) & PF_KTHREAD) != 0;
    } catch (IOException | RuntimeException gone) {
      return false;
    }
  }
}
