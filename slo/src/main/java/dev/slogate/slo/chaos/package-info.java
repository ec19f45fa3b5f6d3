/**
 * Value types describing a chaos run: fault windows and probe samples. The {@code chaos} module fills them;
 * the evaluator judges failover objectives and per-fault error-budget shares from them. They depend on
 * nothing, so a timeline can be saved, reloaded and evaluated again without a cluster.
 */
package dev.slogate.slo.chaos;
