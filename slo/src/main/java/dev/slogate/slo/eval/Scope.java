package dev.slogate.slo.eval;

import java.util.List;

/**
 * What a window objective is judged on, after phase selection and aggregation.
 *
 * @param judged the judged phases and how they were chosen
 * @param sample the aggregated requests
 */
record Scope(PhaseScope judged, Sample sample) {

  List<String> phases() {
    return judged.phases();
  }
}
