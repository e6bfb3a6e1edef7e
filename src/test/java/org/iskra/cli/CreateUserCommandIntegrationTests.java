package org.iskra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.iskra.IskraApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code iskra create-user}, the way the first administrator is made. */
class CreateUserCommandIntegrationTests {

  @TempDir Path dir;

  record Outcome(int exitCode, String out, String err) {}

  Outcome run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "--iskra.data-dir=" + dir;
    int code =
        IskraLauncher.runCommand(
            IskraApplication.class,
            "create-user",
            all,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void createsAnAdministratorWithAHashedPasswordReadFromStandardInput() {
    Outcome outcome =
        run(
            "correct horse battery staple\n",
            "--role",
            "admin",
            "--name",
            "Rosa L.",
            "Rosa@Example.org");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("Created admin account rosa@example.org (Rosa L.)");
    JdbcClient store =
        JdbcClient.create(new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("iskra.db")));
    String hash =
        store
            .sql("SELECT password_hash FROM accounts WHERE email = 'rosa@example.org'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("horse");

    Outcome again = run("another long password\n", "--role", "editor", "ROSA@example.org");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err())
        .contains("An account for rosa@example.org already exists")
        .contains("Nothing was created.");
  }

  @Test
  void refusesWeakPasswordsUnknownRolesAndMissingInput() {
    assertThat(run("short\n", "--role", "admin", "a@example.org").err())
        .contains("The password must have at least 12 characters");
    assertThat(run("long enough password\n", "--role", "boss", "a@example.org").err())
        .contains("Unknown role 'boss'");
    assertThat(run("", "--role", "admin", "a@example.org").err()).contains("No password given");
    assertThat(run("long enough password\n", "--role", "admin", "not-an-address").err())
        .contains("'not-an-address' is not an e-mail address");
    Outcome missingRole = run("long enough password\n", "a@example.org");
    assertThat(missingRole.exitCode()).isEqualTo(2);
    assertThat(missingRole.err()).contains("--role is required");
  }
}
