package dev.slogate.stack;

import dev.slogate.config.Durations;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the reference stack on its own until Ctrl-C:
 * {@code java -cp ... dev.slogate.stack.StackMain --profile default --replicas 3 --port 8080}.
 *
 * <p>Prints {@code front URL} and one {@code replica INDEX URL pid PID role ROLE} line per
 * replica on stdout. Exit codes for bad input (one line on stderr, never a stack trace):
 * {@value #EXIT_USAGE} bad command line or option value, {@value #EXIT_INVALID_PROFILE} invalid
 * profile, {@value #EXIT_PROFILE_NOT_FOUND} profile not found, {@value #EXIT_START_FAILED} the
 * stack could not start.
 */
@Command(name = "slogate-stack", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs slogate's reference stack: replica processes behind a health-checking balancer.")
public final class StackMain implements Callable<Integer> {

  public static final int EXIT_USAGE = 64;
  public static final int EXIT_INVALID_PROFILE = 65;
  public static final int EXIT_PROFILE_NOT_FOUND = 66;
  public static final int EXIT_START_FAILED = 70;

  // Held so the logger configuration is not garbage-collected.
  private static final Logger ROOT_LOGGER = Logger.getLogger("");
  private static final Logger PROXY_LOGGER = Logger.getLogger("io.undertow.proxy");

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = StackOptions.DEFAULT_PROFILE,
      description = "Built-in profile name or YAML file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--replicas", paramLabel = "N", description = "Override the profile's replica count.")
  Integer replicas;

  @Option(names = "--port", paramLabel = "PORT", description = "Balancer port on 127.0.0.1 (default: a free one).")
  Integer port;

  @Option(names = "--add-latency", paramLabel = "DURATION",
      description = "Add this delay to every route, e.g. 50ms (a degraded stack).")
  String addLatency;

  @Option(names = "--error-ratio", paramLabel = "RATIO",
      description = "Fail this share of every route's requests, e.g. 0.05.")
  Double errorRatio;

  private final PrintStream out;
  private final CountDownLatch stopped = new CountDownLatch(1);

  StackMain(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    // Undertow and XNIO log start-up banners, and a stack trace for every request cut short by a
    // killed replica; the 503 the client gets says enough.
    ROOT_LOGGER.setLevel(Level.WARNING);
    PROXY_LOGGER.setLevel(Level.OFF);
    System.exit(run(System.out, args));
  }

  static int run(PrintStream out, String... args) {
    CommandLine cli = new CommandLine(new StackMain(out));
    cli.setParameterExceptionHandler((e, a) -> {
      System.err.println("slogate-stack: " + e.getMessage() + " (see --help)");
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof StackConfigException c) {
        System.err.println("slogate-stack: " + c.getMessage());
        return exitCode(c.reason());
      }
      if (e instanceof StackException) {
        System.err.println("slogate-stack: cannot start the stack: " + e.getMessage());
        return EXIT_START_FAILED;
      }
      throw e;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    StackOptions options = options();
    long start = System.nanoTime();
    RunningStack stack = ReferenceStack.start(options);
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stack.close();
      stopped.countDown();
    }, "slogate-stack-shutdown"));
    out.printf("slogate stack '%s' ready in %d ms%n", stack.profile().name(), millis);
    out.println("front " + stack.frontUrl());
    for (ReplicaHandle r : stack.replicas()) {
      out.printf("replica %d %s pid %d role %s%n", r.index(), r.url(), r.pid(), r.role());
    }
    out.println("Ctrl-C stops the stack.");
    out.flush();
    stopped.await();
    return 0;
  }

  private StackOptions options() {
    StackOptions options = StackOptions.defaults().withProfile(profile);
    if (replicas != null) {
      options = options.withReplicas(replicas);
    }
    if (port != null) {
      options = options.withFrontPort(port);
    }
    if (addLatency != null) {
      try {
        options = options.withAddedLatency(Durations.parse(addLatency));
      } catch (IllegalArgumentException e) {
        throw new StackConfigException(StackConfigException.Reason.INVALID_OPTION, "--add-latency: " + e.getMessage());
      }
    }
    if (errorRatio != null) {
      options = options.withErrorRatio(errorRatio);
    }
    return options;
  }

  static int exitCode(StackConfigException.Reason reason) {
    switch (reason) {
      case NOT_FOUND: return EXIT_PROFILE_NOT_FOUND;
      case INVALID_PROFILE: return EXIT_INVALID_PROFILE;
      default: return EXIT_USAGE;
    }
  }
}
