package dev.slogate.injectors.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The pod's end of the record mechanism: zips the run folder, and sends it with its SHA-256 to the coordinator's
 * {@link RecordReceiver}, trying again a bounded number of times when the connection fails or the receiver answers
 * 5xx. Succeeds only when the receiver says it stored the record (200 or 201): the pod's exit code follows.
 */
public final class RecordUploader {

  /** What became of an upload: {@code stored} true when the receiver verified and kept the record. */
  public record Result(boolean stored, int attempts, String detail) {}

  /** Waits between attempts; a seam so that tests do not wait. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private final HttpClient http;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Pause pause;

  public RecordUploader(int maxAttempts, Duration firstBackoff, Pause pause) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
    }
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.maxAttempts = maxAttempts;
    this.firstBackoff = Objects.requireNonNull(firstBackoff, "firstBackoff");
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  /** Five attempts, 2 s apart and doubling: about a minute for a coordinator that is briefly unreachable. */
  public static RecordUploader standard() {
    return new RecordUploader(5, Duration.ofSeconds(2), duration -> Thread.sleep(duration.toMillis()));
  }

  /** The receiver's URL for one injector's record. */
  public static URI recordUri(URI receiver, String runId, int index) {
    String base = receiver.toString().endsWith("/") ? receiver.toString() : receiver + "/";
    return URI.create(base + "runs/" + runId + "/injectors/" + index);
  }

  /** Zips {@code runFolder} next to it and sends it. */
  public Result upload(URI receiver, String runId, int index, String token, Path runFolder) throws IOException {
    Path archive = Files.createTempFile("slogate-record-" + index + "-", ".zip");
    try {
      try (OutputStream out = Files.newOutputStream(archive)) {
        RecordArchive.zip(runFolder, out);
      }
      return send(recordUri(receiver, runId, index), token, archive, RecordArchive.sha256(archive));
    } finally {
      Files.deleteIfExists(archive);
    }
  }

  /** Sends {@code archive} declaring {@code sha256} (which a test may get wrong on purpose). */
  public Result send(URI uri, String token, Path archive, byte[] sha256) {
    String detail = "not sent";
    Duration backoff = firstBackoff;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5))
            .header("Authorization", "Bearer " + token)
            .header(RecordArchive.DIGEST_HEADER, RecordArchive.digestHeader(sha256))
            .header("Content-Type", "application/zip")
            .PUT(HttpRequest.BodyPublishers.ofFile(archive)).build(), HttpResponse.BodyHandlers.ofString());
        detail = response.statusCode() + " " + response.body().strip();
        if (response.statusCode() == 200 || response.statusCode() == 201) {
          return new Result(true, attempt, detail);
        }
        if (response.statusCode() < 500) {
          // The receiver looked at this record and refused it: sending it again gets the same answer.
          return new Result(false, attempt, detail);
        }
      } catch (IOException e) {
        detail = e.getClass().getSimpleName() + ": " + e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result(false, attempt, "interrupted");
      }
      if (attempt < maxAttempts) {
        try {
          pause.pause(backoff);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Result(false, attempt, "interrupted");
        }
        backoff = backoff.multipliedBy(2);
      }
    }
    return new Result(false, maxAttempts, detail);
  }
}
