package dev.slogate.slo.record;

import dev.slogate.slo.record.SeriesFilter.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense numbers for the series of a run, so that per-series state lives in arrays: 0 is every request together,
 * then request names and group paths in the order they first appear.
 *
 * <p>Looking a name up costs one hash probe, not a tree walk: the decoder hands out the same String instance each
 * time a name recurs (its hash is cached in it, and the first comparison is by identity), and the same List
 * instance for a group path, which is therefore looked up by identity before its joined name is ever built.
 */
final class SeriesIndex {

  static final int ALL = 0;

  private final List<Kind> kinds = new ArrayList<>(List.of(Kind.ALL));
  private final List<String> names = new ArrayList<>(List.of(""));
  private final Map<String, Integer> requests = new HashMap<>();
  private final Map<String, Integer> groups = new HashMap<>();
  private final Map<List<String>, Integer> groupPaths = new IdentityHashMap<>();

  int request(String name) {
    Integer index = requests.get(name);
    if (index == null) {
      index = add(Kind.REQUEST, name);
      requests.put(name, index);
    }
    return index;
  }

  int group(List<String> path) {
    Integer index = groupPaths.get(path);
    if (index == null) {
      String joined = String.join(RunRecord.GROUP_SEPARATOR, path);
      index = groups.get(joined);
      if (index == null) {
        index = add(Kind.GROUP, joined);
        groups.put(joined, index);
      }
      groupPaths.put(path, index);
    }
    return index;
  }

  int size() {
    return kinds.size();
  }

  Kind kind(int index) {
    return kinds.get(index);
  }

  /** The request name or joined group path; empty for {@link #ALL}. */
  String name(int index) {
    return names.get(index);
  }

  boolean selects(SeriesFilter filter, int index) {
    return kinds.get(index) == filter.kind() && (filter.kind() == Kind.ALL || filter.accepts().test(names.get(index)));
  }

  private int add(Kind kind, String name) {
    kinds.add(kind);
    names.add(name);
    return kinds.size() - 1;
  }
}
