package dev.slogate.slo.spec;

import java.util.Objects;

/**
 * The unparsed text of an SLO file and where it came from.
 *
 * @param origin the file path or catalog resource, as error messages name it
 * @param text the YAML
 */
public record SloSource(String origin, String text) {

  public SloSource {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }

  public SloSpec parse() {
    return SloSpecs.parse(text, origin);
  }
}
