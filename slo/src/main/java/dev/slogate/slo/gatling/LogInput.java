package dev.slogate.slo.gatling;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Big-endian reads from a file through one reusable heap buffer, knowing the file offset of every byte.
 *
 * <p>A heap {@link ByteBuffer} refilled from a {@link FileChannel}: its {@code getInt} is one bounds check and an
 * intrinsic load. On a 5 M-request log this decodes about 4x faster than a buffered {@code DataInputStream}
 * (65 M vs 14-20 M events/s), whose {@code readInt} makes four {@code read()} calls; unlike a memory map it has no
 * 2 GiB limit and nothing to unmap.
 */
final class LogInput implements Closeable {

  /** Thrown when the file ends inside a value. Carries no stack trace: it is expected, and cheap to throw. */
  static final class EndOfLog extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EndOfLog() {
      super("end of log", null, false, false);
    }
  }

  private static final int BUFFER_BYTES = 1 << 16;

  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
  /** File offset of {@code buffer.array()[0]}. */
  private long bufferOffset;

  LogInput(Path file) {
    this.file = file;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
      this.size = channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
    buffer.limit(0);
  }

  Path file() {
    return file;
  }

  /** File size when it was opened: Gatling appends while it runs, later bytes are not read. */
  long size() {
    return size;
  }

  long offset() {
    return bufferOffset + buffer.position();
  }

  /** The next byte, unsigned, or -1 when the file ends here. */
  int readByteOrEnd() {
    if (!buffer.hasRemaining() && !fill(1)) {
      return -1;
    }
    return buffer.get() & 0xFF;
  }

  byte readByte() {
    require(Byte.BYTES);
    return buffer.get();
  }

  int readInt() {
    require(Integer.BYTES);
    return buffer.getInt();
  }

  long readLong() {
    require(Long.BYTES);
    return buffer.getLong();
  }

  /** Reads {@code length} bytes, which may be more than the buffer holds. */
  byte[] readBytes(int length) {
    byte[] bytes = new byte[length];
    int copied = 0;
    while (copied < length) {
      if (!buffer.hasRemaining()) {
        require(Math.min(length - copied, BUFFER_BYTES));
      }
      int chunk = Math.min(length - copied, buffer.remaining());
      buffer.get(bytes, copied, chunk);
      copied += chunk;
    }
    return bytes;
  }

  void skip(long length) {
    long skipped = 0;
    while (skipped < length) {
      if (!buffer.hasRemaining()) {
        require((int) Math.min(length - skipped, BUFFER_BYTES));
      }
      int chunk = (int) Math.min(length - skipped, buffer.remaining());
      buffer.position(buffer.position() + chunk);
      skipped += chunk;
    }
  }

  private void require(int bytes) {
    if (buffer.remaining() < bytes && !fill(bytes)) {
      throw new EndOfLog();
    }
  }

  /** Moves the unread bytes to the front and reads more; false when the file ends before {@code bytes}. */
  private boolean fill(int bytes) {
    int consumed = buffer.position();
    buffer.compact();
    bufferOffset += consumed;
    try {
      while (buffer.position() < bytes && bufferOffset + buffer.position() < size) {
        int limit = (int) Math.min(buffer.capacity(), size - bufferOffset);
        buffer.limit(limit);
        if (channel.read(buffer) < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      buffer.flip();
    }
    return buffer.remaining() >= bytes;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
