package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.internal.ExperimentDurations;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code slogate chaos reap --namespace x [--namespace y] [--dry-run]}: removes the Chaos Mesh experiments
 * that slogate runs left behind in the named namespaces (found by {@code app.kubernetes.io/managed-by=slogate};
 * nothing else is touched), and waits until each is gone.
 *
 * <p>Exit status: 0 when nothing is left, 1 when a leftover would not go or the cluster could not be read,
 * 2 for a usage error. Uses the current kubeconfig context (or the in-cluster service account).
 */
@Command(name = "reap", mixinStandardHelpOptions = true,
    description = "Removes the Chaos Mesh experiments that slogate runs left behind (label "
        + "app.kubernetes.io/managed-by=slogate) and waits until each is gone.")
public final class ReapCommand implements Callable<Integer> {

  @Option(names = "--namespace", required = true, paramLabel = "NAMESPACE",
      description = "A namespace to sweep; repeat for more.")
  private List<String> namespaces;

  @Option(names = "--dry-run", description = "List what would be removed, and remove nothing.")
  private boolean dryRun;

  @Option(names = "--timeout", defaultValue = "60s", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long to wait for each leftover to be gone (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  @Spec
  private CommandSpec spec;

  private final KubernetesClient client;

  /** Uses the default kubeconfig context; the client is closed when the command ends. */
  public ReapCommand() {
    this(null);
  }

  /** Uses {@code client}, which stays open (the caller owns it). */
  public ReapCommand(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Integer call() {
    for (String namespace : namespaces) {
      if (!namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
        throw new ParameterException(spec.commandLine(), "'" + namespace + "' is not a valid namespace name");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      KubernetesClient used = client != null ? client : new KubernetesClientBuilder().build();
      try {
        return reap(used, out, err);
      } finally {
        if (client == null) {
          used.close();
        }
      }
    } catch (ChaosException | KubernetesClientException e) {
      err.println("slogate chaos reap: " + e.getMessage());
      return 1;
    }
  }

  private int reap(KubernetesClient used, PrintWriter out, PrintWriter err) {
    ChaosMeshSweeper.Report report = new ChaosMeshSweeper(used, timeout).sweep(namespaces, Optional.empty(), dryRun);
    if (report.found().isEmpty()) {
      out.println("Nothing to reap in " + namespaces + ".");
      return 0;
    }
    if (dryRun) {
      report.found().forEach(leftover -> out.println("would remove " + leftover));
      out.println(report.found().size() + " leftover(s) would be removed (dry run, nothing changed).");
      return 0;
    }
    report.removed().forEach(leftover -> out.println("removed " + leftover));
    report.failures().forEach(err::println);
    out.println(report.removed().size() + " of " + report.found().size() + " leftover(s) removed.");
    return report.failures().isEmpty() ? 0 : 1;
  }

  /** Reads {@code 60s}, {@code 2m}: the same duration syntax as experiment files. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration duration;
      try {
        duration = ExperimentDurations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
      if (duration.isZero()) {
        throw new TypeConversionException("the timeout must be more than 0s");
      }
      return duration;
    }
  }
}
