package dev.kycrules.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kycrules.engine.KycException;
import dev.kycrules.json.KycJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes each {@link AuditRecord} as one JSON line (JSON Lines), flushed per record so a crash
 * loses at most the record being written. Thread-safe. The records hold no name, birth date or raw
 * document number; see {@link AuditRecord}.
 */
public final class JsonLinesAuditSink implements AuditSink, AutoCloseable {
  private static final ObjectWriter WRITER = KycJson.mapper().writer()
      .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final Writer out;

  /** Writes to {@code out}; closing the sink closes it. */
  public JsonLinesAuditSink(Writer out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Appends to {@code file}, creating it (and its folder) when missing.
   *
   * @throws KycException when the file cannot be opened
   */
  public static JsonLinesAuditSink append(Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      return new JsonLinesAuditSink(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)));
    } catch (IOException e) {
      throw new KycException("cannot open audit file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The JSON line for one record (without the line break). */
  public static String toJson(AuditRecord record) {
    try {
      return WRITER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit record cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** @throws UncheckedIOException when the line cannot be written */
  @Override
  public void record(AuditRecord record) {
    String line = toJson(record);
    synchronized (this) {
      try {
        out.write(line);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the audit record: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
