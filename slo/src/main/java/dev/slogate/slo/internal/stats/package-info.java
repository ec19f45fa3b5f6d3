/**
 * Confidence intervals that hold without assuming a latency distribution.
 *
 * <ul>
 *   <li>Quantiles ({@link dev.slogate.slo.internal.stats.QuantileEstimate}): order statistics with exact binomial ranks
 *       ({@link dev.slogate.slo.internal.stats.OrderStatistics}), read from HdrHistograms by walking cumulative counts.
 *       Histogram buckets widen bounds outwards (lowest equivalent value for a lower bound, highest for an
 *       upper bound), so bucket resolution can only make an interval more conservative.
 *   <li>Proportions ({@link dev.slogate.slo.internal.stats.ProportionEstimate}): Clopper–Pearson, from the Beta
 *       distribution.
 *   <li>Rates ({@link dev.slogate.slo.internal.stats.RateEstimate}): Garwood's Poisson interval, from the Gamma
 *       distribution.
 * </ul>
 *
 * <p>Every estimate carries a two-sided interval at confidence c, for people to read, and one-sided bounds at
 * c, for verdicts: "p99 &lt; 100 ms" passes only when the one-sided upper bound is below 100 ms, and fails only
 * when the one-sided lower bound is at or above it. A one-sided bound at c is tighter than the matching end
 * of the two-sided interval at c, and it is the right test for a one-sided claim.
 *
 * <p>All of these assume independent samples. Latencies of consecutive requests are correlated when the
 * target degrades for a while, which makes any interval optimistic; that is why verdicts are also guarded by
 * the load-validity check and by phases chosen to be stationary.
 *
 * <p>Internal to the slo module: the evaluator and the baseline comparison use it, no other module does, and no
 * public type exposes it. Public only for their sake; no API.
 */
package dev.slogate.slo.internal.stats;
