package dev.slogate.benchmarks.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The injector image as Jib builds it (simulations' {@code image-check} execution, on the registry-free base
 * {@code scratch}): its manifest, its configuration (entry point, environment, user, working directory) and its layers
 * (the dependencies with Gatling and the injectors module, the simulations' classes, the class-path file the entry
 * point reads). What it cannot show: that the image runs, since nothing here can run an image, nor the JRE base
 * users build on, which no registry here serves.
 */
class InjectorImageTest {

  private static final Path TARBALL = Path.of("../simulations/target/jib-check/image.tar");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, byte[]> files = new HashMap<>();
  private static final List<Set<String>> layers = new ArrayList<>();

  @BeforeAll
  static void open() throws IOException {
    boolean built = Files.isRegularFile(TARBALL);
    if (!built && "1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      throw new AssertionError(TARBALL + " is missing: simulations' package phase builds it (image-check), and "
          + "SLOGATE_REQUIRE_ALL=1 forbids skipping");
    }
    assumeTrue(built, TARBALL + " is built by simulations' package phase; skipping");
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TARBALL))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (entry.getName().endsWith(".tar.gz")) {
          layers.add(layer(tar, entry.getName()));
        } else {
          files.put(entry.getName(), tar.readAllBytes());
        }
      }
    }
  }

  /** Reads one layer: its paths, and the small files the checks look into. */
  private static Set<String> layer(InputStream in, String name) throws IOException {
    Set<String> paths = new TreeSet<>();
    TarArchiveInputStream layer = new TarArchiveInputStream(new GzipCompressorInputStream(nonClosing(in)));
    for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
      paths.add(entry.getName());
      if (entry.getName().startsWith("app/jib-")) {
        files.put(entry.getName(), layer.readAllBytes());
      }
    }
    return paths;
  }

  @Test
  void theManifestNamesTheImageItsConfigAndEveryLayer() throws IOException {
    JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
    assertTrue(manifest.get("RepoTags").get(0).asText().matches("slogate-injector:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        manifest.toString());
    assertEquals("config.json", manifest.get("Config").asText());
    List<String> listed = new ArrayList<>();
    manifest.get("Layers").forEach(layer -> listed.add(layer.asText()));
    assertEquals(layers.size(), listed.size());
    assertTrue(layers.size() >= 4, "dependencies, resources, project dependencies, classes, jvm arg files: " + listed);
  }

  @Test
  void theEntryPointStartsPodEntrypointOnTheClassPathJibWrites() throws IOException {
    JsonNode config = JSON.readTree(files.get("config.json")).get("config");
    List<String> entrypoint = new ArrayList<>();
    config.get("Entrypoint").forEach(word -> entrypoint.add(word.asText()));
    assertEquals(List.of("java", "-Xmx96m", "-cp", "@/app/jib-classpath-file", "dev.slogate.injectors.PodEntrypoint"),
        entrypoint);
    assertEquals("dev.slogate.injectors.PodEntrypoint", text("app/jib-main-class-file").strip());
    String classPath = text("app/jib-classpath-file");
    assertTrue(classPath.contains("/app/classes"), classPath);
    assertTrue(classPath.matches("(?s).*/app/libs/slogate-injectors-[^:]+\\.jar.*"), classPath);
    assertTrue(classPath.matches("(?s).*/app/libs/gatling-app-3\\.15\\.1\\.jar.*"), classPath);
  }

  @Test
  void theEnvironmentUserAndWorkingDirectoryAreTheOnesThePodNeeds() throws IOException {
    JsonNode config = JSON.readTree(files.get("config.json")).get("config");
    List<String> env = new ArrayList<>();
    config.get("Env").forEach(variable -> env.add(variable.asText()));
    assertTrue(env.containsAll(List.of("SLOGATE_OUTPUT=/slogate/out", "SLOGATE_GATLING_RESULTS=/slogate/gatling")),
        env.toString());
    assertTrue(env.stream().noneMatch(variable -> variable.contains("TOKEN")), "no token is baked in: " + env);
    assertEquals("65532", config.get("User").asText());
    assertEquals("/slogate", config.get("WorkingDir").asText());
  }

  @Test
  void theLayersHoldTheSimulationsGatlingAndTheInjectorsModule() {
    Set<String> all = new TreeSet<>();
    layers.forEach(all::addAll);
    assertTrue(all.contains("app/classes/dev/slogate/simulations/SteadyLoad.class"), "the simulations' classes");
    assertTrue(all.stream().anyMatch(path -> path.matches("app/libs/slogate-injectors-.+\\.jar")));
    assertTrue(all.stream().anyMatch(path -> path.matches("app/libs/gatling-app-3\\.15\\.1\\.jar")));
    assertTrue(all.stream().noneMatch(path -> path.contains("kubernetes-server-mock")), "no test dependency");
  }

  private static String text(String path) {
    byte[] bytes = files.get(path);
    assertTrue(bytes != null, path + " is in no layer; layers hold " + files.keySet());
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The layer's stream must not close the outer tarball's. */
  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
