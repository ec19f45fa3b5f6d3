package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SloSpecsLoadTest {

  @Test
  void bareNameLoadsTheEmbeddedCatalog() {
    SloSpec spec = SloSpecs.load("reference-stack");
    assertEquals("reference-stack", spec.system());
    assertEquals("dev/slogate/slo/catalog/reference-stack.yaml", spec.origin());
  }

  @Test
  void catalogNamesListTheEmbeddedFiles() {
    assertTrue(SloSpecs.catalogNames().contains(SloSpecs.REFERENCE_STACK), SloSpecs.catalogNames().toString());
  }

  @Test
  void unknownCatalogListsTheAvailableOnes() {
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load("refrence-stack"));
    assertTrue(e.getMessage().startsWith("unknown SLO catalog 'refrence-stack' (available: "), e.getMessage());
    assertTrue(e.getMessage().contains("reference-stack"), e.getMessage());
    assertTrue(e.getMessage().endsWith("to use a file, give its path, such as ./refrence-stack.yaml"), e.getMessage());
  }

  @Test
  void namesThatCannotBeCatalogsAreRejectedNotResolvedAgainstTheClasspath() {
    SloSpecException e = assertThrows(SloSpecException.class, () -> SloSpecs.load("..catalog"));
    assertTrue(e.getMessage().startsWith("unknown SLO catalog '..catalog'"), e.getMessage());
  }

  @Test
  void pathsAndYamlNamesAreFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "system: mine\nversion: 1\nobjectives: [{name: e, kind: error-rate, max: 1%}]\n");
    assertEquals("mine", SloSpecs.load(file.toString()).system());
    SloSpecException missing = assertThrows(SloSpecException.class, () -> SloSpecs.load("no-such-file.yaml"));
    assertEquals("no-such-file.yaml: SLO file not found", missing.getMessage());
    SloSpecException directory = assertThrows(SloSpecException.class, () -> SloSpecs.load(dir + "/"));
    assertTrue(directory.getMessage().endsWith("SLO file not found (it is a directory)"), directory.getMessage());
  }

  @Test
  void catalogsAreListedFromJarsToo(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("catalogs.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      // with directory entries, as the jar and shade plugins write them
      for (String name : List.of("dev/", "dev/slogate/", "dev/slogate/slo/", "dev/slogate/slo/catalog/","dev/slogate/slo/catalog/alpha.yaml", "dev/slogate/slo/catalog/beta.yaml",
          "dev/slogate/slo/catalog/nested/gamma.yaml", "dev/slogate/slo/catalog/readme.txt")) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
          out.write("system: x\n".getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertEquals(Set.of("alpha", "beta"), CatalogIndex.names(loader, SloSpecs.CATALOG_DIRECTORY));
    }
  }
}
