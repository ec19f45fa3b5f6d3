package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an objective comes from: the document that promises it and, optionally, the section. A release
 * manager reading a FAIL wants to know whose promise was broken.
 *
 * @param document the document, such as "SEI SLA v3" or a URL
 * @param section the section within it, or empty
 */
public record Citation(String document, Optional<String> section) {

  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
  }

  @Override
  public String toString() {
    return section.map(s -> document + ", " + s).orElse(document);
  }
}
