package dev.slogate.slo.gatling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every event of a log, kept as objects: the brute-force view the streaming aggregates are checked against.
 * Only for small logs.
 */
public final class RawEvents implements LogEventListener {

  public record User(String scenario, boolean start, long epochMillis) {}

  public record Request(List<String> groups, String name, long start, long end, boolean ok, String message) {
    public long latency() {
      return end - start;
    }
  }

  public record Group(List<String> path, long start, long end, int cumulatedResponseTime, boolean ok) {}

  public record Error(String message, long epochMillis) {}

  public RunHeader header;
  public final List<User> users = new ArrayList<>();
  public final List<Request> requests = new ArrayList<>();
  public final List<Group> groups = new ArrayList<>();
  public final List<Error> errors = new ArrayList<>();
  /** Every event in file order, for splitting a log into parts. */
  public final List<Object> all = new ArrayList<>();
  public DecodeResult result;

  public static RawEvents of(Path log) {
    return of(log, ReadOptions.strict());
  }

  public static RawEvents of(Path log, ReadOptions options) {
    RawEvents events = new RawEvents();
    events.result = SimulationLogDecoder.decode(log, options, events);
    return events;
  }

  @Override
  public void onRun(RunHeader runHeader) {
    header = runHeader;
  }

  @Override
  public void onUser(String scenario, boolean start, long epochMillis) {
    add(users, new User(scenario, start, epochMillis));
  }

  @Override
  public void onRequest(List<String> groupPath, String name, long start, long end, boolean ok, String message) {
    add(requests, new Request(groupPath, name, start, end, ok, message));
  }

  @Override
  public void onGroup(List<String> path, long start, long end, int cumulatedResponseTime, boolean ok) {
    add(groups, new Group(path, start, end, cumulatedResponseTime, ok));
  }

  @Override
  public void onError(String message, long epochMillis) {
    add(errors, new Error(message, epochMillis));
  }

  private <T> void add(List<T> list, T event) {
    list.add(event);
    all.add(event);
  }

  public long count(String name, boolean ok) {
    return requests.stream().filter(r -> r.name().equals(name) && r.ok() == ok).count();
  }

  public long usersOf(String scenario, boolean start) {
    return users.stream().filter(u -> u.scenario().equals(scenario) && u.start() == start).count();
  }
}
