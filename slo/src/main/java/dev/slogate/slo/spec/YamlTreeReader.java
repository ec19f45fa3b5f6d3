package dev.slogate.slo.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slogate.slo.spec.Node.Entry;
import dev.slogate.slo.spec.Node.ListNode;
import dev.slogate.slo.spec.Node.MapNode;
import dev.slogate.slo.spec.Node.Position;
import dev.slogate.slo.spec.Node.ScalarNode;
import dev.slogate.slo.spec.Node.ScalarType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link Node} trees through Jackson's streaming YAML parser, one tree per document.
 * Duplicate keys are an error here (YAML itself tolerates them, silently keeping the last one), and syntax
 * errors become one-line {@link SloSpecException}s at the place SnakeYAML reports.
 */
final class YamlTreeReader {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final SpecErrors errors;

  YamlTreeReader(SpecErrors errors) {
    this.errors = errors;
  }

  /** Every document in the text; an empty text has none. */
  List<Node> readDocuments(String text) {
    List<Node> documents = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        documents.add(readValue(parser, token, ""));
      }
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException e) {
      throw errors.at(new Position(1, 1), "", "cannot read: " + e.getMessage());
    }
    return documents;
  }

  private Node readValue(JsonParser parser, JsonToken token, String path) throws IOException {
    Position position = position(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        return readMap(parser, position, path);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
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
        throw errors.at(position, path, "unexpected YAML content (" + token + ")");
    }
  }

  private MapNode readMap(JsonParser parser, Position position, String path) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyPosition = position(parser.currentTokenLocation());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      Node value = readValue(parser, parser.nextToken(), keyPath);
      Entry previous = entries.put(key, new Entry(key, keyPosition, value));
      if (previous != null) {
        throw errors.at(keyPosition, keyPath, "duplicate key (first at line " + previous.keyPosition().line() + ")");
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw errors.at(position, path, "unexpected YAML content (" + token + ")");
    }
    return new MapNode(position, entries);
  }

  private SloSpecException syntaxError(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      String problem = oneLine(yaml.getProblem());
      Mark context = yaml.getContextMark();
      String detail = yaml.getContext() == null || context == null
          ? problem
          : problem + " (" + oneLine(yaml.getContext()) + " at " + (context.getLine() + 1) + ":" + (context.getColumn() + 1) + ")";
      return errors.at(new Position(mark.getLine() + 1, mark.getColumn() + 1), "", "invalid YAML: " + detail);
    }
    JsonLocation location = e.getLocation();
    Position position = location == null ? new Position(1, 1) : position(location);
    return errors.at(position, "", "invalid YAML: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  private static Position position(JsonLocation location) {
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
