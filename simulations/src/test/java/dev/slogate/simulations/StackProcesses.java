package dev.slogate.simulations;

import java.util.List;
import java.util.UUID;

/**
 * Tags the replica JVMs a run starts with a unique marker on their command line, so a test can tell its
 * own replicas from anyone else's and prove none outlived the run.
 */
final class StackProcesses {

  private final String marker = "-Dslogate.test.marker=" + UUID.randomUUID();

  /** The replica JVM flags: the stack's defaults plus the marker. */
  String replicaJvmArgs() {
    return "-Xms32m -Xmx128m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 " + marker;
  }

  List<ProcessHandle> alive() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }
}
