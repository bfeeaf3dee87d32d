package dev.kycrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kycrules.model.Attempt;
import dev.kycrules.model.InvalidAttemptException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams attempts out of a file holding one JSON object, a JSON array of objects, or JSON Lines
 * (one object per line, files ending in {@code .jsonl}). Each item carries the line it started on;
 * a bad item is reported with its field and problem and reading goes on with the next one.
 * Memory stays flat whatever the file size.
 */
public final class AttemptReader implements Iterator<AttemptReader.Item>, Closeable {

  /** One attempt or the reason it could not be read, with its starting line (1-based). */
  public record Item(Path file, long line, Attempt attempt, InvalidAttemptException error) {
    public boolean ok() {
      return attempt != null;
    }

    /** {@code FILE:LINE: field: problem}. */
    public String describeError() {
      return file + ":" + line + ": " + (error.field().isEmpty() ? "" : error.field() + ": ") + error.problem();
    }
  }

  private final Path file;
  private final boolean lines;
  private BufferedReader reader;
  private long lineNo;
  private JsonParser parser;
  private boolean inArray;
  private boolean done;
  private Item next;

  private AttemptReader(Path file) throws IOException {
    this.file = file;
    this.lines = file.getFileName().toString().endsWith(".jsonl");
    if (lines) {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } else {
      parser = KycJson.mapper().getFactory().createParser(file.toFile());
    }
  }

  /** Opens {@code file}; close the reader when done. */
  public static AttemptReader open(Path file) {
    try {
      return new AttemptReader(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = lines ? readLine() : readJson();
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item i = next;
    next = null;
    return i;
  }

  private Item readLine() {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = KycJson.mapper().readTree(line);
          return new Item(file, lineNo, KycJson.toAttempt(node), null);
        } catch (JsonProcessingException e) {
          return new Item(file, lineNo, null, new InvalidAttemptException("", KycJson.syntaxProblem(e)));
        } catch (InvalidAttemptException e) {
          return new Item(file, lineNo, null, e);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Item readJson() {
    long line = 0;
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      if (t == JsonToken.START_ARRAY && !inArray) {
        inArray = true;
        t = parser.nextToken();
      }
      if (t == JsonToken.END_ARRAY && inArray) {
        inArray = false;
        return parser.nextToken() == null ? null : error(parser.currentLocation().getLineNr(), "unexpected content after the array");
      }
      line = parser.currentTokenLocation().getLineNr();
      JsonNode node = KycJson.mapper().reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
      try {
        return new Item(file, line, KycJson.toAttempt(node), null);
      } catch (InvalidAttemptException e) {
        return new Item(file, line, null, e);
      }
    } catch (JsonProcessingException e) {
      done = true;
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      return error(at, KycJson.syntaxProblem(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Item error(long line, String problem) {
    return new Item(file, line, null, new InvalidAttemptException("", problem));
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
