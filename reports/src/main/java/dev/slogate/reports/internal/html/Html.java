package dev.slogate.reports.internal.html;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping of every text the report takes from a run, a spec or a file: nothing reaches the page unescaped. */
final class Html {

  private Html() {}

  /** For element content and double-quoted attribute values. */
  static String esc(String text) {
    return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
  }
}
