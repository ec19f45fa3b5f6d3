package dev.slogate.stack.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a field is written in a YAML text, so that problems found after parsing (a bad
 * duration, p99 below the median) still name a line and column. Walks the token stream once;
 * when the field itself is absent (a missing required field) it settles for the closest
 * enclosing one.
 */
final class YamlLocator {

  private YamlLocator() {}

  /** Line and column (1-based) of the field at {@code path}, or of its nearest ancestor. */
  static Optional<JsonLocation> locate(ObjectMapper mapper, String text, FieldPath path) {
    for (FieldPath p = path; ; p = p.parent()) {
      Optional<JsonLocation> found = find(mapper, text, p.toPointer());
      if (found.isPresent() || p.isRoot()) {
        return found;
      }
    }
  }

  private static Optional<JsonLocation> find(ObjectMapper mapper, String text, String pointer) {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        String here = parser.getParsingContext().pathAsPointer().toString();
        boolean namesField = token == JsonToken.FIELD_NAME;
        boolean isArrayItem = parser.getParsingContext().inArray()
            || (token.isStructStart() && parser.getParsingContext().getParent() != null
                && parser.getParsingContext().getParent().inArray());
        if ((namesField || isArrayItem || pointer.isEmpty()) && here.equals(pointer)) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // The text parsed a moment ago; if it no longer does there is nothing better to point at.
    }
    return Optional.empty();
  }
}
