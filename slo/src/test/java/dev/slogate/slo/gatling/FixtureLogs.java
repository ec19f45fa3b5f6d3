package dev.slogate.slo.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The real Gatling logs under {@code src/test/resources/gatling-logs/} and the server's counts for each. */
public final class FixtureLogs {

  public static final String PLAIN_OPEN = "plain-open";
  public static final String SHOP = "shop";
  public static final String UNSUPPORTED = "unsupported-3.14.9";

  private FixtureLogs() {}

  public static Path directory(String fixture) {
    URL url = FixtureLogs.class.getResource("/gatling-logs/" + fixture + "/simulation.log");
    if (url == null) {
      throw new IllegalStateException("fixture " + fixture + " is missing from the test resources");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path log(String fixture) {
    return directory(fixture).resolve("simulation.log");
  }

  /** Requests the loopback server received: path → (HTTP status → count). */
  public static Map<String, Map<Integer, Long>> serverCounts(String fixture) {
    try {
      JsonNode paths = new ObjectMapper().readTree(directory(fixture).resolve("server-counts.json").toFile()).get("paths");
      Map<String, Map<Integer, Long>> counts = new TreeMap<>();
      paths.properties().forEach(path -> {
        Map<Integer, Long> byStatus = new TreeMap<>();
        path.getValue().get("status").properties()
            .forEach(s -> byStatus.put(Integer.parseInt(s.getKey()), s.getValue().asLong()));
        counts.put(path.getKey(), byStatus);
      });
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static long serverCount(String fixture, String path) {
    return serverCounts(fixture).getOrDefault(path, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  public static long serverCount(String fixture, String path, int status) {
    return serverCounts(fixture).getOrDefault(path, Map.of()).getOrDefault(status, 0L);
  }
}
