package dev.slogate.simulations.internal.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
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
    HttpServer a = answering(404);
    HttpServer b = answering(200);
    try {
      Target target = TargetResolver.resolve(Optional.of("http://127.0.0.1:" + a.getAddress().getPort() + "/"),
          Map.of(TargetResolver.ENVIRONMENT, "http://127.0.0.1:" + b.getAddress().getPort()));
      assertFalse(target.embedded());
      assertEquals("http://127.0.0.1:" + a.getAddress().getPort(), target.baseUrlText());
      Target fromEnvironment = TargetResolver.resolve(Optional.empty(),
          Map.of(TargetResolver.ENVIRONMENT, "http://127.0.0.1:" + b.getAddress().getPort()));
      assertEquals(b.getAddress().getPort(), fromEnvironment.baseUrl().getPort());
    } finally {
      a.stop(0);
      b.stop(0);
    }
  }

  @Test
  void aTargetThatAcceptsButNeverAnswersIsRefusedBeforeAnyLoad() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort());
      TargetException e = assertThrows(TargetException.class,
          () -> TargetResolver.checkReachable(uri, Duration.ofMillis(300)));
      assertEquals("slogate.target http://127.0.0.1:" + silent.getLocalPort()
          + " accepted a connection but sent no HTTP answer within 300ms: is it hung?", e.getMessage());
    }
    // and the same check lets a live server through, whatever its status
    HttpServer live = answering(401);
    try {
      TargetResolver.checkReachable(URI.create("http://127.0.0.1:" + live.getAddress().getPort()), Duration.ofSeconds(5));
    } finally {
      live.stop(0);
    }
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    TargetException e = assertThrows(TargetException.class,
        () -> TargetResolver.checkReachable(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(5)));
    assertTrue(e.getMessage().startsWith("slogate.target http://127.0.0.1:" + port + " is unreachable: "), e.getMessage());
  }

  @Test
  void theEmbeddedStackTakesTheDocumentedPortWhenOneIsGiven() {
    assertEquals(45_678, TargetResolver.resolve(Optional.empty(), Map.of(), 45_678).baseUrl().getPort());
  }

  private static HttpServer answering(int status) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return server;
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

  @Test
  void aTargetWithAQueryIsRefusedWithoutShowingIt() {
    TargetException e = assertThrows(TargetException.class,
        () -> TargetResolver.parse("http://127.0.0.1:8080/?token=QSECRET"));
    assertEquals("slogate.target must be a base URL without a query or fragment; pass tokens through the environment",
        e.getMessage());
  }
}
