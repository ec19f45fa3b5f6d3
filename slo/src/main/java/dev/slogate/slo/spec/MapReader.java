package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlNode.Entry;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.Position;
import dev.slogate.config.YamlNode.ScalarNode;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads the fields of one YAML mapping, knowing its path ({@code objectives[1]}) so that every error names
 * the field and points at it.
 */
final class MapReader {

  private final MapNode node;
  private final String path;
  private final SloSpecErrors errors;

  private MapReader(MapNode node, String path, SloSpecErrors errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  /** @throws SloSpecException when the node is not a mapping */
  static MapReader of(YamlNode node, String path, SloSpecErrors errors, String expected) {
    if (node instanceof MapNode map) {
      return new MapReader(map, path, errors);
    }
    throw errors.at(node.position(), path, "expected " + expected + ", got " + node.describe());
  }

  String path() {
    return path;
  }

  Position position() {
    return node.position();
  }

  Collection<String> keys() {
    return node.entries().keySet();
  }

  String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Rejects every key outside {@code allowed}, suggesting the closest allowed one. */
  void allowOnly(Collection<String> allowed) {
    for (Entry entry : node.entries().values()) {
      if (!allowed.contains(entry.key())) {
        throw errors.at(entry.keyPosition(), childPath(entry.key()), SloSpecErrors.unknown("field", entry.key(), allowed));
      }
    }
  }

  boolean has(String key) {
    return node.entries().containsKey(key);
  }

  /** A present, non-null value. */
  Optional<YamlNode> get(String key) {
    Entry entry = node.entries().get(key);
    if (entry == null || entry.value() instanceof ScalarNode scalar && scalar.isNull()) {
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  YamlNode require(String key, String hint) {
    return get(key).orElseThrow(() -> missing(key, hint));
  }

  SloSpecException missing(String key, String hint) {
    Entry entry = node.entries().get(key);
    Position where = entry == null ? node.position() : entry.keyPosition();
    String what = entry == null ? "missing required field '" + key + "'" : "field '" + key + "' is empty";
    return errors.at(where, entry == null ? path : childPath(key), what + (hint.isEmpty() ? "" : " (" + hint + ")"));
  }

  Optional<ScalarNode> scalar(String key) {
    return get(key).map(value -> asScalar(value, childPath(key)));
  }

  ScalarNode requireScalar(String key, String hint) {
    return asScalar(require(key, hint), childPath(key));
  }

  Optional<String> text(String key) {
    return scalar(key).map(s -> nonBlank(s, childPath(key)));
  }

  /** A YAML boolean ({@code true} or {@code false}); anything else is an error naming the field. */
  Optional<Boolean> bool(String key) {
    return scalar(key).map(s -> {
      if (s.type() != YamlNode.ScalarType.BOOLEAN) {
        throw errors.at(s.position(), childPath(key), "expected true or false, got " + s.describe());
      }
      return Boolean.parseBoolean(s.text().trim().toLowerCase(java.util.Locale.ROOT));
    });
  }

  String requireText(String key, String hint) {
    return nonBlank(requireScalar(key, hint), childPath(key));
  }

  Optional<MapReader> map(String key, String expected) {
    return get(key).map(value -> of(value, childPath(key), errors, expected));
  }

  Optional<ListNode> list(String key) {
    return get(key).map(value -> {
      if (value instanceof ListNode list) {
        return list;
      }
      throw errors.at(value.position(), childPath(key), "expected a list, got " + value.describe());
    });
  }

  SloSpecException error(String key, String message) {
    Entry entry = node.entries().get(key);
    Position where = entry == null ? node.position() : entry.value().position();
    return errors.at(where, entry == null ? path : childPath(key), message);
  }

  SloSpecException errorAtKey(String key, String message) {
    Entry entry = node.entries().get(key);
    return errors.at(entry == null ? node.position() : entry.keyPosition(), childPath(key), message);
  }

  SloSpecException error(String message) {
    return errors.at(node.position(), path, message);
  }

  ScalarNode asScalar(YamlNode value, String valuePath) {
    if (value instanceof ScalarNode scalar) {
      return scalar;
    }
    throw errors.at(value.position(), valuePath, "expected a single value, got " + value.describe());
  }

  private String nonBlank(ScalarNode scalar, String valuePath) {
    if (scalar.text().isBlank()) {
      throw errors.at(scalar.position(), valuePath, "must not be empty");
    }
    return scalar.text().trim();
  }
}
