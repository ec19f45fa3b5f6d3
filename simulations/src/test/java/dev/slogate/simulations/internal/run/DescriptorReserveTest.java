package dev.slogate.simulations.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorReserveTest {

  @Test
  void holdsWhatItIsAskedForAndGivesItBack() {
    DescriptorReserve reserve = DescriptorReserve.hold(8);
    assertEquals(8, reserve.size());
    reserve.close();
    assertEquals(0, reserve.size());
    reserve.close();
  }

  /**
   * A JVM whose descriptors are all used up (ulimit -n 256, then files opened until the kernel refuses)
   * cannot list a folder or write a file; with a reserve given back first, it can. Both in real processes.
   */
  @Test
  void theEndOfARunCanStillReadAndWriteAfterTheProcessRanOutOfDescriptors(@TempDir Path dir) throws Exception {
    assertEquals("without reserve: failed: Too many open files", exhaustThenWrite(dir.resolve("without"), false));
    assertEquals("with reserve: wrote and listed 1", exhaustThenWrite(dir.resolve("with"), true));
  }

  private static String exhaustThenWrite(Path folder, boolean reserve) throws Exception {
    Files.createDirectories(folder);
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Everything reaches the shell as a positional parameter: a nested class's name holds a '$'.
    String command = "ulimit -n 256 && exec \"$0\" -Xmx64m -XX:TieredStopAtLevel=1 -cp \"$1\" \"$2\" \"$3\" \"$4\"";
    Process process = new ProcessBuilder("sh", "-c", command, java, classPath, Exhauster.class.getName(), folder.toString(),
        Boolean.toString(reserve))
        .redirectErrorStream(true).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, process.exitValue(), out);
    String[] lines = out.split("\n");
    return lines[lines.length - 1];
  }

  /** The child: optionally holds a reserve, uses up every descriptor, gives the reserve back, then does I/O. */
  public static final class Exhauster {
    public static void main(String[] args) throws Exception {
      Path folder = Path.of(args[0]);
      boolean withReserve = Boolean.parseBoolean(args[1]);
      DescriptorReserve reserve = withReserve ? DescriptorReserve.hold(DescriptorReserve.DEFAULT_SIZE) : null;
      List<FileChannel> hog = new ArrayList<>();
      try {
        while (hog.size() < 10_000) {
          hog.add(FileChannel.open(Path.of("/dev/null")));
        }
        System.out.println("the limit was never reached");
        return;
      } catch (IOException expected) {
        // every descriptor is in use now, as after a connection pile-up
      }
      String label = withReserve ? "with reserve: " : "without reserve: ";
      if (reserve != null) {
        reserve.close();
      }
      try {
        Files.writeString(folder.resolve("verdict.json"), "{}");
        try (Stream<Path> listed = Files.list(folder)) {
          System.out.println(label + "wrote and listed " + listed.count());
        }
      } catch (IOException e) {
        String message = String.valueOf(e.getMessage());
        System.out.println(label + "failed: " + (message.contains("Too many open files") ? "Too many open files" : message));
      }
    }
  }
}
