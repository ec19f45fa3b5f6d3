package dev.slogate.stack.coordination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.OptionalInt;

/**
 * Who leads, as the coordinator tells replicas (the answer to a heartbeat and to
 * {@code GET /leader}).
 *
 * @param replica the leader's replica index, or null while there is none
 * @param pod the leader's pod id ({@code index-pid}), or null
 * @param term how many elections have produced a leader so far
 */
public record LeaderView(Integer replica, String pod, long term) {

  static final LeaderView NONE = new LeaderView(null, null, 0);

  @JsonIgnore
  public OptionalInt replicaIndex() {
    return replica == null ? OptionalInt.empty() : OptionalInt.of(replica);
  }

  public boolean isLeader(String podId) {
    return pod != null && pod.equals(podId);
  }
}
