package dev.slogate.chaos.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The value a {@code expectChanged} probe watches: one field of a JSON answer, as text. */
final class WatchedValue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WatchedValue() {}

  /**
   * @param body the answer's body
   * @param pointer a JSON pointer, such as {@code /leaderPod}
   * @return the value's text (a nested object or array as compact JSON), or null when the body is not JSON or
   *     holds nothing (or null) there: such an answer does not say what the probe asks
   */
  static String read(String body, String pointer) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
    if (node == null) {
      return null;
    }
    JsonNode value = node.at(pointer);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
