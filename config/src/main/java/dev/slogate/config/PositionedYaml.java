package dev.slogate.config;

import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.slogate.config.YamlNode.Entry;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.Position;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one way slogate reads YAML: SLO files, experiment files and stack profiles. Text becomes {@link YamlNode}
 * trees that keep the line and column of every key and value, so that any error, even one found long after
 * parsing, can say {@code file:line:column}. Stricter than YAML: a key given twice in a mapping and an alias are
 * {@link YamlProblem}s, never silently resolved.
 *
 * <p>Files whose model Jackson binds (experiments, profiles) are read here first, for those rules and for the
 * positions, and bound afterwards; {@link #locate} then finds where a field the binder complains about is
 * written.
 */
public final class PositionedYaml {

  private PositionedYaml() {}

  /**
   * Every document in {@code text}, in order; a text of blanks and comments has none.
   *
   * @throws YamlProblem for bad syntax, a repeated key or an alias
   */
  public static List<YamlNode> readAll(String text) {
    return YamlTreeReader.readAll(text);
  }

  /**
   * As much of {@code text} as reads, for finding where things are written when it is already known to be
   * wrong: every document, mapping and list up to the first problem, which is not thrown. A key whose value
   * did not read holds a null scalar at the key's place.
   */
  public static List<YamlNode> readPrefix(String text) {
    return YamlTreeReader.readPrefix(text);
  }

  /**
   * Reads a text that Jackson will bind afterwards: for the positions of what the binder complains about, and
   * to refuse aliases before the binder reads {@code *name} as the text {@code name}. Other problems are kept,
   * not thrown, so that they are reported in the order the binder meets them: a wrong field is named before a
   * broken line further down.
   *
   * @throws YamlProblem of kind {@link YamlProblem.Kind#ALIAS}, wherever the alias is
   */
  public static Prepared prepare(String text) {
    try {
      return new Prepared(text, readAll(text), null);
    } catch (YamlProblem problem) {
      if (problem.kind() == YamlProblem.Kind.ALIAS) {
        throw problem;
      }
      return new Prepared(text, null, problem);
    }
  }

  /** A text read by {@link #prepare}. */
  public static final class Prepared {
    private final String text;
    private List<YamlNode> documents;
    private final YamlProblem unreadable;

    private Prepared(String text, List<YamlNode> documents, YamlProblem unreadable) {
      this.text = text;
      this.documents = documents;
      this.unreadable = unreadable;
    }

    /** Why the text does not read, if it does not; {@link #isReadError} says when the binder has met it too. */
    public Optional<YamlProblem> unreadable() {
      return Optional.ofNullable(unreadable);
    }

    /** The documents, as far as they read. */
    public List<YamlNode> documents() {
      if (documents == null) {
        documents = readPrefix(text);
      }
      return documents;
    }

    /** The first document as far as it reads, for positions; empty when nothing does. */
    public Optional<YamlNode> root() {
      return documents().isEmpty() ? Optional.empty() : Optional.of(documents().get(0));
    }
  }

  /**
   * Whether a failure of Jackson's binding is the text failing to read (bad syntax, a repeated key), wrapped in
   * a mapping exception or not, rather than a value that does not fit the model. Where it is, {@link #readAll}
   * has the same problem in parts.
   */
  public static boolean isReadError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException || cause instanceof MarkedYAMLException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the value at {@code path} is written: a key's position for a mapping entry, an item's for a list
   * element. Path parts are keys (String) and list indexes (Integer); an empty path is the root.
   */
  public static Optional<Position> find(YamlNode root, List<?> path) {
    YamlNode node = root;
    Position at = root.position();
    for (Object part : path) {
      if (part instanceof Integer index && node instanceof ListNode list && index >= 0 && index < list.items().size()) {
        node = list.items().get(index);
        at = node.position();
      } else if (part instanceof String key && node instanceof MapNode map && map.entries().containsKey(key)) {
        Entry entry = map.entries().get(key);
        node = entry.value();
        at = entry.keyPosition();
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  /**
   * {@link #find} for a dotted path as messages write it ({@code target.kubernetes.labels.app},
   * {@code abort[0].over}); a key that itself holds dots is matched whole.
   */
  public static Optional<Position> find(YamlNode root, String path) {
    YamlNode node = root;
    Position at = root.position();
    String rest = path;
    while (!rest.isEmpty()) {
      if (rest.startsWith("[") && node instanceof ListNode list) {
        int close = rest.indexOf(']');
        int index;
        try {
          index = close < 0 ? -1 : Integer.parseInt(rest.substring(1, close));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (index < 0 || index >= list.items().size()) {
          return Optional.empty();
        }
        node = list.items().get(index);
        at = node.position();
        rest = stripDot(rest.substring(close + 1));
      } else if (node instanceof MapNode map) {
        Entry best = null;
        for (Entry entry : map.entries().values()) {
          String key = entry.key();
          boolean matches = rest.equals(key) || rest.startsWith(key + ".") || rest.startsWith(key + "[");
          if (matches && (best == null || key.length() > best.key().length())) {
            best = entry;
          }
        }
        if (best == null) {
          return Optional.empty();
        }
        node = best.value();
        at = best.keyPosition();
        rest = stripDot(rest.substring(best.key().length()));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  /** Where {@code path} is written, or else its nearest written parent (a missing key points at its mapping). */
  public static Position locate(YamlNode root, String path) {
    for (String p = path; ; p = parent(p)) {
      Optional<Position> found = find(root, p);
      if (found.isPresent()) {
        return found.get();
      }
      if (p.isEmpty()) {
        return root.position();
      }
    }
  }

  /** Where {@code path} (keys and indexes) is written, or else its nearest written parent. */
  public static Position locate(YamlNode root, List<?> path) {
    for (int length = path.size(); length >= 0; length--) {
      Optional<Position> found = find(root, path.subList(0, length));
      if (found.isPresent()) {
        return found.get();
      }
    }
    return root.position();
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private static String stripDot(String rest) {
    return rest.startsWith(".") ? rest.substring(1) : rest;
  }
}
