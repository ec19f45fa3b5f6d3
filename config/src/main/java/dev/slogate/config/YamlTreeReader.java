package dev.slogate.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.slogate.config.YamlNode.Entry;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.Position;
import dev.slogate.config.YamlNode.ScalarNode;
import dev.slogate.config.YamlNode.ScalarType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode} trees through Jackson's streaming YAML parser, one tree per document.
 * Every rule beyond YAML's own is here, once: duplicate keys, aliases (and, where a limit is wanted, sizes: the
 * one {@link YAMLFactory} below takes SnakeYAML's {@code LoaderOptions}).
 */
final class YamlTreeReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlTreeReader() {}

  static List<YamlNode> readAll(String text) {
    List<YamlNode> documents = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        documents.add(readValue(parser, token, ""));
      }
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw YamlProblem.syntax(new Position(1, 1), "cannot read: " + e.getMessage(), null, null);
    }
    return documents;
  }

  private static YamlNode readValue(JsonParser parser, JsonToken token, String path) throws IOException {
    Position position = position(parser.currentTokenLocation());
    refuseAlias(parser, position, path);
    switch (token) {
      case START_OBJECT:
        return readMap(parser, position, path);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(readValue(parser, next, path + "[" + items.size() + "]"));
        }
        return new ListNode(position, items);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(position, parser.getText(), ScalarType.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        // YAML 1.1 also spells booleans yes/no/on/off: the text is normalised so that readers need not know.
        return new ScalarNode(position, Boolean.toString(token == JsonToken.VALUE_TRUE), ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new ScalarNode(position, parser.getText(), ScalarType.NULL);
      case VALUE_STRING:
        return new ScalarNode(position, parser.getText(), ScalarType.STRING);
      default:
        throw YamlProblem.syntax(position, "unexpected YAML content (" + token + ")", null, null);
    }
  }

  private static MapNode readMap(JsonParser parser, Position position, String path) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyPosition = position(parser.currentTokenLocation());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      refuseAlias(parser, keyPosition, keyPath);
      Position keyEnd = position(parser.currentLocation());
      Entry previous = entries.get(key);
      if (previous != null) {
        throw YamlProblem.duplicateKey(keyPosition, keyEnd, keyPath, key, previous.keyPosition());
      }
      YamlNode value = readValue(parser, parser.nextToken(), keyPath);
      entries.put(key, new Entry(key, keyPosition, value));
    }
    if (token != JsonToken.END_OBJECT) {
      throw YamlProblem.syntax(position, "unexpected YAML content (" + token + ")", null, null);
    }
    return new MapNode(position, entries);
  }

  private static void refuseAlias(JsonParser parser, Position position, String path) {
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      String name;
      try {
        name = yaml.getText();
      } catch (IOException e) {
        name = "";
      }
      throw YamlProblem.alias(position, path, name);
    }
  }

  private static YamlProblem syntaxError(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        Mark mark = yaml.getProblemMark();
        Mark context = yaml.getContextMark();
        return YamlProblem.syntax(new Position(mark.getLine() + 1, mark.getColumn() + 1), String.valueOf(yaml.getProblem()),
            yaml.getContext(), context == null ? null : new Position(context.getLine() + 1, context.getColumn() + 1));
      }
    }
    JsonLocation location = e.getLocation();
    return YamlProblem.syntax(location == null ? new Position(1, 1) : position(location),
        String.valueOf(e.getOriginalMessage()), null, null);
  }

  private static Position position(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
