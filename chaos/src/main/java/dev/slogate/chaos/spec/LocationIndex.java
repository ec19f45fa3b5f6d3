package dev.slogate.chaos.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML document starts, by dotted path ({@code fault.latency}, {@code abort[0]}).
 *
 * <p>Jackson knows the location of the token it is reading, but a rule broken across fields (a missing
 * key, a value that does not fit another one) is only found once an object is complete. This index,
 * taken in a first streaming pass, lets such an error point at the field it names.
 */
final class LocationIndex {

  private final Map<String, JsonLocation> locations;

  private LocationIndex(Map<String, JsonLocation> locations) {
    this.locations = locations;
  }

  /** Indexes {@code yaml}; a document Jackson cannot even tokenize gives the locations seen up to the error. */
  static LocationIndex of(YAMLFactory factory, String yaml) {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = factory.createParser(yaml)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.FIELD_NAME) {
          locations.putIfAbsent(path(context), parser.currentTokenLocation());
        } else if (token.isStructStart()) {
          JsonStreamContext parent = context.getParent();
          if (parent.inRoot() || parent.inArray()) {
            locations.putIfAbsent(path(parent), parser.currentTokenLocation());
          }
        } else if (token.isScalarValue() && (context.inArray() || context.inRoot())) {
          locations.putIfAbsent(path(context), parser.currentTokenLocation());
        }
      }
    } catch (IOException syntaxError) {
      // The binding pass reports syntax errors with their own location; keep what was indexed.
    }
    return new LocationIndex(locations);
  }

  /** The location of {@code path}, or of its nearest indexed parent (a missing key points at its object). */
  JsonLocation locate(String path) {
    String current = path;
    while (true) {
      JsonLocation location = locations.get(current);
      if (location != null) {
        return location;
      }
      if (current.isEmpty()) {
        return null;
      }
      current = parent(current);
    }
  }

  boolean contains(String path) {
    return locations.containsKey(path);
  }

  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** The dotted path of {@code context}: its field for an object, its element for an array. */
  static String path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = path(context.getParent());
    if (context.inArray()) {
      return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
  }
}
