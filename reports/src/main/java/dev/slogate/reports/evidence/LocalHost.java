package dev.slogate.reports.evidence;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name of this machine, for the evidence block. */
final class LocalHost {

  private LocalHost() {}

  static String name() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return Evidence.UNKNOWN;
    }
  }
}
