package dev.slogate.stack.replica;

import dev.slogate.config.Durations;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.stack.RouteSpec;
import dev.slogate.stack.StackProfile;
import dev.slogate.stack.profile.ProfileDocument;
import dev.slogate.stack.profile.ProfileLoader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a parent tells a replica process, as one line of JSON on the replica's stdin: which
 * replica it is, the profile, and the stack-wide overrides. Sent on stdin rather than as
 * arguments so that the same pipe can then tell the replica its parent has died.
 *
 * @param index the replica's position in the stack, from 0
 * @param role the replica's role from the profile
 * @param parentPid the process that must outlive this replica
 * @param profile the profile, with exact durations
 * @param addedLatency added to every route's delay, e.g. "50ms"
 * @param errorRatio when set, replaces every route's error ratio
 * @param coordinator the parent's coordinator URL when the profile elects a leader, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplicaConfig(
    int index, String role, long parentPid, ProfileDocument profile, String addedLatency,
    Double errorRatio, String coordinator) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static ReplicaConfig of(
      int index, StackProfile profile, Duration addedLatency, OptionalDouble errorRatio) {
    return of(index, profile, addedLatency, errorRatio, null);
  }

  /** @param coordinator where the parent's coordinator listens, or null without leader election */
  public static ReplicaConfig of(
      int index, StackProfile profile, Duration addedLatency, OptionalDouble errorRatio, URI coordinator) {
    return new ReplicaConfig(index, profile.roleOf(index), ProcessHandle.current().pid(),
        ProfileLoader.toDocument(profile), Durations.formatInLargestUnit(addedLatency),
        errorRatio.isPresent() ? errorRatio.getAsDouble() : null,
        coordinator == null ? null : coordinator.toString());
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write replica config", e);
    }
  }

  public static ReplicaConfig fromJson(String line) {
    try {
      return JSON.readValue(line, ReplicaConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad replica config: " + e.getOriginalMessage(), e);
    }
  }

  /** The profile as the replica runs it (routes before the overrides). */
  public StackProfile stackProfile() {
    return ProfileLoader.fromDocument(profile);
  }

  /** The routes this replica serves, with the overrides applied. */
  public List<RouteSpec> effectiveRoutes() {
    List<RouteSpec> routes = ProfileLoader.fromDocument(profile).routes();
    return errorRatio == null ? routes : routes.stream().map(r -> r.withErrorRatio(errorRatio)).toList();
  }

  public Duration addedLatencyDuration() {
    return addedLatency == null ? Duration.ZERO : Durations.parse(addedLatency);
  }
}
