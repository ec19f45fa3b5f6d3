package dev.slogate.simulations;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.*;
import io.gatling.javaapi.http.*;

public class SteadyLoad extends Simulation {
  HttpProtocolBuilder proto = http.baseUrl("http://127.0.0.1:1").disableWarmUp();
  ScenarioBuilder s = scenario("s").exec(http("r").get("/"));
  { setUp(s.injectOpen(atOnceUsers(1))).protocols(proto); }
  @Override public void after() { System.out.println("AFTER HOOK RAN in " + System.getProperty("user.dir")); }
}
