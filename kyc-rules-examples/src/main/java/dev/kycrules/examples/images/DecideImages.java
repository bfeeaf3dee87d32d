package dev.kycrules.examples.images;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kycrules.model.DocumentCapture;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Command-line demo of the image side of a host.
 * <pre>
 *   DecideImages generate DIR   write the synthetic card photos into DIR
 *   DecideImages metrics DIR    print one JSON line per JPEG/PNG in DIR: file, capture, provenance, outline
 * </pre>
 * Exit status: 0 on success, 1 when some picture could not be measured, 2 on a usage error.
 */
public final class DecideImages {
  private final DocumentMetricsExtractor extractor = new DocumentMetricsExtractor();
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  DecideImages() {}

  public static void main(String[] args) {
    int status = new DecideImages().run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2 || !(args[0].equals("generate") || args[0].equals("metrics"))) {
      err.println("usage: DecideImages generate DIR | metrics DIR");
      return 2;
    }
    Path dir = Path.of(args[1]);
    try {
      if (args[0].equals("generate")) {
        for (Path p : SyntheticCards.writeAll(dir)) {
          out.println(p);
        }
        return 0;
      }
      if (!Files.isDirectory(dir)) {
        err.println(dir + ": not a directory");
        return 2;
      }
      boolean failed = false;
      for (Path image : pictures(dir)) {
        try {
          out.println(json.writeValueAsString(line(image)));
        } catch (IOException | RuntimeException e) {
          err.println(image + ": " + e.getMessage());
          failed = true;
        }
      }
      return failed ? 1 : 0;
    } catch (IOException e) {
      err.println(dir + ": " + e.getMessage());
      return 1;
    }
  }

  /** The file's capture, the measure a later version will hand to the engine. */
  DocumentCapture measure(Path image) throws IOException {
    return extractor.measure(image);
  }

  private ObjectNode line(Path image) throws IOException {
    MetricsReport report = extractor.report(image, null);
    ObjectNode node = json.createObjectNode();
    node.put("file", image.getFileName().toString());
    node.set("capture", json.valueToTree(report.capture()));
    node.set("provenance", json.valueToTree(report.provenance()));
    node.set("outline", json.valueToTree(report.outline()));
    return node;
  }

  static List<Path> pictures(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
          })
          .sorted()
          .toList();
    }
  }
}
