package dev.slogate.injectors.internal;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the API server supports, read from its {@code /version}.
 *
 * <p>{@code backoffLimitPerIndex}: alpha in 1.28 (off by default), beta and on by default from 1.29, GA in 1.33.
 * A server from 1.29 on is asked for it. Because an administrator can still turn the feature gate off (the server
 * then drops the field without an error), the backend also reads the created Job back and relies on per-index
 * failure only if the field survived ({@link #honoured}).
 */
public record ServerFeatures(int major, int minor, boolean perIndexBackoff) {

  private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");

  /** Reads the server's version; a server that will not say is assumed to be old (the safe side). */
  public static ServerFeatures detect(KubernetesClient client) {
    VersionInfo version;
    try {
      version = client.getKubernetesVersion();
    } catch (KubernetesClientException unknown) {
      version = null;
    }
    return version == null ? new ServerFeatures(0, 0, false)
        : of(number(version.getMajor()), number(version.getMinor()));
  }

  static ServerFeatures of(int major, int minor) {
    return new ServerFeatures(major, minor, major > 1 || (major == 1 && minor >= 29));
  }

  /** Whether the Job as stored by the server still asks for per-index backoff. */
  public static boolean honoured(io.fabric8.kubernetes.api.model.batch.v1.Job stored) {
    return stored != null && stored.getSpec() != null && stored.getSpec().getBackoffLimitPerIndex() != null;
  }

  private static int number(String text) {
    // Managed clusters report minors like "29+".
    Matcher digits = LEADING_DIGITS.matcher(text == null ? "" : text.trim());
    return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
  }
}
