package dev.slogate.reports.metrics;

import dev.slogate.slo.eval.ErrorBudget;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.gate.GateDecision;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Pushes a finished evaluation to a Prometheus Pushgateway, so that verdicts, measured values and error
 * budgets of nightly runs become time series. The metrics are built in a Micrometer Prometheus registry and
 * sent with the Pushgateway's PUT API under the grouping key {@code job="slogate", system="<system>"}: each
 * push replaces the system's previous one.
 *
 * <p>Metrics (all with {@code system}; per objective also {@code objective} and {@code kind}):
 * {@code slogate_objective_verdict} (0 PASS, 1 INCONCLUSIVE, 2 INVALID, 3 FAIL), {@code slogate_objective_passed}
 * (1 or 0), {@code slogate_objective_value} and {@code slogate_objective_target} (with {@code unit}),
 * {@code slogate_error_budget_remaining} and {@code slogate_error_budget_burn_rate},
 * {@code slogate_run_verdict}, {@code slogate_gate_passed}, {@code slogate_run_start_seconds} and
 * {@code slogate_run_info} (1, with {@code run_id} and {@code simulation}).
 */
public final class EvaluationPusher {

  public static final String JOB = "slogate";

  private EvaluationPusher() {}

  /**
   * @param pushgateway the Pushgateway's base URL, such as {@code http://127.0.0.1:9091}
   * @throws UncheckedIOException when the Pushgateway cannot be reached or refuses the push
   */
  public static void push(Evaluation evaluation, GateDecision gate, URI pushgateway) {
    String system = evaluation.spec().system();
    String body = exposition(evaluation, gate);
    URI uri = pushgateway.resolve("/metrics/job/" + JOB + "/system/" + URLEncoder.encode(system, StandardCharsets.UTF_8).replace("+", "%20"));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new UncheckedIOException(new IOException("the Pushgateway at " + pushgateway + " refused the push: HTTP "
            + response.statusCode() + " " + response.body().strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot push to the Pushgateway at " + pushgateway + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while pushing to " + pushgateway, e));
    }
  }

  /** The metrics in Prometheus' text format, as pushed. */
  public static String exposition(Evaluation evaluation, GateDecision gate) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    String system = evaluation.spec().system();
    registry.config().commonTags("system", system);
    for (ObjectiveResult result : evaluation.results()) {
      String kind = result.objective().kind().id();
      gauge(registry, "slogate.objective.verdict", result.verdict().ordinal(), "objective", result.name(), "kind", kind);
      gauge(registry, "slogate.objective.passed", result.verdict().isPass() ? 1 : 0, "objective", result.name(), "kind", kind);
      if (result.measurement() != null && result.measurement().hasEstimate()) {
        gauge(registry, "slogate.objective.value", result.measurement().estimate(), "objective", result.name(), "kind", kind,
            "unit", result.measurement().unit().symbol());
      }
      if (result.target() != null) {
        gauge(registry, "slogate.objective.target", result.target().value(), "objective", result.name(), "kind", kind,
            "unit", result.target().unit().symbol());
      }
    }
    for (ErrorBudget budget : evaluation.errorBudgets()) {
      gauge(registry, "slogate.error.budget.remaining", budget.remaining(), "objective", budget.objective());
      gauge(registry, "slogate.error.budget.burn.rate", budget.burnRate(), "objective", budget.objective());
    }
    gauge(registry, "slogate.run.verdict", evaluation.verdict().ordinal());
    gauge(registry, "slogate.gate.passed", gate.passed() ? 1 : 0);
    gauge(registry, "slogate.run.start.seconds", evaluation.run().epochStartMillis() / 1000.0);
    gauge(registry, "slogate.run.info", 1, "run_id", evaluation.run().runId(), "simulation", evaluation.run().simulation());
    String text = registry.scrape();
    registry.close();
    return text;
  }

  private static void gauge(PrometheusMeterRegistry registry, String name, double value, String... tags) {
    Gauge.builder(name, () -> value).tags(tags).register(registry);
  }
}
