/**
 * Prometheus for slogate's own series: {@link dev.slogate.reports.metrics.LiveMetrics} serves a run's live metrics
 * on loopback, {@link dev.slogate.reports.metrics.EvaluationPusher} pushes a finished evaluation to a Pushgateway.
 * Public API, documented in the module README for code that runs a load test; no slogate module calls it yet.
 */
package dev.slogate.reports.metrics;
