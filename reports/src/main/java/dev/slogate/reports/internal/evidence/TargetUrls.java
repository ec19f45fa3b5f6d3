package dev.slogate.reports.internal.evidence;

import dev.slogate.reports.evidence.Evidence;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A target URL as reports may show it: scheme, host, port and path only. User info (a password), the query
 * (tokens often travel there) and the fragment are dropped, never printed.
 */
public final class TargetUrls {

  private TargetUrls() {}

  public static String redact(String url) {
    if (url == null || url.isBlank()) {
      return Evidence.UNKNOWN;
    }
    try {
      URI uri = new URI(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "(not a URL)";
      }
      return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
    } catch (URISyntaxException e) {
      // An unparsable URL may still hold a secret: show nothing of it.
      return "(not a URL)";
    }
  }
}
