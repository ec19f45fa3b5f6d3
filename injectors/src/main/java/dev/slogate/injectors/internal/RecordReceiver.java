package dev.slogate.injectors.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The coordinator's end of the record mechanism: an HTTP endpoint each injector pod sends its run folder to, as a ZIP,
 * with the run's upload token and the ZIP's SHA-256 (RFC 9530 {@code Content-Digest}).
 *
 * <p>{@code PUT /runs/<run-id>/injectors/<index>}. Answers: 201 stored; 200 the same record again (a retry after a
 * lost answer); 401 wrong token; 404 another run or an index out of range; 409 a different record for an index
 * already stored; 413 too large; 422 the digest is missing or does not match, or the ZIP is malformed. A pod
 * exits successfully only on 200/201, so an index Kubernetes reports complete has a verified record here; one
 * that has none is a failed index, never a silent gap. What is stored is unzipped into
 * {@code injector-<index>/} of the run's folder, atomically (a temporary folder moved into place).
 */
public final class RecordReceiver implements AutoCloseable {

  private static final Pattern PATH = Pattern.compile("/runs/([^/]+)/injectors/([0-9]{1,6})");

  private final HttpServer server;
  private final ExecutorService executor;
  private final String runId;
  private final int count;
  private final byte[] token;
  private final Path outputDirectory;
  private final long maxBytes;
  private final Map<Integer, StoredRecord> stored = new ConcurrentHashMap<>();
  private final Map<Integer, String> rejections = new ConcurrentHashMap<>();

  /** A verified record: where it was unzipped and the digest it arrived with. */
  public record StoredRecord(Path folder, byte[] sha256) {}

  private RecordReceiver(HttpServer server, String runId, int count, String token, Path outputDirectory,
      long maxBytes) {
    this.server = server;
    this.runId = runId;
    this.count = count;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.outputDirectory = outputDirectory;
    this.maxBytes = maxBytes;
    this.executor = Executors.newFixedThreadPool(Math.min(8, Math.max(2, count)), runnable -> {
      Thread thread = new Thread(runnable, "slogate-record-receiver");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/runs/", this::handle);
  }

  /** Starts a receiver for run {@code runId}'s {@code count} injectors on {@code bind}. */
  public static RecordReceiver start(InetSocketAddress bind, String runId, int count, String token,
      Path outputDirectory, long maxBytes) {
    try {
      Files.createDirectories(outputDirectory);
      RecordReceiver receiver = new RecordReceiver(HttpServer.create(bind, 16), runId, count, token, outputDirectory,
          maxBytes);
      receiver.server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the record receiver on " + bind + ": " + e.getMessage(), e);
    }
  }

  /** The port it listens on (useful when bound to port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The verified record of {@code index}, once it has arrived. */
  public Optional<StoredRecord> record(int index) {
    return Optional.ofNullable(stored.get(index));
  }

  /** Why the last record sent for {@code index} was refused, if one was. */
  public Optional<String> rejection(int index) {
    return Optional.ofNullable(rejections.get(index));
  }

  /** How many indexes have a verified record. */
  public int storedCount() {
    return stored.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
      if (!"PUT".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "records are sent with PUT");
        return;
      }
      if (!authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "wrong or missing upload token");
        return;
      }
      if (!path.matches() || !path.group(1).equals(runId) || Integer.parseInt(path.group(2)) >= count) {
        answer(exchange, 404, "this receiver takes run " + runId + ", indexes 0 to " + (count - 1));
        return;
      }
      int index = Integer.parseInt(path.group(2));
      byte[] expected = RecordArchive.parseDigestHeader(exchange.getRequestHeaders().getFirst(RecordArchive.DIGEST_HEADER));
      if (expected == null) {
        reject(exchange, index, 422, "the record came without a SHA-256 Content-Digest");
        return;
      }
      receive(exchange, index, expected);
    }
  }

  private void receive(HttpExchange exchange, int index, byte[] expected) throws IOException {
    Path temporary = outputDirectory.resolve(".incoming-" + index + "-" + UUID.randomUUID() + ".zip");
    try {
      MessageDigest digest = RecordArchive.sha256();
      long length;
      try (InputStream in = exchange.getRequestBody();
           OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
        length = copyBounded(in, out);
      }
      if (length > maxBytes) {
        reject(exchange, index, 413, "the record of injector " + index + " is larger than " + maxBytes + " bytes");
        return;
      }
      byte[] actual = digest.digest();
      if (!MessageDigest.isEqual(actual, expected)) {
        reject(exchange, index, 422, "the record of injector " + index + " arrived with a SHA-256 other than the one "
            + "it was sent with (" + length + " bytes received): truncated or altered on the way");
        return;
      }
      synchronized (stored) {
        StoredRecord already = stored.get(index);
        if (already != null) {
          if (MessageDigest.isEqual(already.sha256(), actual)) {
            answer(exchange, 200, "already stored");
          } else {
            reject(exchange, index, 409, "injector " + index + " sent a second, different record");
          }
          return;
        }
        Path folder = unpack(index, temporary);
        stored.put(index, new StoredRecord(folder, actual));
        rejections.remove(index);
      }
      answer(exchange, 201, "stored");
    } catch (IOException malformed) {
      reject(exchange, index, 422, "the record of injector " + index + " cannot be unpacked: " + malformed.getMessage());
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Copies at most one byte past the limit: enough to know it was exceeded, without filling the disk. */
  private long copyBounded(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int read = in.read(buffer); read >= 0 && total <= maxBytes; read = in.read(buffer)) {
      out.write(buffer, 0, (int) Math.min(read, maxBytes + 1 - total));
      total += read;
    }
    return total;
  }

  private Path unpack(int index, Path archive) throws IOException {
    Path target = outputDirectory.resolve("injector-" + index);
    Path unpacking = outputDirectory.resolve(".unpacking-" + index + "-" + UUID.randomUUID());
    try {
      RecordArchive.unzip(archive, unpacking);
      Files.move(unpacking, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } finally {
      deleteTree(unpacking);
    }
  }

  private boolean authorised(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    // Constant time, so that the answer's timing says nothing about the token.
    return MessageDigest.isEqual(header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8), token);
  }

  private void reject(HttpExchange exchange, int index, int status, String reason) throws IOException {
    rejections.put(index, reason);
    answer(exchange, status, reason);
  }

  private static void answer(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Stops listening at once: a pod still sending then fails, and its index with it. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
