package dev.kycrules.examples.cli;

import dev.kycrules.drools.KycRules;
import dev.kycrules.store.FingerprintKey;
import dev.kycrules.store.Fingerprinter;
import dev.kycrules.store.StoreException;
import dev.kycrules.store.jdbc.JdbcAttemptHistory;
import dev.kycrules.store.jdbc.JdbcDocumentRegistry;
import dev.kycrules.store.jdbc.JdbcSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The {@code --store URL} and {@code --keys FILE} options of {@code check}, and the {@code keygen}
 * command. With {@code --store} the registry and history live in a database ({@code
 * jdbc:h2:file:PATH} or {@code jdbc:postgresql://host/db?user=..&password=..}) and survive between
 * runs; the schema is installed on start. Fingerprint keys never go to the database: they come from
 * {@code --keys FILE} or, without it, from the environment variable {@value #KEYS_VARIABLE}, as
 * {@code id:base64[,id:base64...]}, oldest first; the last key makes new claims.
 */
final class StoreOptions implements AutoCloseable {
  static final String KEYS_VARIABLE = "KYC_FINGERPRINT_KEYS";

  /** Where environment variables come from; tests replace it. */
  static volatile UnaryOperator<String> environment = System::getenv;

  private final Connection connection;

  private StoreOptions(Connection connection) {
    this.connection = connection;
  }

  /**
   * Wires the builder for the options given: nothing changes without {@code --store} and {@code
   * --keys}. Close the result when the run ends.
   *
   * @throws Args.UsageException for a bad URL, missing or malformed keys
   * @throws StoreException when the database cannot be opened or its schema installed
   */
  static StoreOptions configure(KycRules.Builder builder, String storeUrl, String keysFile) {
    List<FingerprintKey> keys = keys(keysFile);
    if (keys != null) {
      builder.fingerprinter(new Fingerprinter(keys));
    }
    if (storeUrl == null) {
      return new StoreOptions(null);
    }
    if (!storeUrl.startsWith("jdbc:h2:") && !storeUrl.startsWith("jdbc:postgresql:")) {
      throw new Args.UsageException("--store must be a jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB URL, was '"
          + redact(storeUrl) + "'");
    }
    if (keys == null) {
      throw new Args.UsageException("--store needs fingerprint keys, kept outside the database: set " + KEYS_VARIABLE
          + "=id:base64 (make one with 'java -jar kyc-rules-cli.jar keygen') or pass --keys FILE");
    }
    Connection c;
    try {
      c = DriverManager.getConnection(storeUrl);
    } catch (SQLException e) {
      throw new StoreException("Could not open the --store database " + redact(storeUrl) + " (SQLState "
          + e.getSQLState() + "): " + e.getMessage(), e);
    }
    StoreOptions store = new StoreOptions(c);
    try {
      DataSource ds = store.dataSource();
      JdbcSchema.apply(ds);
      builder.registry(new JdbcDocumentRegistry(ds)).history(new JdbcAttemptHistory(ds));
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * The keys from {@code --keys FILE}, else from {@value #KEYS_VARIABLE}, else null. Entries are
   * separated by commas or line breaks; blank lines and lines starting with '#' are skipped.
   */
  static List<FingerprintKey> keys(String keysFile) {
    String text;
    String source;
    if (keysFile != null) {
      source = "--keys " + keysFile;
      try {
        text = Files.readString(Path.of(keysFile), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Args.UsageException("cannot read " + source + ": " + e.getMessage());
      }
    } else {
      source = KEYS_VARIABLE;
      text = environment.apply(KEYS_VARIABLE);
      if (text == null || text.isBlank()) {
        return null;
      }
    }
    List<FingerprintKey> keys = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (String entry : line.split(",")) {
        String e = entry.strip();
        if (e.isEmpty()) {
          continue;
        }
        int colon = e.indexOf(':');
        if (colon <= 0) {
          throw new Args.UsageException(source + ": key " + (keys.size() + 1) + " is not id:base64");
        }
        String id = e.substring(0, colon);
        byte[] secret;
        try {
          secret = Base64.getDecoder().decode(e.substring(colon + 1));
        } catch (IllegalArgumentException x) {
          throw new Args.UsageException(source + ": key '" + id + "' is not valid base64");
        }
        try {
          keys.add(new FingerprintKey(id, secret));
        } catch (IllegalArgumentException x) {
          throw new Args.UsageException(source + ": " + x.getMessage());
        }
      }
    }
    if (keys.isEmpty()) {
      throw new Args.UsageException(source + " holds no key; expected id:base64[,id:base64...]");
    }
    try {
      new Fingerprinter(keys); // duplicate ids
    } catch (IllegalArgumentException x) {
      throw new Args.UsageException(source + ": " + x.getMessage());
    }
    return keys;
  }

  /** {@code keygen [ID]}: prints a new random 256-bit key as {@code ID:base64}. */
  static int keygen(List<String> argv, PrintStream out) {
    Args args = Args.parse(argv, java.util.Set.of(), java.util.Set.of());
    if (args.positional.size() > 1) {
      throw new Args.UsageException("takes at most one key id");
    }
    String id = args.positional.isEmpty()
        ? "k" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)
        : args.positional.get(0);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    try {
      new FingerprintKey(id, secret);
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(e.getMessage());
    }
    out.println(id + ":" + Base64.getEncoder().encodeToString(secret));
    out.flush();
    return 0;
  }

  /** The URL without the value of any password parameter. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /**
   * The run's one connection as a data source: the CLI decides attempts one at a time, so the
   * stores share it, and {@code close()} from a store leaves it open until the run ends.
   */
  private DataSource dataSource() {
    InvocationHandler keepOpen = (proxy, method, methodArgs) -> {
      switch (method.getName()) {
        case "close":
          return null;
        case "isClosed":
          return connection.isClosed();
        default:
          try {
            return method.invoke(connection, methodArgs);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
      }
    };
    Connection shared = (Connection) Proxy.newProxyInstance(StoreOptions.class.getClassLoader(),
        new Class<?>[] {Connection.class}, keepOpen);
    return new DataSource() {
      @Override
      public Connection getConnection() {
        return shared;
      }

      @Override
      public Connection getConnection(String user, String password) {
        return shared;
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StoreException("Could not close the --store database cleanly (SQLState " + e.getSQLState() + ")", e);
      }
    }
  }
}
