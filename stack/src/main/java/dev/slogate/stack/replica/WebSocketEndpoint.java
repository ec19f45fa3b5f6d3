package dev.slogate.stack.replica;

import dev.slogate.stack.WebSocketSpec;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket endpoint of a replica: echoes every text message, and pushes {@code tick N} on its
 * own every {@code push} when the profile asks for it. The first message after the upgrade is a
 * greeting naming the replica ({@code hello replica I}), so a client can tell where the balancer
 * placed it. A plain request to the path is answered 426 Upgrade Required.
 */
final class WebSocketEndpoint {

  private WebSocketEndpoint() {}

  static HttpHandler handler(WebSocketSpec spec, int replicaIndex, ScheduledExecutorService timers) {
    return Handlers.websocket((WebSocketHttpExchange exchange, WebSocketChannel channel) -> {
      channel.getReceiveSetter().set(new AbstractReceiveListener() {
        @Override
        protected void onFullTextMessage(WebSocketChannel ch, BufferedTextMessage message) {
          WebSockets.sendText(message.getData(), ch, null);
        }
      });
      channel.resumeReceives();
      WebSockets.sendText("hello replica " + replicaIndex, channel, null);
      if (spec.pushes()) {
        AtomicLong ticks = new AtomicLong();
        long every = spec.push().toNanos();
        ScheduledFuture<?> pushing = timers.scheduleAtFixedRate(() -> {
          if (channel.isOpen()) {
            WebSockets.sendText("tick " + ticks.incrementAndGet(), channel, null);
          }
        }, every, every, TimeUnit.NANOSECONDS);
        channel.addCloseTask(ch -> pushing.cancel(false));
      }
    }, WebSocketEndpoint::upgradeRequired);
  }

  private static void upgradeRequired(HttpServerExchange exchange) {
    exchange.setStatusCode(StatusCodes.UPGRADE_REQUIRED);
    exchange.getResponseHeaders().put(Headers.UPGRADE, "websocket");
    exchange.endExchange();
  }
}
