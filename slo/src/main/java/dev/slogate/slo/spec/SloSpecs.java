package dev.slogate.slo.spec;

import dev.slogate.config.InputFiles;
import dev.slogate.config.PositionedYaml;
import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads SLO specs: slogate's own YAML format, or OpenSLO v1 documents (recognised by their
 * {@code apiVersion}), from a file or from the catalogs embedded in slogate.
 *
 * <p>Every problem with the input is a {@link SloSpecException} whose message is one line naming the file
 * and, for content errors, {@code line:column} and the field.
 */
public final class SloSpecs {

  /** Where embedded catalogs live on the classpath: {@code <name>.yaml} in this directory. */
  public static final String CATALOG_DIRECTORY = "dev/slogate/slo/catalog";

  /** The catalog of the embedded reference stack, the default target. */
  public static final String REFERENCE_STACK = "reference-stack";

  private static final Pattern CATALOG_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private SloSpecs() {}

  /**
   * Loads a spec from a file path or, for a bare name without a path separator and without a
   * {@code .yaml}/{@code .yml} ending, from the embedded catalog of that name.
   *
   * @throws SloSpecException for a missing file, an unknown catalog (the message lists the known ones) or
   *     invalid content
   */
  public static SloSpec load(String fileOrCatalogName) {
    SloSource source = source(fileOrCatalogName);
    return parse(source.text(), source.origin());
  }

  /**
   * The text of a spec file or embedded catalog, unparsed: what a run keeps beside its results, so that the
   * evidence names exactly the objectives it was judged on.
   *
   * @throws SloSpecException for a missing file or an unknown catalog
   */
  public static SloSource source(String fileOrCatalogName) {
    String arg = fileOrCatalogName.trim();
    boolean isPath = arg.contains("/") || arg.contains("\\") || arg.endsWith(".yaml") || arg.endsWith(".yml");
    return isPath ? fileSource(Path.of(arg)) : catalogSource(arg);
  }

  /** Reads a spec file. */
  public static SloSpec read(Path file) {
    SloSource source = fileSource(file);
    return parse(source.text(), source.origin());
  }

  /** Loads an embedded catalog by name, such as {@link #REFERENCE_STACK}. */
  public static SloSpec loadCatalog(String name) {
    SloSource source = catalogSource(name);
    return parse(source.text(), source.origin());
  }

  private static SloSource fileSource(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SloSpecException(file + ": SLO file not found" + (Files.isDirectory(file) ? " (it is a directory)" : ""));
    }
    try {
      return new SloSource(file.toString(), InputFiles.readText(file));
    } catch (IOException e) {
      throw new SloSpecException(file + ": cannot read SLO file: " + e.getMessage());
    }
  }

  private static SloSource catalogSource(String name) {
    String resource = CATALOG_DIRECTORY + "/" + name + ".yaml";
    ClassLoader loader = SloSpecs.class.getClassLoader();
    try (InputStream in = CATALOG_NAME.matcher(name).matches() ? loader.getResourceAsStream(resource) : null) {
      if (in == null) {
        throw new SloSpecException("unknown SLO catalog '" + name + "' (available: " + String.join(", ", catalogNames())
            + "); to use a file, give its path, such as ./" + name + ".yaml");
      }
      return new SloSource(resource, InputFiles.readText(in));
    } catch (IOException e) {
      throw new SloSpecException(resource + ": cannot read SLO catalog: " + e.getMessage());
    }
  }

  /** The names of the embedded catalogs, sorted. */
  public static Set<String> catalogNames() {
    return CatalogIndex.names(SloSpecs.class.getClassLoader(), CATALOG_DIRECTORY);
  }

  /**
   * Parses YAML text.
   *
   * @param origin how messages name the text, usually its file path
   */
  public static SloSpec parse(String yaml, String origin) {
    SloSpecErrors errors = new SloSpecErrors(origin);
    List<YamlNode> documents;
    try {
      documents = PositionedYaml.readAll(yaml);
    } catch (YamlProblem problem) {
      throw errors.of(problem);
    }
    if (documents.isEmpty() || documents.get(0) instanceof YamlNode.ScalarNode scalar && scalar.isNull()) {
      throw errors.at(new YamlNode.Position(1, 1), "", "the file is empty (expected system, version and objectives)");
    }
    if (OpenSloImporter.isOpenSlo(documents.get(0))) {
      return new OpenSloImporter(errors).importDocuments(documents);
    }
    if (documents.size() > 1) {
      throw errors.at(documents.get(1).position(), "",
          "a slogate SLO file holds one YAML document (several documents are read only for OpenSLO)");
    }
    YamlNode root = documents.get(0);
    if (root instanceof YamlNode.MapNode map && map.entries().containsKey("apiVersion")) {
      YamlNode.Entry apiVersion = map.entries().get("apiVersion");
      throw errors.at(apiVersion.value().position(), "apiVersion",
          "unsupported apiVersion " + apiVersion.value().describe() + " (slogate reads its own format, which has no apiVersion, and "
              + OpenSloImporter.API_VERSION + ")");
    }
    return new SloSpecReader(errors).read(root);
  }
}
