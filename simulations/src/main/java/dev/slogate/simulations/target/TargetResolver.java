package dev.slogate.simulations.target;

import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the target: {@code -Dslogate.target}, else the environment variable {@code SLOGATE_TARGET}, else
 * the embedded reference stack on a free loopback port.
 *
 * <p>An explicit target is checked before any load is planned: an unreachable one fails at once with one
 * sentence, rather than as thousands of KOs that would look like a broken release.
 */
public final class TargetResolver {

  public static final String PROPERTY = Options.TARGET_URL.key();
  public static final String ENVIRONMENT = Options.TARGET_URL.environmentName();
  private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

  private TargetResolver() {}

  /** The target the run's options name (read once for the run). */
  public static Target resolve(OptionValues options) {
    // Every layer (slogate.properties, SLOGATE_TARGET, -Dslogate.target), strongest first.
    return resolve(options.raw(PROPERTY), System.getenv());
  }

  static Target resolve(Optional<String> property, Map<String, String> environment) {
    Optional<String> explicit = property.filter(v -> !v.isBlank())
        .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT)).filter(v -> !v.isBlank()));
    if (explicit.isEmpty()) {
      return new Target(URI.create("http://127.0.0.1:" + freeLoopbackPort()), true);
    }
    URI uri = parse(explicit.get().trim());
    checkReachable(uri);
    return new Target(uri, false);
  }

  static URI parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new TargetException(PROPERTY + " '" + text + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new TargetException(PROPERTY + " '" + text + "' must be an http:// or https:// URL with a host");
    }
    if (uri.getUserInfo() != null) {
      // Credentials in a URL end up in logs and reports; tokens come from the environment instead.
      throw new TargetException(PROPERTY + " must not carry credentials; pass tokens through the environment");
    }
    return uri;
  }

  static void checkReachable(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw new TargetException(PROPERTY + " " + uri.getScheme() + "://" + uri.getHost() + ":" + port
          + " is unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** A port the embedded stack's balancer can take. */
  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new TargetException("no free loopback port for the embedded stack: " + e.getMessage());
    }
  }
}
