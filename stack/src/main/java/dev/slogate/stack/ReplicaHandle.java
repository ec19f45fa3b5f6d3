package dev.slogate.stack;

/**
 * One replica as it is now. A restart gives the same index a new handle (new url and pid).
 *
 * @param index position in the stack, from 0
 * @param url e.g. {@code http://127.0.0.1:41234}; talk to the replica directly, bypassing the balancer
 * @param pid the operating-system process id
 * @param role the role the profile gives this index
 */
public record ReplicaHandle(int index, String url, long pid, String role) {

  /** Whether the process is still running (it may be running yet out of rotation). */
  public boolean isAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
