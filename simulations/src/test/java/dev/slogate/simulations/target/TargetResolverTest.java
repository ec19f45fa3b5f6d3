package dev.slogate.simulations.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  @Test
  void withNoTargetTheEmbeddedStackGetsAFreeLoopbackPort() {
    Target target = TargetResolver.resolve(Optional.empty(), Map.of());
    assertTrue(target.embedded());
    assertEquals("127.0.0.1", target.baseUrl().getHost());
    assertTrue(target.baseUrl().getPort() > 0);
  }

  @Test
  void thePropertyWinsOverTheEnvironment() throws Exception {
    try (ServerSocket a = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
        ServerSocket b = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      Target target = TargetResolver.resolve(Optional.of("http://127.0.0.1:" + a.getLocalPort() + "/"),
          Map.of(TargetResolver.ENVIRONMENT, "http://127.0.0.1:" + b.getLocalPort()));
      assertFalse(target.embedded());
      assertEquals("http://127.0.0.1:" + a.getLocalPort(), target.baseUrlText());
      Target fromEnvironment = TargetResolver.resolve(Optional.empty(),
          Map.of(TargetResolver.ENVIRONMENT, "http://127.0.0.1:" + b.getLocalPort()));
      assertEquals(b.getLocalPort(), fromEnvironment.baseUrl().getPort());
    }
  }

  @Test
  void badTargetsAreRefusedInOneSentence() {
    assertEquals("slogate.target 'ftp://x' must be an http:// or https:// URL with a host",
        assertThrows(TargetException.class, () -> TargetResolver.parse("ftp://x")).getMessage());
    TargetException withCredentials = assertThrows(TargetException.class,
        () -> TargetResolver.parse("http://user:secret@127.0.0.1:1"));
    assertFalse(withCredentials.getMessage().contains("secret"));
  }

  @Test
  void aTargetJavaCannotParseNeverPrintsItsCredentialsOrForgesALine() {
    // An underscore in the host: java.net.URI finds no host, and the old message printed the URL whole.
    TargetException odd = assertThrows(TargetException.class,
        () -> TargetResolver.parse("http://user:pw-SECRET@bad_host.local:8080"));
    assertEquals("slogate.target 'http://***@bad_host.local:8080' must be an http:// or https:// URL with a host",
        odd.getMessage());
    TargetException broken = assertThrows(TargetException.class,
        () -> TargetResolver.parse("http://user:pw-SECRET@host/a b\r\nforged"));
    assertFalse(broken.getMessage().contains("SECRET"), broken.getMessage());
    assertFalse(broken.getMessage().contains("\n") || broken.getMessage().contains("\r"), broken.getMessage());
    assertTrue(broken.getMessage().startsWith("slogate.target 'http://***@host/a b\\r\\nforged' is not a URL: "),
        broken.getMessage());
  }
}
