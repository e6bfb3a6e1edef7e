package org.iskra.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.iskra.account.Account;
import org.iskra.account.AccountRegistry;
import org.iskra.account.InvalidAccount;
import org.iskra.account.Role;
import org.springframework.stereotype.Component;

/**
 * {@code create-user --role ROLE [--name NAME] EMAIL}: a desk account. The password is asked for
 * twice on a terminal, or read from the first line of standard input, never from the arguments
 * (they show in process lists and shell history).
 */
@Component
class CreateUserCommand implements Command {

  private final AccountRegistry registry;

  CreateUserCommand(AccountRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "create-user";
  }

  @Override
  public String usage() {
    return "create-user --role admin|editor|author|contributor [--name NAME] EMAIL";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    CommandArguments parsed = CommandArguments.parse(args, Set.of("role", "name"));
    if (parsed.positional().size() != 1) {
      throw new UsageError("Give exactly one EMAIL");
    }
    String roleCode = parsed.option("role").orElseThrow(() -> new UsageError("--role is required"));
    try {
      Role role = Role.fromCode(roleCode);
      String password = readPassword(in, err);
      if (password == null) {
        err.println("No password given; nothing was created.");
        return 1;
      }
      Account account =
          registry.create(
              parsed.positional().get(0), parsed.option("name").orElse(""), role, password);
      out.println(
          "Created "
              + account.role().code()
              + " account "
              + account.email()
              + " ("
              + account.displayName()
              + ")");
      return 0;
    } catch (InvalidAccount e) {
      err.println(e.getMessage());
      err.println("Nothing was created.");
      return 1;
    } catch (IOException e) {
      err.println("Cannot read the password: " + e.getMessage());
      return 1;
    }
  }

  // Console.isTerminal() exists from Java 22 on; the language level is 21, the runtime newer.
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private static String readPassword(InputStream in, PrintStream err) throws IOException {
    Console console = System.console();
    if (in == System.in && isTerminal(console)) {
      char[] first =
          console.readPassword("Password (at least %d characters): ", AccountRegistry.MIN_PASSWORD);
      char[] second = console.readPassword("Same password again: ");
      if (first == null || second == null) {
        return null;
      }
      try {
        if (!Arrays.equals(first, second)) {
          throw new InvalidAccount("The two passwords differ");
        }
        return new String(first);
      } finally {
        Arrays.fill(first, ' ');
        Arrays.fill(second, ' ');
      }
    }
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    return line == null || line.isEmpty() ? null : line;
  }
}
