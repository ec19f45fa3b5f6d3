package dev.slogate.chaos.mesh;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Chaos Mesh's controller reports in an experiment's {@code status}, read the same way for every kind
 * (each generated kind has its own, identical status classes).
 *
 * <p>Chaos Mesh v2 sets the conditions {@code Selected}, {@code AllInjected}, {@code AllRecovered} and
 * {@code Paused} from per-target records ({@code status.experiment.containerRecords}); each record has a
 * phase ({@code Injected} / {@code Not Injected}) and events ({@code Succeeded}/{@code Failed} ×
 * {@code Apply}/{@code Recover}, with a timestamp).
 */
record ChaosStatus(List<Condition> conditions, List<Record> records) {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  record Condition(String type, String status) {}

  record Event(String type, String operation, String message, Optional<Instant> timestamp) {}

  record Record(String id, String phase, List<Event> events) {}

  static ChaosStatus of(HasMetadata resource) {
    JsonNode status = SERIALIZATION.convertValue(resource, JsonNode.class).path("status");
    List<Condition> conditions = new ArrayList<>();
    for (JsonNode condition : status.path("conditions")) {
      conditions.add(new Condition(condition.path("type").asText(), condition.path("status").asText()));
    }
    List<Record> records = new ArrayList<>();
    for (JsonNode record : status.path("experiment").path("containerRecords")) {
      List<Event> events = new ArrayList<>();
      for (JsonNode event : record.path("events")) {
        events.add(new Event(event.path("type").asText(), event.path("operation").asText(),
            event.path("message").asText(""), instant(event.path("timestamp").asText(null))));
      }
      records.add(new Record(record.path("id").asText(), record.path("phase").asText(), List.copyOf(events)));
    }
    return new ChaosStatus(List.copyOf(conditions), List.copyOf(records));
  }

  boolean isTrue(String conditionType) {
    return conditions.stream().anyMatch(c -> c.type().equals(conditionType) && c.status().equals("True"));
  }

  boolean allInjected() {
    return isTrue("AllInjected");
  }

  boolean allRecovered() {
    return isTrue("AllRecovered");
  }

  /**
   * Every target has a successful Apply event. For one-shot faults (pod-kill, container-kill) this is the
   * proof of injection that lasts: the records may already be back to "Not Injected" when we look.
   */
  boolean everyTargetApplied() {
    return !records.isEmpty() && records.stream().allMatch(r -> r.events().stream()
        .anyMatch(e -> e.type().equals("Succeeded") && e.operation().equals("Apply")));
  }

  /** The latest successful Apply across targets: when Chaos Mesh says the last target was hit. */
  Optional<Instant> lastApplied() {
    return records.stream().flatMap(r -> r.events().stream())
        .filter(e -> e.type().equals("Succeeded") && e.operation().equals("Apply"))
        .flatMap(e -> e.timestamp().stream()).max(Instant::compareTo);
  }

  /** The latest failure Chaos Mesh recorded, for error messages. */
  Optional<String> lastFailure() {
    return records.stream().flatMap(r -> r.events().stream().filter(e -> e.type().equals("Failed"))
        .map(e -> r.id() + ": " + e.operation() + " failed: " + e.message())).reduce((first, second) -> second);
  }

  /** A short account of the state, for error messages. */
  String describe() {
    if (conditions.isEmpty() && records.isEmpty()) {
      return "Chaos Mesh has written no status: is its controller running?";
    }
    StringBuilder text = new StringBuilder("conditions ");
    text.append(conditions.stream().map(c -> c.type() + "=" + c.status()).toList());
    text.append(", ").append(records.size()).append(" target(s)");
    lastFailure().ifPresent(failure -> text.append(", last failure ").append(failure));
    return text.toString();
  }

  private static Optional<Instant> instant(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
