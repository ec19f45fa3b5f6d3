package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an objective comes from: the document that promises it and, optionally, the section and the exact
 * words. A release manager reading a FAIL wants to know whose promise was broken; the quote lets a test
 * check that the promise is really written there.
 *
 * @param document the document, such as "SEI SLA v3", a file name or a URL
 * @param section the section within it (its heading), or empty
 * @param quote the promise verbatim, as it appears in the document, or empty
 */
public record Citation(String document, Optional<String> section, Optional<String> quote) {

  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(quote, "quote");
  }

  /** A citation without a quote. */
  public Citation(String document, Optional<String> section) {
    this(document, section, Optional.empty());
  }

  @Override
  public String toString() {
    return section.map(s -> document + ", " + s).orElse(document);
  }
}
