package dev.slogate.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The one place that makes a value the user gave safe to echo in a message, a log or a report:
 *
 * <ul>
 *   <li>{@link #url}: a URL without its user info (a password) and without its query and fragment (where tokens
 *       travel), also when Java's URL parser rejects the URL: a host with an underscore is the classic case,
 *       and its message must not print {@code user:pw@} whole.
 *   <li>{@link #quoted}: any value in quotes, with control characters escaped, so that a CR/LF in a probe path
 *       cannot forge a second line of output, and cut to a length a console line holds.
 * </ul>
 *
 * <p>Neither ever echoes a file's content: callers name a file by its path, never quote what they read in it.
 */
public final class SafeText {

  /** What replaces removed user info and a removed query. */
  public static final String REDACTED = "***";

  /** Longest value echoed, in characters, before it is cut with an ellipsis. */
  public static final int MAX_ECHO = 200;

  // "scheme://userinfo@" as text, for URLs no parser accepts: everything between "//" and the last "@" before
  // the path. Greedy on purpose: a password may itself hold an "@".
  private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#]*@");
  // The same inside running text, where a URL ends at a blank or a quote.
  private static final Pattern USER_INFO_IN_TEXT = Pattern.compile("(?<=//)[^/?#\\s'\"]*@");

  private SafeText() {}

  /**
   * The URL as a message may show it: {@code http://***@host:8080/path?***}. Text that is not a URL at all is
   * returned with any {@code //…@} part and any query removed all the same, and escaped as {@link #quoted} escapes.
   */
  public static String url(String text) {
    if (text == null) {
      return "null";
    }
    String trimmed = text.trim();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() != null && uri.getHost() != null) {
        return escape(uri.getScheme() + "://" + (uri.getRawUserInfo() == null ? "" : REDACTED + "@") + uri.getHost()
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + (uri.getRawQuery() == null && uri.getRawFragment() == null ? "" : "?" + REDACTED));
      }
    } catch (URISyntaxException e) {
      // not a URL Java accepts: redact the text itself below
    }
    String redacted = USER_INFO.matcher(trimmed).replaceFirst(REDACTED + "@");
    int query = indexOfQueryOrFragment(redacted);
    if (query >= 0) {
      redacted = redacted.substring(0, query) + "?" + REDACTED;
    }
    return escape(redacted);
  }

  /**
   * The value in single quotes, control characters escaped ({@code \n}, {@code \u0007}), the user info of any URL in
   * it removed, and cut at {@link #MAX_ECHO}.
   */
  public static String quoted(String value) {
    return value == null ? "null" : "'" + escape(withoutUserInfo(value)) + "'";
  }

  /**
   * A whole message made safe to print: control characters escaped and the user info of any URL in it removed, but
   * not cut, for the one-line errors that quote a value the user wrote (whatever field a URL was put in).
   */
  public static String scrub(String message) {
    if (message == null) {
      return "null";
    }
    return escape(withoutUserInfo(message), Integer.MAX_VALUE);
  }

  private static String withoutUserInfo(String text) {
    return USER_INFO_IN_TEXT.matcher(text).replaceAll(REDACTED + "@");
  }

  /** The value with control characters escaped and cut at {@link #MAX_ECHO}, without quotes. */
  public static String escape(String value) {
    return escape(value, MAX_ECHO);
  }

  private static String escape(String value, int limit) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 8);
    int shown = 0;
    for (int i = 0; i < value.length(); i++) {
      if (shown >= limit) {
        return out.append('…').toString();
      }
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
      shown++;
    }
    return out.toString();
  }

  private static int indexOfQueryOrFragment(String text) {
    int question = text.indexOf('?');
    int hash = text.indexOf('#');
    if (question < 0) {
      return hash;
    }
    return hash < 0 ? question : Math.min(question, hash);
  }
}
