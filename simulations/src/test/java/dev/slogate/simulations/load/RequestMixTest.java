package dev.slogate.simulations.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestMixTest {

  @Test
  void parsesMethodsAndBarePaths() {
    RequestMix mix = RequestMix.parse(" GET /a , post /b,/c ");
    assertEquals(List.of("GET /a", "POST /b", "GET /c"),
        mix.endpoints().stream().map(RequestMix.Endpoint::requestName).toList());
  }

  @Test
  void rejectsWhatIsNotAMethodAndPath() {
    assertEquals("request 'FETCH /a' is not of the form 'METHOD /path' (slogate.requests)",
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("FETCH /a")).getMessage());
    assertEquals("request 'GET a' is not of the form 'METHOD /path' (slogate.requests)",
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("GET a")).getMessage());
    assertEquals("slogate.requests names no request",
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse(" , ")).getMessage());
  }
}
