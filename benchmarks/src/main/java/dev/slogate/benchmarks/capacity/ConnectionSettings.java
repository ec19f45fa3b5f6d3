package dev.slogate.benchmarks.capacity;

import dev.slogate.benchmarks.internal.harness.Table;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The operating-system settings that bound how many connections an injector on this machine can hold. */
final class ConnectionSettings {

  private ConnectionSettings() {}

  static Table describe() {
    Table table = new Table("setting", "value", "why it matters");
    table.row("file descriptors (soft limit, `ulimit -n`, inherited by Gatling)", openFileLimit(),
        "every connection is a descriptor; an open model against a slow target holds rate × latency of them");
    table.row("ephemeral ports (`net.ipv4.ip_local_port_range`)", proc("sys/net/ipv4/ip_local_port_range"),
        "without shared connections every virtual user opens (and leaves in TIME_WAIT) its own connection");
    table.row("`net.ipv4.tcp_tw_reuse`", proc("sys/net/ipv4/tcp_tw_reuse"),
        "1 or 2 let new outgoing connections reuse TIME_WAIT ports (2: loopback only)");
    table.row("`net.core.somaxconn`", proc("sys/net/core/somaxconn"), "accept backlog of the target");
    table.row("Gatling `shareConnections()`", "on in SteadyLoad and in the plain simulation",
        "one pool for all virtual users, kept alive; the default (off) opens one connection per user");
    table.row("nginx", "1 worker, `worker_connections 16384`, `keepalive_requests 1000000`",
        "the target must not close kept-alive connections under the injector");
    return table;
  }

  private static String openFileLimit() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return Long.toString(unix.getMaxFileDescriptorCount());
    }
    return "(unknown)";
  }

  private static String proc(String path) {
    try {
      // /proc files report a size of 0, which Files.readString trusts: read them as a stream.
      return String.join(" ", Files.readAllLines(Path.of("/proc", path))).trim().replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "(unreadable)";
    }
  }
}
