package dev.slogate.slo.gatling;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Big-endian reads from a file through one reusable buffer, knowing the file offset of every byte.
 *
 * <p>A byte array refilled from a {@link FileChannel}, read with plain array accesses and shifts, its position and
 * limit kept in fields. Warm, that is as fast as a heap {@link ByteBuffer}'s intrinsic {@code getInt} (about 4x a
 * buffered {@code DataInputStream}, whose {@code readInt} makes four {@code read()} calls); cold, it is much
 * cheaper: before the JIT has compiled it, every {@code ByteBuffer.getInt} is a chain of interpreted calls, and a
 * command-line run that reads a million requests spends a good part of its time there. Unlike a memory map it has
 * no 2 GiB limit and nothing to unmap.
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
  private final byte[] bytes = new byte[BUFFER_BYTES];
  /** The channel reads into {@link #bytes} through this view; the decoder reads {@link #bytes} itself. */
  private final ByteBuffer channelView = ByteBuffer.wrap(bytes);
  /** Next byte to read, and one past the last byte read from the file, in {@link #bytes}. */
  private int position;
  private int limit;
  /** File offset of {@code bytes[0]}. */
  private long bufferOffset;

  LogInput(Path file) {
    this.file = file;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.READ);
      this.size = channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /** File size when it was opened: Gatling appends while it runs, later bytes are not read. */
  long size() {
    return size;
  }

  long offset() {
    return bufferOffset + position;
  }

  /** The next byte, unsigned, or -1 when the file ends here. */
  int readByteOrEnd() {
    if (position == limit && !fill(1)) {
      return -1;
    }
    return bytes[position++] & 0xFF;
  }

  byte readByte() {
    require(Byte.BYTES);
    return bytes[position++];
  }

  int readInt() {
    require(Integer.BYTES);
    int p = position;
    position = p + Integer.BYTES;
    return bytes[p] << 24 | (bytes[p + 1] & 0xFF) << 16 | (bytes[p + 2] & 0xFF) << 8 | bytes[p + 3] & 0xFF;
  }

  long readLong() {
    long high = readInt();
    return high << 32 | readInt() & 0xFFFF_FFFFL;
  }

  /** Reads {@code length} bytes, which may be more than the buffer holds. */
  byte[] readBytes(int length) {
    byte[] value = new byte[length];
    int copied = 0;
    while (copied < length) {
      if (position == limit) {
        require(Math.min(length - copied, BUFFER_BYTES));
      }
      int chunk = Math.min(length - copied, limit - position);
      System.arraycopy(bytes, position, value, copied, chunk);
      position += chunk;
      copied += chunk;
    }
    return value;
  }

  void skip(long length) {
    long skipped = 0;
    while (skipped < length) {
      if (position == limit) {
        require((int) Math.min(length - skipped, BUFFER_BYTES));
      }
      int chunk = (int) Math.min(length - skipped, limit - position);
      position += chunk;
      skipped += chunk;
    }
  }

  private void require(int count) {
    if (limit - position < count && !fill(count)) {
      throw new EndOfLog();
    }
  }

  /** Moves the unread bytes to the front and reads more; false when the file ends before {@code count} bytes. */
  private boolean fill(int count) {
    int unread = limit - position;
    System.arraycopy(bytes, position, bytes, 0, unread);
    bufferOffset += position;
    position = 0;
    limit = unread;
    try {
      while (limit < count && bufferOffset + limit < size) {
        channelView.limit((int) Math.min(bytes.length, size - bufferOffset));
        channelView.position(limit);
        int read = channel.read(channelView);
        if (read < 0) {
          break;
        }
        limit += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return limit - position >= count;
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
