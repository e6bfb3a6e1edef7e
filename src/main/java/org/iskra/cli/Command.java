package org.iskra.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One command of the {@code iskra} executable. Implementations are Spring beans. */
interface Command {

  /** The word that selects it: {@code iskra NAME …}. */
  String name();

  /** One line of usage, without the program name. */
  String usage();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name, Spring settings ({@code --a.b=c}) removed
   * @param in standard input, for commands that read secrets or data from it
   * @return the process exit code: 0 done, 1 refused (bad input), 2 misused
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
