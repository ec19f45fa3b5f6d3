package dev.slogate.slo.eval;

import java.util.List;

/**
 * What a window objective is judged on, after phase selection and aggregation.
 *
 * @param phases the judged phase names
 * @param text how sentences name the phases: "in steady", "in the whole run (no run plan)"
 * @param sample the aggregated requests
 */
record Scope(List<String> phases, String text, Sample sample) {}
