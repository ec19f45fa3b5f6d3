package dev.slogate.slo.gatling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gatling's encodings of values on top of {@link LogInput}: strings in Java's internal layout, the string
 * cache, booleans and group paths. Every value is validated, so that misaligned or damaged bytes are reported
 * where they start instead of turning into wrong numbers.
 */
final class LogFields {

  private final LogInput in;
  /** Cached strings by index; index 0 is never used by the writer. */
  private String[] cache = new String[256];
  private int nextCacheIndex = 1;
  private final GroupNode rootGroup = new GroupNode(List.of());

  LogFields(LogInput in) {
    this.in = in;
  }

  SimulationLogException corrupt(long offset, String reason) {
    return new SimulationLogException(in.file(), offset, "corrupt log: " + reason);
  }

  boolean readBoolean() {
    long offset = in.offset();
    byte b = in.readByte();
    if (b != 0 && b != 1) {
      throw corrupt(offset, "expected a boolean (0 or 1), found " + b);
    }
    return b == 1;
  }

  /** A count or size, between 0 and {@code max}. */
  int readCount(String what, int max) {
    long offset = in.offset();
    int count = in.readInt();
    if (count < 0 || count > max) {
      throw corrupt(offset, "impossible " + what + " " + count);
    }
    return count;
  }

  /** A plain (not cached) string. */
  String readString() {
    long offset = in.offset();
    int length = in.readInt();
    if (length == 0) {
      return "";
    }
    if (length < 0 || length > LogFormat.MAX_STRING_BYTES) {
      throw corrupt(offset, "impossible string length " + length);
    }
    byte[] value = in.readBytes(length);
    long coderOffset = in.offset();
    byte coder = in.readByte();
    if (coder == LogFormat.CODER_LATIN1) {
      return new String(value, StandardCharsets.ISO_8859_1);
    }
    if (coder == LogFormat.CODER_UTF16 && length % 2 == 0) {
      // Java keeps UTF16 values in the platform's byte order; every JVM Gatling runs on (x86-64, aarch64) is
      // little-endian.
      return new String(value, StandardCharsets.UTF_16LE);
    }
    throw corrupt(coderOffset, "unknown string coder " + coder + " for a value of " + length + " bytes");
  }

  String readCachedString() {
    return cache[readCachedIndex()];
  }

  /** Reads a cached-string reference, defining the string on its first occurrence; returns its index. */
  private int readCachedIndex() {
    long offset = in.offset();
    int index = in.readInt();
    if (index > 0) {
      if (index != nextCacheIndex) {
        throw corrupt(offset, "string cache index " + index + " where " + nextCacheIndex + " was next");
      }
      String value = LogFormat.sanitize(readString());
      if (index == cache.length) {
        cache = Arrays.copyOf(cache, cache.length * 2);
      }
      cache[index] = value;
      nextCacheIndex++;
      return index;
    }
    if (index < 0 && index != Integer.MIN_VALUE && -index < nextCacheIndex) {
      return -index;
    }
    throw corrupt(offset, "string cache reference " + index + " to a string not defined yet");
  }

  /** A group hierarchy, outermost first, as one shared list per distinct path. */
  List<String> readGroups() {
    int depth = readCount("group depth", LogFormat.MAX_GROUP_DEPTH);
    GroupNode node = rootGroup;
    for (int i = 0; i < depth; i++) {
      node = node.child(readCachedIndex(), cache);
    }
    return node.path;
  }

  /**
   * Group paths interned by the cache indexes of their names, so that a request inside a group costs no
   * allocation once its path has been seen.
   */
  private static final class GroupNode {
    final List<String> path;
    private Map<Integer, GroupNode> children;

    GroupNode(List<String> path) {
      this.path = path;
    }

    GroupNode child(int nameIndex, String[] names) {
      if (children == null) {
        children = new HashMap<>();
      }
      GroupNode child = children.get(nameIndex);
      if (child == null) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(names[nameIndex]);
        child = new GroupNode(List.copyOf(childPath));
        children.put(nameIndex, child);
      }
      return child;
    }
  }
}
