package dev.slogate.stack.haproxy;

import dev.slogate.stack.StackException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port nobody listens on right now, for a process that binds it by number. */
final class FreePort {

  private FreePort() {}

  static int loopback() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StackException("no free loopback port: " + e.getMessage(), e);
    }
  }
}
