package dev.slogate.stack.replica;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends this replica the moment its parent is gone, however the parent died. Two independent
 * signals: end-of-file on stdin (the parent holds the pipe's only writing end, and the kernel
 * closes it even when the parent is SIGKILLed), and the parent's exit as the JDK observes it.
 */
final class ParentWatch {

  private ParentWatch() {}

  static void start(InputStream stdin, long expectedParentPid) {
    ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
    if (parent == null || parent.pid() != expectedParentPid || !parent.isAlive()) {
      // The parent died before we looked; we have been re-parented already.
      halt("parent " + expectedParentPid + " is gone");
    }
    Thread reader = new Thread(() -> {
      try {
        while (stdin.read() != -1) {
          // Nothing else is ever sent; keep reading until the pipe closes.
        }
      } catch (IOException e) {
        // A broken pipe means the same thing as end-of-file.
      }
      halt(null);
    }, "parent-watch-stdin");
    reader.setDaemon(true);
    reader.start();
    parent.onExit().thenRun(() -> halt("parent " + expectedParentPid + " exited"));
  }

  private static void halt(String why) {
    if (why != null) {
      System.err.println("replica stopping: " + why);
    }
    // halt, not exit: nothing here is worth finishing once the parent is gone.
    Runtime.getRuntime().halt(0);
  }
}
