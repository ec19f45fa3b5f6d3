package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A JWT-protected route through the balancer: 401 without a well-formed bearer token, 200 with one. */
class BearerAuthTest {

  static final StackProfile PROFILE = new StackProfile("auth", 1, List.of(),
      new HealthCheck(Duration.ofMillis(100), Duration.ofMillis(100), 2, 2, "/health"), List.of(
          RouteSpec.of("GET", "/v1/clusters", new LatencyDistribution.Fixed(Duration.ofMillis(2)))
              .withResponseBytes(3).withAuth(RouteSpec.Auth.JWT),
          RouteSpec.of("GET", "/ui", new LatencyDistribution.Fixed(Duration.ZERO))));

  static String part(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static final String UNSIGNED = part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part("{\"sub\":\"load\"}") + ".";
  static final String SIGNED = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part("{\"iss\":\"kecs\"}")
      + "." + part("not-a-real-signature");

  @Test
  void onlyWellFormedBearerTokensReachTheRoute() {
    try (RunningStack stack = ReferenceStack.start(PROFILE, StackOptions.defaults())) {
      String url = stack.frontUrl() + "/v1/clusters";
      HttpResponse<String> none = Http.get(url);
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
      for (String bad : List.of("Bearer", "Bearer abc", "Bearer a.b", "Basic dXNlcjpwYXNz",
          "Bearer " + part("not json") + "." + part("{}") + ".", "Bearer " + SIGNED + ".extra", "Bearer !!.x.y",
          "Bearer " + part("{\"alg\":\"none\"}") + ".a")) {
        assertEquals(401, Http.getWithAuthorization(url, bad).statusCode(), bad);
      }
      for (String good : List.of("Bearer " + UNSIGNED, "bearer " + SIGNED)) {
        HttpResponse<String> ok = Http.getWithAuthorization(url, good);
        assertEquals(200, ok.statusCode(), good);
        assertEquals("xxx", ok.body());
      }
      assertEquals(200, Http.get(stack.frontUrl() + "/ui").statusCode(), "routes without auth stay open");

      TruthSnapshot truth = stack.groundTruth().snapshot();
      assertEquals(9, truth.count("GET /v1/clusters", 401), "refusals are answers the replica served");
      assertEquals(2, truth.count("GET /v1/clusters", 200));
    }
  }
}
