package dev.slogate.simulations.internal.target;

import dev.slogate.config.Durations;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.config.SafeText;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;
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
  /** How long the start-up check waits for the target's first HTTP answer. */
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

  private TargetResolver() {}

  /** The target the run's options name (read once for the run). */
  public static Target resolve(OptionValues options) {
    // Every layer (slogate.properties, SLOGATE_TARGET, -Dslogate.target), strongest first.
    return resolve(options.raw(PROPERTY), System.getenv(), options.get(Options.STACK_PORT).orElse(0));
  }

  static Target resolve(Optional<String> property, Map<String, String> environment) {
    return resolve(property, environment, 0);
  }

  /** @param stackPort the embedded stack's port ({@code slogate.stack.port}); 0 picks a free one */
  static Target resolve(Optional<String> property, Map<String, String> environment, int stackPort) {
    Optional<String> explicit = property.filter(v -> !v.isBlank())
        .or(() -> Optional.ofNullable(environment.get(ENVIRONMENT)).filter(v -> !v.isBlank()));
    if (explicit.isEmpty()) {
      return new Target(URI.create("http://127.0.0.1:" + (stackPort > 0 ? stackPort : freeLoopbackPort())), true);
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
      throw new TargetException(PROPERTY + " " + SafeText.quoted(SafeText.url(text)) + " is not a URL: " + SafeText.escape(e.getReason()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new TargetException(PROPERTY + " '" + SafeText.url(text) + "' must be an http:// or https:// URL with a host");
    }
    if (uri.getUserInfo() != null) {
      // Credentials in a URL end up in logs and reports; tokens come from the environment instead.
      throw new TargetException(PROPERTY + " must not carry credentials; pass tokens through the environment");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      // The target is a base URL, printed and kept in the plan; a query is where tokens travel (the secret scan found
      // one in the console and plan.json), so it is refused rather than shown.
      throw new TargetException(PROPERTY + " must be a base URL without a query or fragment; pass tokens through the "
          + "environment");
    }
    return uri;
  }

  /**
   * One real HTTP request to the target's base URL, answered within {@link #ANSWER_TIMEOUT}. A TCP connect alone
   * let through a target that accepts and never answers, and the run then waited out Gatling's request timeouts on
   * every request. Any status is an answer (a 401 or 404 at the base URL is a live server); so is a TLS handshake
   * that fails on the certificate, since Gatling itself trusts every certificate.
   */
  static void checkReachable(URI uri) {
    checkReachable(uri, ANSWER_TIMEOUT);
  }

  static void checkReachable(URI uri, Duration timeout) {
    int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    String where = PROPERTY + " " + uri.getScheme() + "://" + uri.getHost() + ":" + port;
    HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (HttpConnectTimeoutException e) {
      throw new TargetException(where + " is unreachable: no connection within " + Durations.format(timeout));
    } catch (HttpTimeoutException e) {
      throw new TargetException(where + " accepted a connection but sent no HTTP answer within "
          + Durations.format(timeout) + ": is it hung?");
    } catch (SSLException e) {
      // it answered TLS; whether its certificate is trusted is not the run's concern (Gatling trusts all)
    } catch (IOException e) {
      throw new TargetException(where + " is unreachable: "
          + SafeText.escape(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException(where + ": interrupted while checking it answers");
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
