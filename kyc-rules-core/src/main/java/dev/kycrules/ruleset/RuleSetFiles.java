package dev.kycrules.ruleset;

import dev.kycrules.engine.KycException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set, by relative path ({@code rules/photo-quality.drl},
 * {@code policy.json}, {@code accepted-documents.json}, {@code catalog.json}, {@code texts/en.json}).
 * Immutable; {@link #version()} is a content hash over every file.
 */
public final class RuleSetFiles {
  /** Where a rule set came from, for messages. */
  private final String origin;
  private final Map<String, byte[]> files;

  private RuleSetFiles(String origin, Map<String, byte[]> files) {
    this.origin = origin;
    this.files = Collections.unmodifiableMap(files);
  }

  /** Files given in memory, by relative path; used by tools and tests. */
  public static RuleSetFiles of(String origin, Map<String, byte[]> files) {
    Map<String, byte[]> m = new TreeMap<>();
    files.forEach((k, v) -> m.put(k, v.clone()));
    return new RuleSetFiles(origin, m);
  }

  /** The shipped defaults of kyc-rules-core: catalog, policy, accepted documents and texts. */
  public static final List<String> CORE_DEFAULTS = List.of(
      "catalog.json", "policy.json", "accepted-documents.json",
      "texts/en.json", "texts/zh-Hans.json", "texts/zh-Hant.json", "texts/es.json", "texts/ru.json");

  /**
   * Reads resources from the class path: each {@code name} is read from {@code prefix + name} and
   * stored under {@code name}. Missing optional resources are skipped.
   */
  public static RuleSetFiles fromClasspath(ClassLoader loader, String prefix, List<String> names, List<String> optional) {
    Map<String, byte[]> m = new TreeMap<>();
    for (String name : names) {
      try (InputStream in = loader.getResourceAsStream(prefix + name)) {
        if (in == null) {
          if (optional.contains(name)) {
            continue;
          }
          throw new KycException("shipped rule-set file " + prefix + name + " is missing from the class path");
        }
        m.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new RuleSetFiles("classpath:" + prefix, m);
  }

  /** Reads every regular file under {@code dir} (hidden files and folders are skipped). */
  public static RuleSetFiles fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new KycException("rule set directory " + dir + " does not exist or is not a directory");
    }
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        Path rel = dir.relativize(p);
        boolean hidden = false;
        for (Path part : rel) {
          hidden |= part.toString().startsWith(".");
        }
        if (!hidden) {
          m.put(rel.toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new KycException("cannot read rule set directory " + dir + ": " + e.getMessage(), e);
    }
    return new RuleSetFiles(dir.toString(), m);
  }

  /** These files with {@code other}'s files added on top (same path: {@code other} wins). */
  public RuleSetFiles overlay(RuleSetFiles other) {
    Map<String, byte[]> m = new TreeMap<>(files);
    m.putAll(other.files);
    return new RuleSetFiles(other.origin, m);
  }

  /** These files without any file under {@code folder} (for example {@code rules/}). */
  public RuleSetFiles without(String folder) {
    Map<String, byte[]> m = new TreeMap<>(files);
    m.keySet().removeIf(k -> k.startsWith(folder));
    return new RuleSetFiles(origin, m);
  }

  public String origin() {
    return origin;
  }

  /** Relative path → content, sorted by path. */
  public Map<String, byte[]> files() {
    return files;
  }

  public boolean has(String path) {
    return files.containsKey(path);
  }

  public String text(String path) {
    byte[] b = files.get(path);
    if (b == null) {
      throw new KycException(origin + ": rule set file " + path + " is missing");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Paths under {@code folder} ending with {@code suffix}, sorted. */
  public List<String> list(String folder, String suffix) {
    return files.keySet().stream().filter(k -> k.startsWith(folder) && k.endsWith(suffix)).toList();
  }

  /** A content hash of every file: {@code sha256:} and the first 16 hex digits. */
  public String version() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
        md.update((byte) 0);
      }
      return "sha256:" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
