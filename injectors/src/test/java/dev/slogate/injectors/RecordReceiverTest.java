package dev.slogate.injectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.injectors.internal.RecordArchive;
import dev.slogate.injectors.internal.RecordReceiver;
import dev.slogate.injectors.internal.RecordUploader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ends of the record mechanism on loopback: what the receiver keeps, and what it refuses and why. */
class RecordReceiverTest {

  private static final String TOKEN = "0123456789abcdef";

  @TempDir
  Path temp;

  private RecordReceiver receiver;
  private URI url;
  private final List<Duration> pauses = new ArrayList<>();
  private RecordUploader uploader;

  @BeforeEach
  void start() {
    receiver = RecordReceiver.start(new InetSocketAddress("127.0.0.1", 0), "run-1", 2, TOKEN, temp.resolve("records"),
        1 << 20);
    url = URI.create("http://127.0.0.1:" + receiver.port() + "/");
    uploader = new RecordUploader(3, Duration.ofMillis(100), pauses::add);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  private Path runFolder(String content) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("out-" + content.hashCode()).resolve("run-1"));
    Files.writeString(folder.resolve("run-record.json"), content);
    return folder.getParent();
  }

  @Test
  void aWholeRecordIsStoredOnceAndTheSameRecordAgainIsAcknowledged() throws IOException {
    Path out = runFolder("{\"a\":1}");
    RecordUploader.Result first = uploader.upload(url, "run-1", 1, TOKEN, out);
    RecordUploader.Result again = uploader.upload(url, "run-1", 1, TOKEN, out);

    assertTrue(first.stored(), first.detail());
    assertEquals("201 stored", first.detail());
    assertEquals("200 already stored", again.detail());
    assertEquals("{\"a\":1}", Files.readString(receiver.record(1).orElseThrow().folder().resolve("run-1/run-record.json")));
    assertEquals(1, receiver.storedCount());
  }

  @Test
  void aSecondDifferentRecordForTheSameIndexIsRefused() throws IOException {
    assertTrue(uploader.upload(url, "run-1", 0, TOKEN, runFolder("first")).stored());
    RecordUploader.Result second = uploader.upload(url, "run-1", 0, TOKEN, runFolder("second"));

    assertFalse(second.stored());
    assertEquals("409 injector 0 sent a second, different record", second.detail());
    assertEquals("first", Files.readString(receiver.record(0).orElseThrow().folder().resolve("run-1/run-record.json")));
  }

  @Test
  void aWrongTokenAnotherRunAndAnIndexOutOfRangeAreRefusedWithoutRetrying() throws IOException {
    Path out = runFolder("x");
    assertEquals("401 wrong or missing upload token", uploader.upload(url, "run-1", 0, "guess", out).detail());
    assertEquals("404 this receiver takes run run-1, indexes 0 to 1", uploader.upload(url, "run-2", 0, TOKEN, out).detail());
    assertEquals("404 this receiver takes run run-1, indexes 0 to 1", uploader.upload(url, "run-1", 2, TOKEN, out).detail());
    assertTrue(pauses.isEmpty(), "a refusal is final: " + pauses);
    assertEquals(0, receiver.storedCount());
  }

  @Test
  void anArchiveEscapingItsFolderIsRefused() throws IOException {
    Path archive = temp.resolve("evil.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
      zip.putNextEntry(new ZipEntry("../../outside.txt"));
      zip.write("x".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    RecordUploader.Result result = uploader.send(RecordUploader.recordUri(url, "run-1", 0), TOKEN, archive,
        RecordArchive.sha256(archive));

    assertFalse(result.stored());
    assertTrue(result.detail().startsWith("422 the record of injector 0 cannot be unpacked: the archive's entry "
        + "'../../outside.txt' lies outside its folder"), result.detail());
    assertFalse(Files.exists(temp.resolve("outside.txt")));
    assertTrue(receiver.record(0).isEmpty());
  }

  @Test
  void anUnreachableReceiverIsTriedABoundedNumberOfTimesWithGrowingPauses() throws IOException {
    receiver.close();
    RecordUploader.Result result = uploader.upload(url, "run-1", 0, TOKEN, runFolder("x"));

    assertFalse(result.stored());
    assertEquals(3, result.attempts());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), pauses);
  }

  @Test
  void theDigestHeaderIsRfc9530s() {
    byte[] sha = new byte[32];
    sha[0] = 1;
    String header = RecordArchive.digestHeader(sha);
    assertTrue(header.startsWith("sha-256=:AQAA"), header);
    assertTrue(java.util.Arrays.equals(sha, RecordArchive.parseDigestHeader("md5=:abc:, " + header)));
    assertEquals(null, RecordArchive.parseDigestHeader("sha-512=:AAAA:"));
  }

  @Test
  void thePodsIndexComesFromEitherVariableAndBothMustAgree() {
    assertEquals(2, PodEntrypoint.index(java.util.Map.of("JOB_COMPLETION_INDEX", "2")));
    assertEquals(3, PodEntrypoint.index(java.util.Map.of("SLOGATE_INJECTORS_INDEX", "3", "JOB_COMPLETION_INDEX", "3")));
    IllegalArgumentException disagree = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PodEntrypoint.index(java.util.Map.of("SLOGATE_INJECTORS_INDEX", "1", "JOB_COMPLETION_INDEX", "3")));
    assertEquals("SLOGATE_INJECTORS_INDEX=1 disagrees with JOB_COMPLETION_INDEX=3", disagree.getMessage());
  }

}
