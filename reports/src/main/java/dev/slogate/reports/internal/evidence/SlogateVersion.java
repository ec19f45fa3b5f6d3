package dev.slogate.reports.internal.evidence;

import dev.slogate.reports.evidence.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** slogate's own version, from the resource Maven filters at build time, else the jar manifest. */
public final class SlogateVersion {

  private static final String RESOURCE = "/dev/slogate/reports/version.properties";

  private SlogateVersion() {}

  public static String get() {
    try (InputStream in = SlogateVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through to the manifest
    }
    String fromManifest = SlogateVersion.class.getPackage().getImplementationVersion();
    return fromManifest == null ? Evidence.UNKNOWN : fromManifest;
  }
}
