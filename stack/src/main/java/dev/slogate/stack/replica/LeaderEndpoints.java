package dev.slogate.stack.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.QueueSnapshot;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import io.undertow.util.StatusCodes;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code GET /admin/leader} and {@code GET /admin/queue} of a leader-electing replica. Both ask the
 * parent's table at the moment of the request, so every replica gives the same answer and none
 * can report a leader the table has already replaced.
 *
 * <p>{@code /admin/queue} is also the Prometheus scrape path of the system it stands in for, so it
 * answers metrics text unless the client accepts JSON.
 */
final class LeaderEndpoints {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The answer of {@code /admin/leader}: who leads, and who answered. */
  record LeaderAnswer(Integer leader, String leaderPod, long term, int replica, String pod, boolean isLeader) {}

  private final CoordinatorClient coordinator;
  private final int replica;
  private final String metricPrefix;

  /** @param system the profile name; metrics are named after it, e.g. {@code fleet_q_pending_steps} */
  LeaderEndpoints(CoordinatorClient coordinator, int replica, String system) {
    this.coordinator = coordinator;
    this.replica = replica;
    this.metricPrefix = system.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_";
  }

  void leader(HttpServerExchange exchange) {
    answer(exchange, coordinator.leader().thenApply(view -> json(new LeaderAnswer(
        view.replica(), view.pod(), view.term(), replica, coordinator.pod(), view.isLeader(coordinator.pod())))),
        "application/json");
  }

  void queue(HttpServerExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
    boolean json = accept != null && accept.contains("application/json");
    Function<QueueSnapshot, String> render = json ? LeaderEndpoints::json : this::prometheus;
    answer(exchange, coordinator.queue().thenApply(render),
        json ? "application/json" : "text/plain; version=0.0.4; charset=utf-8");
  }

  private static void answer(HttpServerExchange exchange, CompletableFuture<String> body, String contentType) {
    exchange.dispatch(SameThreadExecutor.INSTANCE, () -> body.whenComplete((text, error) ->
        exchange.getIoThread().execute(() -> {
          if (error != null) {
            // The table is unreachable: the pod cannot know, and says so as a real one would.
            exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
            exchange.getResponseSender().send("coordinator unreachable\n");
            return;
          }
          exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
          exchange.getResponseSender().send(text);
        })));
  }

  String prometheus(QueueSnapshot q) {
    StringBuilder text = new StringBuilder();
    metric(text, "pending_steps", "gauge", "Steps waiting to be claimed", q.pending());
    metric(text, "claimed_steps", "gauge", "Steps claimed and in progress", q.claimed());
    metric(text, "submitted_steps_total", "counter", "Steps submitted", q.submitted());
    metric(text, "completed_steps_total", "counter", "Steps completed", q.completed());
    metric(text, "requeued_steps_total", "counter", "Steps of dead pods put back to pending", q.requeued());
    return text.toString();
  }

  private void metric(StringBuilder text, String name, String type, String help, long value) {
    String full = metricPrefix + name;
    text.append("# HELP ").append(full).append(' ').append(help).append('\n')
        .append("# TYPE ").append(full).append(' ').append(type).append('\n')
        .append(full).append(' ').append(value).append('\n');
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
