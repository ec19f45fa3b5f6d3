package dev.slogate.stack.process;

import dev.slogate.config.Defaults;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How to start another JVM that can run this module's classes: the same {@code java} binary,
 * the same classpath, and small-footprint flags.
 *
 * @param java the {@code java} executable
 * @param classpath what {@code -cp} gets
 * @param jvmArgs flags placed before the main class
 */
public record JavaCommand(Path java, String classpath, List<String> jvmArgs) {

  /** Overrides the replica JVM flags, space separated. */
  public static final String JVM_ARGS_PROPERTY = Options.STACK_REPLICA_JVM_ARGS.key();
  /** Overrides the classpath replicas are started with. */
  public static final String CLASSPATH_PROPERTY = Options.STACK_CLASSPATH.key();

  /** Small heap, C1 only, serial collector: see {@link Defaults#REPLICA_JVM_ARGS}. */
  public static final List<String> DEFAULT_JVM_ARGS = Defaults.REPLICA_JVM_ARGS;

  public JavaCommand {
    jvmArgs = List.copyOf(jvmArgs);
  }

  /** The JVM this code runs in, with this code's classpath. */
  public static JavaCommand current() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Optional<String> flags = OptionValues.load().raw(JVM_ARGS_PROPERTY);
    List<String> args = flags.isEmpty() ? DEFAULT_JVM_ARGS : Arrays.asList(flags.get().split("\\s+"));
    return new JavaCommand(java, currentClasspath(), args);
  }

  public List<String> command(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    return command;
  }

  /**
   * Usually {@code java.class.path}. Under {@code mvn exec:java} this code is loaded by a
   * URLClassLoader inside Maven's own JVM, whose class path is only Maven's launcher; then the
   * loader's URLs are the real classpath.
   */
  static String currentClasspath() {
    Optional<String> explicit = OptionValues.load().raw(CLASSPATH_PROPERTY);
    if (explicit.isPresent()) {
      return explicit.get();
    }
    ClassLoader loader = JavaCommand.class.getClassLoader();
    if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
      List<String> entries = new ArrayList<>();
      for (URL url : urls.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          // Not a file: a child JVM could not use it either.
        }
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }
}
