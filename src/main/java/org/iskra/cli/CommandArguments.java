package org.iskra.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional values and the options it knows, as {@code --name value} or
 * {@code --name=value}. Anything else that starts with {@code --} is refused, so a typo never
 * passes silently.
 */
final class CommandArguments {

  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new HashMap<>();

  private CommandArguments() {}

  static CommandArguments parse(List<String> args, Set<String> knownOptions) {
    CommandArguments parsed = new CommandArguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        parsed.positional.add(arg);
        continue;
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!knownOptions.contains(name)) {
        throw new UsageError("Unknown option --" + name);
      }
      if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new UsageError("Option --" + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (parsed.options.put(name, value) != null) {
        throw new UsageError("Option --" + name + " is given twice");
      }
    }
    return parsed;
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }
}
