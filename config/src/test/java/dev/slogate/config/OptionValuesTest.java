package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.config.OptionValues.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionValuesTest {

  private static Properties properties(String... keyValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return properties;
  }

  @Test
  void defaultsApplyWhenNoLayerSetsAnOption() {
    OptionValues values = OptionValues.layered(Map.of(), Map.of(), new Properties()).checkKnown();
    assertEquals(Optional.empty(), values.get(Options.WARM_UP));
    assertEquals(Optional.of(Duration.ofSeconds(10)), values.orDefault(Options.WARM_UP));
    assertEquals(Layer.DEFAULT, values.layerOf("slogate.warmup"));
  }

  @Test
  void eachLayerOverridesTheWeakerOnes() {
    Map<String, String> file = Map.of("slogate.warmup", "1s", "slogate.duration", "1s", "slogate.cooldown", "1s",
        "slogate.step", "1s");
    Map<String, String> environment = Map.of("SLOGATE_DURATION", "2s", "SLOGATE_COOLDOWN", "2s", "SLOGATE_STEP", "2s");
    Properties system = properties("slogate.cooldown", "3s", "slogate.step", "3s");
    OptionValues values = OptionValues.layered(file, environment, system)
        .withCommandLine(Map.of("slogate.step", "4s")).checkKnown();
    assertEquals(Optional.of(Duration.ofSeconds(1)), values.get(Options.WARM_UP));
    assertEquals(Optional.of(Duration.ofSeconds(2)), values.get(Options.DURATION));
    assertEquals(Optional.of(Duration.ofSeconds(3)), values.get(Options.COOL_DOWN));
    assertEquals(Optional.of(Duration.ofSeconds(4)), values.get(Options.STEP));
    assertEquals(Layer.FILE, values.layerOf("slogate.warmup"));
    assertEquals(Layer.ENVIRONMENT, values.layerOf("slogate.duration"));
    assertEquals(Layer.SYSTEM_PROPERTY, values.layerOf("slogate.cooldown"));
    assertEquals(Layer.COMMAND_LINE, values.layerOf("slogate.step"));
  }

  @Test
  void aBlankValueDoesNotHideAWeakerLayer() {
    OptionValues values = OptionValues.layered(Map.of(), Map.of("SLOGATE_RATE", "300"), properties("slogate.rate", " "));
    assertEquals(Optional.of(300.0), values.get(Options.RATE));
  }

  @Test
  void readsTheFileInTheWorkingDirectoryFormat(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve(OptionValues.FILE_NAME), "# a comment\nslogate.rate = 75/s\n");
    OptionValues values = OptionValues.layered(OptionValues.readFile(file), Map.of(), new Properties());
    assertEquals(Optional.of(75.0), values.get(Options.RATE));
    assertEquals(Map.of(), OptionValues.readFile(dir.resolve("absent.properties")));
  }

  @Test
  void environmentNamesAreUpperCaseWithUnderscoresForDotsAndHumps() {
    assertEquals("SLOGATE_STACK_ADD_LATENCY", Options.STACK_ADD_LATENCY.environmentName());
    assertEquals("SLOGATE_TARGET", Options.TARGET_URL.environmentName());
    assertEquals("SLOGATE_GATE_INCONCLUSIVE", Options.GATE_INCONCLUSIVE.environmentName());
    assertEquals("SLOGATE_KGAS_BASE_RATE", Options.KGAS_BASE_RATE.environmentName());
    assertEquals("SLOGATE_STACK_FRONT_IO_THREADS", Options.STACK_FRONT_IO_THREADS.environmentName());
    Set<String> names = new HashSet<>();
    for (Option<?> option : Options.all()) {
      assertTrue(names.add(option.environmentName()), "two options share " + option.environmentName());
    }
  }

  @Test
  void anUnknownSystemPropertyIsOneLineWithTheNearestKey() {
    OptionValues values = OptionValues.layered(Map.of(), Map.of(), properties("slogate.warmpu", "5s"));
    assertEquals("unknown option slogate.warmpu (system property); did you mean slogate.warmup?",
        assertThrows(InvalidOptionException.class, values::checkKnown).getMessage());
    OptionValues camel = OptionValues.layered(Map.of(), Map.of(), properties("slogate.stack.addlatency", "5ms"));
    assertEquals("unknown option slogate.stack.addlatency (system property); did you mean slogate.stack.addLatency?",
        assertThrows(InvalidOptionException.class, camel::checkKnown).getMessage());
  }

  @Test
  void anUnknownKeyFarFromAnyPointsToTheList() {
    OptionValues values = OptionValues.layered(Map.of(), Map.of(), properties("slogate.zzzzzzzzzzzz", "1"));
    assertEquals("unknown option slogate.zzzzzzzzzzzz (system property); `slogate help` lists the options",
        assertThrows(InvalidOptionException.class, values::checkKnown).getMessage());
  }

  @Test
  void unknownKeysInTheFileAndEnvironmentAreRefusedToo() {
    OptionValues file = OptionValues.layered(Map.of("slogate.cooldwn", "1s"), Map.of(), new Properties());
    assertEquals("unknown option slogate.cooldwn (slogate.properties); did you mean slogate.cooldown?",
        assertThrows(InvalidOptionException.class, file::checkKnown).getMessage());
    OptionValues environment = OptionValues.layered(Map.of(), Map.of("SLOGATE_STACK_REPLICA", "secret-value"),
        new Properties());
    String message = assertThrows(InvalidOptionException.class, environment::checkKnown).getMessage();
    assertEquals("unknown option SLOGATE_STACK_REPLICA (environment variable); did you mean SLOGATE_STACK_REPLICAS?",
        message);
    assertFalse(message.contains("secret-value"));
  }

  @Test
  void tokensAndTheCiSwitchAreNotOptionsAndNeverReadNorRefused() {
    Map<String, String> environment = Map.of("SLOGATE_KECS_TOKEN", "t0k3n", "SLOGATE_KECS_TOKEN_FILE", "/run/token",
        "SLOGATE_SEI_PLATFORM_TOKEN", "t", "SLOGATE_REQUIRE_ALL", "1", "SLOGATE_JAVA_OPTS", "-Xmx1g",
        "PATH", "/usr/bin", "OTHER_TOKEN", "x");
    OptionValues values = OptionValues.layered(Map.of(), environment, properties("java.home", "/jdk")).checkKnown();
    assertEquals(Map.of(), values.asMap());
    assertFalse(values.asMap().toString().contains("t0k3n"));
  }

  @Test
  void aValueOfTheWrongKindNamesItsKey() {
    OptionValues values = OptionValues.of(Map.of("slogate.warmup", "500", "slogate.rate", "fast",
        "slogate.gate.inconclusive", "maybe"));
    assertEquals("slogate.warmup: invalid duration '500': a unit is required (ns, us, ms, s, m or h)",
        assertThrows(InvalidOptionException.class, () -> values.get(Options.WARM_UP)).getMessage());
    assertEquals("slogate.rate=fast is not a rate (expected e.g. 200 or 200/s)",
        assertThrows(InvalidOptionException.class, () -> values.get(Options.RATE)).getMessage());
    assertEquals("slogate.gate.inconclusive=maybe is not one of fail, pass (expected fail or pass)",
        assertThrows(InvalidOptionException.class, () -> values.get(Options.GATE_INCONCLUSIVE)).getMessage());
  }

  @Test
  void typedRecordsKeepUnsetDistinctFromDefault() {
    OptionValues values = OptionValues.of(Map.of("slogate.rate", "50/s", "slogate.stack.addLatency", "1m30s"));
    LoadOptions load = LoadOptions.from(values);
    assertEquals(Optional.of(50.0), load.rate());
    assertEquals(Optional.empty(), load.warmUp());
    assertEquals(Optional.of(Duration.ofSeconds(90)), EmbeddedStackOptions.from(values).addedLatency());
    assertEquals(Optional.empty(), ChaosOptions.from(values).backend());
    assertEquals(Optional.empty(), RunOptions.from(values).target());
  }
}
