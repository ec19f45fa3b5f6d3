package dev.slogate.injectors;

import dev.slogate.injectors.internal.RecordUploader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an injector pod runs (the image's entry point): injector {@code i}'s share of the run in a child Gatling JVM,
 * then its run folder sent to the coordinator's record receiver. The pod succeeds only when the receiver has verified
 * and stored the record, so that Kubernetes' "index completed" means "record delivered".
 *
 * <p>It reads, from the environment the Job sets: the index ({@code SLOGATE_INJECTORS_INDEX}, checked against
 * Kubernetes' {@code JOB_COMPLETION_INDEX}), the run id, the receiver's URL, the simulation, the output folder, and
 * the upload token ({@value InjectorOptionKeys#UPLOAD_TOKEN_ENV}, from the run's Secret). Every other
 * {@code SLOGATE_*} variable goes through to the Gatling JVM, whose options layer reads it.
 *
 * <p>Exit codes: 0 the record was delivered; 3 the environment is incomplete; 4 the record could not be delivered.
 * Gatling's own exit code is printed but does not decide: a run that failed its gate still has a record to judge,
 * and one that crashed has an incomplete record, which the merge marks.
 */
public final class PodEntrypoint {

  static final int MISSING_ENVIRONMENT = 3;
  static final int NOT_DELIVERED = 4;

  private PodEntrypoint() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.exit(run(System.getenv(), RecordUploader.standard()));
  }

  static int run(Map<String, String> env, RecordUploader uploader) throws IOException, InterruptedException {
    Optional<String> missing = List.of(InjectorOptionKeys.RUN_ID, InjectorOptionKeys.RECEIVER_URL,
        InjectorOptionKeys.SIMULATION, InjectorOptionKeys.OUTPUT).stream()
        .map(InjectorOptionKeys::environmentName).filter(name -> blank(env.get(name))).findFirst();
    if (missing.isPresent() || blank(env.get(InjectorOptionKeys.UPLOAD_TOKEN_ENV))) {
      System.err.println("slogate injector: " + missing.orElse(InjectorOptionKeys.UPLOAD_TOKEN_ENV)
          + " is not set; this image runs as a pod of the Job slogate creates");
      return MISSING_ENVIRONMENT;
    }
    int index;
    try {
      index = index(env);
    } catch (IllegalArgumentException e) {
      System.err.println("slogate injector: " + e.getMessage());
      return MISSING_ENVIRONMENT;
    }
    String runId = env.get(InjectorOptionKeys.environmentName(InjectorOptionKeys.RUN_ID));
    Path output = Path.of(env.get(InjectorOptionKeys.environmentName(InjectorOptionKeys.OUTPUT)));
    int gatling = runGatling(env, index);
    System.out.println("slogate injector " + index + ": Gatling exited with " + gatling);
    if (!Files.isDirectory(output)) {
      System.err.println("slogate injector " + index + ": the run wrote no folder at " + output
          + "; nothing to deliver");
      return NOT_DELIVERED;
    }
    RecordUploader.Result result = uploader.upload(
        URI.create(env.get(InjectorOptionKeys.environmentName(InjectorOptionKeys.RECEIVER_URL))), runId, index,
        env.get(InjectorOptionKeys.UPLOAD_TOKEN_ENV), output);
    System.out.println("slogate injector " + index + ": record " + (result.stored() ? "delivered" : "NOT delivered")
        + " after " + result.attempts() + " attempt(s): " + result.detail());
    return result.stored() ? 0 : NOT_DELIVERED;
  }

  /** The index, from the options layer's variable and from Kubernetes' own, which must agree when both are set. */
  static int index(Map<String, String> env) {
    String option = env.get(InjectorOptionKeys.environmentName(InjectorOptionKeys.INDEX));
    String kubernetes = env.get(InjectorOptionKeys.JOB_COMPLETION_INDEX_ENV);
    if (blank(option) && blank(kubernetes)) {
      throw new IllegalArgumentException("neither " + InjectorOptionKeys.environmentName(InjectorOptionKeys.INDEX)
          + " nor " + InjectorOptionKeys.JOB_COMPLETION_INDEX_ENV + " is set: which injector is this?");
    }
    if (!blank(option) && !blank(kubernetes) && !option.trim().equals(kubernetes.trim())) {
      throw new IllegalArgumentException(InjectorOptionKeys.environmentName(InjectorOptionKeys.INDEX) + "=" + option
          + " disagrees with " + InjectorOptionKeys.JOB_COMPLETION_INDEX_ENV + "=" + kubernetes);
    }
    String value = blank(option) ? kubernetes.trim() : option.trim();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the injector index '" + value + "' is not a number", e);
    }
  }

  /** Gatling in a child JVM on this JVM's class path: Gatling stays off this module's class path. */
  private static int runGatling(Map<String, String> env, int index) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dgatling.data.enableAnalytics=false");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.gatling.app.Gatling");
    command.add("--simulation");
    command.add(env.get(InjectorOptionKeys.environmentName(InjectorOptionKeys.SIMULATION)));
    command.add("--results-folder");
    command.add(env.getOrDefault(InjectorOptionKeys.environmentName(InjectorOptionKeys.GATLING_RESULTS),
        "/tmp/gatling"));
    command.add("--no-reports");
    if (env.containsKey(InjectorOptionKeys.JOB_COMPLETION_INDEX_ENV)) {
      // Make sure the child sees the index under the options layer's name even if only Kubernetes' was set.
      command.add(1, "-D" + InjectorOptionKeys.INDEX + "=" + index);
    }
    ProcessBuilder gatling = new ProcessBuilder(command).inheritIO();
    // What only this JVM needs stays here: the upload token, where to send the record, and which simulation to run.
    gatling.environment().remove(InjectorOptionKeys.UPLOAD_TOKEN_ENV);
    gatling.environment().remove(InjectorOptionKeys.environmentName(InjectorOptionKeys.RECEIVER_URL));
    gatling.environment().remove(InjectorOptionKeys.environmentName(InjectorOptionKeys.SIMULATION));
    return gatling.start().waitFor();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
