package dev.kycrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kycrules.decision.Decision;
import dev.kycrules.decision.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --store}: registry and history kept in an H2 file between two runs; key handling. */
class StoreOptionTest {
  @TempDir Path dir;

  @AfterEach
  void restoreEnvironment() {
    StoreOptions.environment = System::getenv;
  }

  private static void env(Map<String, String> vars) {
    StoreOptions.environment = vars::get;
  }

  private String keyLine(String id) {
    CheckCommandTest.Run r = CheckCommandTest.run("keygen", id);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches(id + ":[A-Za-z0-9+/]{43}=\\R");
    return r.out().strip();
  }

  @Test
  void secondRunCatchesTheDuplicateApprovedInTheFirst() {
    env(Map.of("KYC_FINGERPRINT_KEYS", keyLine("k1")));
    String store = "jdbc:h2:file:" + dir.resolve("kyc");

    CheckCommandTest.Run first = CheckCommandTest.run("check", "--store", store, "samples/01-clean.json");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.decisions()).extracting(Decision::outcome).containsExactly(Outcome.APPROVED, Outcome.APPROVED);

    CheckCommandTest.Run second = CheckCommandTest.run("check", "--store", store, "samples/store-demo/second-run.json");
    assertThat(second.exit()).as(second.err()).isZero();
    Decision d = second.decisions().get(0);
    assertThat(d.accountId()).isEqualTo("acc-store-demo-2");
    assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(d.codes()).containsExactly("DUP_DOCUMENT_OTHER_ACCOUNT");

    // Without --store nothing persists: the same file alone is approved.
    CheckCommandTest.Run memory = CheckCommandTest.run("check", "samples/store-demo/second-run.json");
    assertThat(memory.decisions()).extracting(Decision::outcome).containsExactly(Outcome.APPROVED);
  }

  @Test
  void keysFileWorksAndANewKeyStillFindsOldClaims() throws Exception {
    env(Map.of());
    Path keys = dir.resolve("keys");
    String store = "jdbc:h2:file:" + dir.resolve("kyc");
    Files.writeString(keys, "# oldest first\n" + keyLine("k1") + "\n");
    assertThat(CheckCommandTest.run("check", "--store", store, "--keys", keys.toString(), "samples/01-clean.json").exit())
        .isZero();
    Files.writeString(keys, keyLine("k2") + "\n", java.nio.file.StandardOpenOption.APPEND); // rotation
    CheckCommandTest.Run second = CheckCommandTest.run("check", "--store", store, "--keys", keys.toString(),
        "samples/store-demo/second-run.json");
    assertThat(second.decisions().get(0).codes()).containsExactly("DUP_DOCUMENT_OTHER_ACCOUNT");
  }

  @Test
  void storeWithoutKeysIsRefusedWithoutAStackTrace() {
    env(Map.of());
    CheckCommandTest.Run r = CheckCommandTest.run("check", "--store", "jdbc:h2:file:" + dir.resolve("kyc"),
        "samples/01-clean.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("check: --store needs fingerprint keys, kept outside the database: set"
        + " KYC_FINGERPRINT_KEYS=id:base64").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("kyc.mv.db")).doesNotExist();
  }

  @Test
  void badKeysAndBadUrlsAreUsageErrors() {
    env(Map.of("KYC_FINGERPRINT_KEYS", "k1:dG9vLXNob3J0"));
    CheckCommandTest.Run shortKey = CheckCommandTest.run("check", "--store", "jdbc:h2:file:" + dir.resolve("kyc"),
        "samples/01-clean.json");
    assertThat(shortKey.exit()).isEqualTo(1);
    assertThat(shortKey.err()).contains("KYC_FINGERPRINT_KEYS: key 'k1' must be at least 32 bytes");

    env(Map.of("KYC_FINGERPRINT_KEYS", keyLine("k1")));
    CheckCommandTest.Run url = CheckCommandTest.run("check", "--store", "jdbc:mysql://db/kyc?password=secret",
        "samples/01-clean.json");
    assertThat(url.exit()).isEqualTo(1);
    assertThat(url.err()).contains("--store must be a jdbc:h2:file:PATH").contains("password=***")
        .doesNotContain("secret");
  }

  @Test
  void unreachablePostgresIsAClearError() {
    env(Map.of("KYC_FINGERPRINT_KEYS", keyLine("k1")));
    CheckCommandTest.Run r = CheckCommandTest.run("check", "--store",
        "jdbc:postgresql://127.0.0.1:1/kyc?user=kyc&password=hunter2&connectTimeout=2", "samples/01-clean.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("check: Could not open the --store database").contains("password=***")
        .doesNotContain("hunter2").doesNotContain("\tat ");
  }

  @Test
  void keygenWithoutIdUsesTheDate() {
    CheckCommandTest.Run r = CheckCommandTest.run("keygen");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).matches("k\\d{8}:[A-Za-z0-9+/]{43}=\\R");
    assertThat(List.of(CheckCommandTest.run("keygen", "a", "b").exit(), CheckCommandTest.run("keygen", "bad id!").exit()))
        .containsOnly(1);
  }
}
