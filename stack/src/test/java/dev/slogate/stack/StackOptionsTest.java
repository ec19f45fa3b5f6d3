package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StackOptionsTest {

  @Test
  void unsetPropertiesStayUnset() {
    StackOptions options = StackOptions.fromProperties(properties(StackOptions.ERROR_RATIO_PROPERTY, " "));
    assertEquals(Optional.empty(), options.profile());
    assertEquals(OptionalInt.empty(), options.replicas());
    assertEquals(Optional.empty(), options.addedLatency());
    assertEquals(OptionalDouble.empty(), options.errorRatio());
    assertFalse(options.isDegraded());
  }

  @Test
  void readsEveryProperty() {
    StackOptions options = StackOptions.fromProperties(properties(
        StackOptions.PROFILE_PROPERTY, "default",
        StackOptions.REPLICAS_PROPERTY, "5",
        StackOptions.ADD_LATENCY_PROPERTY, "50ms",
        StackOptions.ERROR_RATIO_PROPERTY, "0.05",
        StackOptions.PORT_PROPERTY, "8080"));
    assertEquals(Optional.of("default"), options.profile());
    assertEquals(OptionalInt.of(5), options.replicas());
    assertEquals(Optional.of(Duration.ofMillis(50)), options.addedLatency());
    assertEquals(OptionalDouble.of(0.05), options.errorRatio());
    assertEquals(OptionalInt.of(8080), options.frontPort());
    assertTrue(options.isDegraded());
    assertEquals("StackOptions{profile=default replicas=5 addLatency=50ms errorRatio=0.05 port=8080}", options.toString());
  }

  @Test
  void badValuesNameTheirProperty() {
    assertMessage("slogate.stack.addLatency: invalid duration '50': a unit is required (ns, us, ms, s, m or h)",
        StackOptions.ADD_LATENCY_PROPERTY, "50");
    assertMessage("slogate.stack.errorRatio: error ratio must be within [0, 1], got 5.0",
        StackOptions.ERROR_RATIO_PROPERTY, "5");
    assertMessage("slogate.stack.errorRatio: 'lots' is not a number", StackOptions.ERROR_RATIO_PROPERTY, "lots");
    assertMessage("slogate.stack.replicas: replicas must be within 1..32, got 0", StackOptions.REPLICAS_PROPERTY, "0");
    assertMessage("slogate.stack.port: 'http' is not a whole number", StackOptions.PORT_PROPERTY, "http");
  }

  @Test
  void withersReturnNewInstances() {
    StackOptions base = StackOptions.defaults();
    StackOptions changed = base.withReplicas(2);
    assertEquals(OptionalInt.empty(), base.replicas());
    assertEquals(OptionalInt.of(2), changed.replicas());
  }

  private static void assertMessage(String expected, String property, String value) {
    StackConfigException e = assertThrows(StackConfigException.class,
        () -> StackOptions.fromProperties(properties(property, value)));
    assertEquals(expected, e.getMessage());
    assertEquals(StackConfigException.Reason.INVALID_OPTION, e.reason());
  }

  private static Properties properties(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }
}
