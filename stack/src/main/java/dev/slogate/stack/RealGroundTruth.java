package dev.slogate.stack;

import dev.slogate.stack.process.ReplicaClient;
import dev.slogate.stack.truth.TruthReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/** Asks each live replica for its {@code /truth} and decodes the answers. */
final class RealGroundTruth implements GroundTruth {

  /** A replica slot as the stack sees it at the moment of asking. */
  record Replica(int index, URI url, boolean alive) {}

  private final Supplier<List<Replica>> replicas;
  private final ReplicaClient client;

  RealGroundTruth(Supplier<List<Replica>> replicas, ReplicaClient client) {
    this.replicas = replicas;
    this.client = client;
  }

  @Override
  public TruthSnapshot snapshot() {
    List<ReplicaTruth> answered = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (Replica replica : replicas.get()) {
      if (!replica.alive()) {
        missing.add(replica.index());
        continue;
      }
      try {
        answered.add(decode(replica.index(), client.truth(replica.url())));
      } catch (StackException e) {
        missing.add(replica.index());
      }
    }
    return new TruthSnapshot(answered, missing);
  }

  @Override
  public void reset() {
    for (Replica replica : replicas.get()) {
      if (replica.alive()) {
        client.resetTruth(replica.url());
      }
    }
  }

  static ReplicaTruth decode(int index, TruthReport report) {
    if (!UNIT.name().equals(report.unit())) {
      throw new StackException("replica " + index + " reports truth in " + report.unit() + ", expected " + UNIT);
    }
    Map<String, Histogram> routes = new LinkedHashMap<>();
    Map<String, Map<Integer, Long>> statuses = new LinkedHashMap<>();
    report.routes().forEach((key, route) -> {
      routes.put(key, TruthReport.decode(route.histogram()));
      statuses.put(key, Map.copyOf(route.statuses()));
    });
    return new ReplicaTruth(index, TruthReport.decode(report.overall()), routes, statuses);
  }
}
