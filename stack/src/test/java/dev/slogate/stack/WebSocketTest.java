package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** WebSockets through the real balancer: the upgrade is proxied, messages flow both ways, a kill ends them. */
class WebSocketTest {

  static final StackProfile PROFILE = new StackProfile("sockets", 2, List.of(),
      new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(100), 2, 2),
      List.of(RouteSpec.of("GET", "/api", new LatencyDistribution.Fixed(Duration.ZERO))))
      .withWebSockets(List.of(new WebSocketSpec("/ws", Duration.ofMillis(200)), WebSocketSpec.echo("/echo")));

  /** What a client socket received, in order; a close or error is the last entry. */
  static final class Received implements WebSocket.Listener {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      messages.add("closed " + status);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      messages.add("error " + error.getClass().getSimpleName());
    }

    String next() throws InterruptedException {
      String message = messages.poll(3, TimeUnit.SECONDS);
      return message == null ? "(nothing within 3 s)" : message;
    }
  }

  @Test
  void echoesAndPushesThroughTheBalancerRoundRobinAndEndsWhenTheReplicaDies() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    try (RunningStack stack = ReferenceStack.start(PROFILE, StackOptions.defaults())) {
      String ws = stack.frontUrl().replace("http://", "ws://");
      Received first = new Received();
      WebSocket a = client.newWebSocketBuilder().buildAsync(URI.create(ws + "/ws"), first).get(5, TimeUnit.SECONDS);
      Received second = new Received();
      WebSocket b = client.newWebSocketBuilder().buildAsync(URI.create(ws + "/ws"), second).get(5, TimeUnit.SECONDS);

      String greetingA = first.next();
      String greetingB = second.next();
      assertTrue(greetingA.matches("hello replica [01]"), greetingA);
      assertNotEquals(greetingA, greetingB, "round robin places two sockets on two replicas");

      a.sendText("ping 1", true).get(3, TimeUnit.SECONDS);
      assertEquals("ping 1", first.next(), "the echo comes before the first push (200 ms)");
      assertEquals("tick 1", first.next());
      assertEquals("tick 2", first.next());
      b.sendText("x".repeat(10_000), true).get(3, TimeUnit.SECONDS);
      String echoed = second.next();
      while (echoed.startsWith("tick ")) {
        echoed = second.next();
      }
      assertEquals(10_000, echoed.length(), "a large message crosses the proxy whole");

      int replicaOfA = Integer.parseInt(greetingA.substring("hello replica ".length()));
      stack.killReplica(replicaOfA);
      String last = first.next();
      while (last.startsWith("tick ")) {
        last = first.next();
      }
      assertTrue(last.startsWith("closed ") || last.startsWith("error "), "the socket ends with its replica: " + last);
      b.sendText("still here", true).get(3, TimeUnit.SECONDS);
      String reply = second.next();
      while (reply.startsWith("tick ")) {
        reply = second.next();
      }
      assertEquals("still here", reply, "the other replica's socket carries on");
      b.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(3, TimeUnit.SECONDS);
    }
  }

  @Test
  void echoOnlySocketSendsNothingUnasked() throws Exception {
    try (RunningStack stack = ReferenceStack.start(PROFILE.withReplicas(1), StackOptions.defaults())) {
      Received received = new Received();
      WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .buildAsync(URI.create(stack.frontUrl().replace("http://", "ws://") + "/echo"), received)
          .get(5, TimeUnit.SECONDS);
      assertEquals("hello replica 0", received.next());
      assertEquals(null, received.messages.poll(500, TimeUnit.MILLISECONDS), "no push on an echo socket");
      socket.sendText("one", true).get(3, TimeUnit.SECONDS);
      assertEquals("one", received.next());
      CompletableFuture<WebSocket> closing = socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
      closing.get(3, TimeUnit.SECONDS);
      assertEquals("closed 1000", received.next(), "the replica answers the close handshake");
      // A plain GET to a socket path is not an upgrade: the replica asks for one.
      assertEquals(426, Http.get(stack.frontUrl() + "/echo").statusCode());
    }
  }
}
