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

  /** Whether to keep what was read before a problem instead of throwing it. */
  private final boolean partial;
  private boolean stopped;

  private YamlTreeReader(boolean partial) {
    this.partial = partial;
  }

  static List<YamlNode> readAll(String text) {
    return new YamlTreeReader(false).read(text);
  }

  /** As much of the text as reads: every document, mapping and list up to the first problem. */
  static List<YamlNode> readPrefix(String text) {
    return new YamlTreeReader(true).read(text);
  }

  private List<YamlNode> read(String text) {
    List<YamlNode> documents = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token;
      while (!stopped && (token = next(parser)) != null) {
        YamlNode document = readValue(parser, token, "");
        if (document != null) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      if (!partial) {
        throw YamlProblem.syntax(new Position(1, 1), "cannot read: " + e.getMessage(), null, null);
      }
    }
    return documents;
  }

  /** The next token; in partial mode, null (and stopped) where the text stops making sense. */
  private JsonToken next(JsonParser parser) throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      return stop(syntaxError(e));
    }
  }

  private <T> T stop(YamlProblem problem) {
    if (!partial) {
      throw problem;
    }
    stopped = true;
    return null;
  }

  private YamlNode readValue(JsonParser parser, JsonToken token, String path) throws IOException {
    Position position = position(parser.currentTokenLocation());
    if (isAlias(parser)) {
      return stop(YamlProblem.alias(position, path, aliasName(parser)));
    }
    switch (token) {
      case START_OBJECT:
        return readMap(parser, position, path);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        JsonToken next;
        while ((next = next(parser)) != JsonToken.END_ARRAY && next != null) {
          YamlNode item = readValue(parser, next, path + "[" + items.size() + "]");
          if (item != null) {
            items.add(item);
          }
          if (stopped) {
            break;
          }
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
        return stop(YamlProblem.syntax(position, "unexpected YAML content (" + token + ")", null, null));
    }
  }

  private MapNode readMap(JsonParser parser, Position position, String path) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = next(parser)) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyPosition = position(parser.currentTokenLocation());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      if (isAlias(parser)) {
        stop(YamlProblem.alias(keyPosition, keyPath, aliasName(parser)));
        break;
      }
      Position keyEnd = position(parser.currentLocation());
      Entry previous = entries.get(key);
      if (previous != null) {
        stop(YamlProblem.duplicateKey(keyPosition, keyEnd, keyPath, key, previous.keyPosition()));
        break;
      }
      JsonToken valueToken = next(parser);
      YamlNode value = valueToken == null ? null : readValue(parser, valueToken, keyPath);
      // Even a key whose value did not read has a place.
      entries.put(key, new Entry(key, keyPosition, value == null ? new ScalarNode(keyPosition, "", ScalarType.NULL) : value));
      if (stopped) {
        break;
      }
    }
    if (!stopped && token != JsonToken.END_OBJECT) {
      stop(YamlProblem.syntax(position, "unexpected YAML content (" + token + ")", null, null));
    }
    return new MapNode(position, entries);
  }

  private static boolean isAlias(JsonParser parser) {
    return parser instanceof YAMLParser yaml && yaml.isCurrentAlias();
  }

  private static String aliasName(JsonParser parser) {
    try {
      return parser.getText();
    } catch (IOException e) {
      return "";
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
