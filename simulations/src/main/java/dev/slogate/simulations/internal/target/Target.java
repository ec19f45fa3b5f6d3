package dev.slogate.simulations.internal.target;

import java.net.URI;

/**
 * Where the load goes.
 *
 * @param baseUrl the base URL requests are relative to
 * @param embedded true when slogate starts its own reference stack at that URL for the run
 */
public record Target(URI baseUrl, boolean embedded) {

  public String baseUrlText() {
    String text = baseUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
