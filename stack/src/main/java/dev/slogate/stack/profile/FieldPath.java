package dev.slogate.stack.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a field sits in a profile, e.g. {@code routes[1].latency.lognormal.p99}. Kept as parts
 * rather than text because percentile keys such as {@code p99.9} contain dots.
 */
record FieldPath(List<Object> parts) {

  static final FieldPath ROOT = new FieldPath(List.of());

  FieldPath {
    parts = List.copyOf(parts);
  }

  FieldPath field(String name) {
    return append(name);
  }

  FieldPath index(int i) {
    return append(i);
  }

  private FieldPath append(Object part) {
    List<Object> longer = new ArrayList<>(parts);
    longer.add(part);
    return new FieldPath(longer);
  }

  boolean isRoot() {
    return parts.isEmpty();
  }

  FieldPath parent() {
    return isRoot() ? this : new FieldPath(parts.subList(0, parts.size() - 1));
  }

  /** The same place as a JSON pointer, which Jackson's parser contexts can produce. */
  String toPointer() {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      sb.append('/').append(part.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof Integer) {
        sb.append('[').append(part).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(part);
      }
    }
    return sb.length() == 0 ? "(top level)" : sb.toString();
  }
}
