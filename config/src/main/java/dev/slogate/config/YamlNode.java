package dev.slogate.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, so that every error, including semantic ones found long after
 * parsing, can point at {@code file:line:column}. Jackson's own trees drop locations; this one keeps them.
 * Read with {@link PositionedYaml}.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

  /** Where the value starts, 1-based. */
  Position position();

  /** A short description for messages: "a mapping", "a list", "'abc'". */
  String describe();

  /** A 1-based line and column. */
  record Position(int line, int column) {}

  /** One key of a mapping, with the place of the key itself (where "unknown field" errors point). */
  record Entry(String key, Position keyPosition, YamlNode value) {}

  /** A mapping, in file order. */
  record MapNode(Position position, Map<String, Entry> entries) implements YamlNode {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record ListNode(Position position, List<YamlNode> items) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar, with the text as written and how YAML typed it.
   *
   * @param type one of STRING, NUMBER, BOOLEAN, NULL
   */
  record ScalarNode(Position position, String text, ScalarType type) implements YamlNode {
    public boolean isNull() {
      return type == ScalarType.NULL;
    }

    @Override
    public String describe() {
      // Escaped: a multi-line or control-character value must not break a one-line error.
      return isNull() ? "nothing" : SafeText.quoted(text);
    }
  }

  /** How YAML resolved a scalar. */
  enum ScalarType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
