package dev.slogate.slo.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the SLO catalogs embedded on the classpath, whether they sit in a directory (tests, IDE) or in a jar,
 * so that an unknown catalog name can be answered with the names that do exist.
 */
final class CatalogIndex {

  private CatalogIndex() {}

  static TreeSet<String> names(ClassLoader loader, String directory) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(directory);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        switch (root.getProtocol()) {
          case "file" -> addFromDirectory(Path.of(root.toURI()), names);
          case "jar" -> addFromJar(root, directory, names);
          default -> { } // another kind of class loader: listing is best effort, loading by name still works
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list SLO catalogs: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list SLO catalogs: " + e.getMessage(), e);
    }
    return names;
  }

  private static void addFromDirectory(Path directory, TreeSet<String> names) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> names.add(stripYaml(n)));
    }
  }

  private static void addFromJar(URL root, String directory, TreeSet<String> names) throws IOException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = connection.getJarFile()) {
      String prefix = directory.endsWith("/") ? directory : directory + "/";
      jar.stream()
          .map(entry -> entry.getName())
          .filter(name -> name.startsWith(prefix) && name.endsWith(".yaml") && name.indexOf('/', prefix.length()) < 0)
          .forEach(name -> names.add(stripYaml(name.substring(prefix.length()))));
    }
  }

  private static String stripYaml(String fileName) {
    return fileName.substring(0, fileName.length() - ".yaml".length());
  }
}
