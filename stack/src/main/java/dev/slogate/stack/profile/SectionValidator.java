package dev.slogate.stack.profile;

import static dev.slogate.stack.profile.ProfileValidator.build;
import static dev.slogate.stack.profile.ProfileValidator.duration;
import static dev.slogate.stack.profile.ProfileValidator.required;

import dev.slogate.stack.LatencyDistribution;
import dev.slogate.stack.LeaderElection;
import dev.slogate.stack.WebSocketSpec;
import dev.slogate.stack.WorkQueue;
import dev.slogate.stack.profile.ProfileDocument.LeaderElectionDocument;
import dev.slogate.stack.profile.ProfileDocument.WebSocketDocument;
import dev.slogate.stack.profile.ProfileDocument.WorkQueueDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional sections of a profile beyond routes: WebSocket endpoints, leader election and the
 * step queue. Same rules as {@link ProfileValidator}: defaults filled here, invariants checked by
 * the model, problems reported with the field at fault.
 */
final class SectionValidator {

  static final int DEFAULT_MAX_PARALLELISM = 20;
  static final double DEFAULT_CAPACITY_THRESHOLD = 0.8;

  private SectionValidator() {}

  static List<WebSocketSpec> websockets(List<WebSocketDocument> docs, FieldPath at) {
    List<WebSocketSpec> sockets = new ArrayList<>();
    if (docs == null) {
      return sockets;
    }
    for (int i = 0; i < docs.size(); i++) {
      FieldPath item = at.index(i);
      WebSocketDocument doc = required(docs.get(i), item);
      String path = required(doc.path(), item.field("path"));
      Duration push = doc.push() == null ? Duration.ZERO : duration(doc.push(), item.field("push"));
      build(item.field("path"), () -> WebSocketSpec.echo(path));
      sockets.add(build(item.field("push"), () -> new WebSocketSpec(path, push)));
    }
    return sockets;
  }

  static LeaderElection leaderElection(LeaderElectionDocument doc, FieldPath at) {
    if (doc == null) {
      return null;
    }
    Duration heartbeat = duration(required(doc.heartbeat(), at.field("heartbeat")), at.field("heartbeat"));
    Duration deadAfter = duration(required(doc.deadAfter(), at.field("deadAfter")), at.field("deadAfter"));
    build(at.field("heartbeat"), () -> new LeaderElection(heartbeat, heartbeat.multipliedBy(2)));
    return build(at.field("deadAfter"), () -> new LeaderElection(heartbeat, deadAfter));
  }

  static WorkQueue workQueue(WorkQueueDocument doc, FieldPath at) {
    if (doc == null) {
      return null;
    }
    String submit = required(doc.submit(), at.field("submit")).trim().replaceAll("\\s+", " ");
    if (!submit.matches("[A-Za-z]+ /\\S*")) {
      throw new ProfileProblem(at.field("submit"), "'" + submit + "' must read like POST /api/steps");
    }
    String key = submit.substring(0, submit.indexOf(' ')).toUpperCase(java.util.Locale.ROOT)
        + submit.substring(submit.indexOf(' '));
    Duration claim = duration(required(doc.claimEvery(), at.field("claimEvery")), at.field("claimEvery"));
    Duration recover = duration(required(doc.recoverEvery(), at.field("recoverEvery")), at.field("recoverEvery"));
    LatencyDistribution step = ProfileValidator.latency(
        required(doc.stepDuration(), at.field("stepDuration")), at.field("stepDuration"));
    int max = doc.maxParallelism() == null ? DEFAULT_MAX_PARALLELISM : doc.maxParallelism();
    double threshold = doc.capacityThreshold() == null ? DEFAULT_CAPACITY_THRESHOLD : doc.capacityThreshold();
    LatencyDistribution none = new LatencyDistribution.Fixed(Duration.ZERO);
    build(at.field("claimEvery"), () -> new WorkQueue(key, claim, Duration.ofSeconds(1), none, 1, 1));
    build(at.field("recoverEvery"), () -> new WorkQueue(key, claim, recover, none, 1, 1));
    build(at.field("maxParallelism"), () -> new WorkQueue(key, claim, recover, step, max, 1));
    return build(at.field("capacityThreshold"), () -> new WorkQueue(key, claim, recover, step, max, threshold));
  }
}
