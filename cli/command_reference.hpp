// The commands and options of the CLI as data, read from its own CLI11 definitions, for the
// manual page (cli/manual_page) and the shell completion (cli/bash_completion): both are
// made from the same definitions as `--help`, so they list exactly what the program takes.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace coopnet::cli {

struct OptionReference {
    std::vector<std::string> names;    ///< "-o", "--output": short names first
    std::string value;                 ///< as --help shows it ("TEXT"); "" for a flag
    std::vector<std::string> choices;  ///< the values allowed, when they are a fixed list
    std::string description;
};

struct CommandReference {
    std::string name;  ///< "analyze"; "" for the program's own options
    std::string description;
    std::vector<std::string> positionals;  ///< "NET", "OUT", in order; "NET..." for many
    std::vector<OptionReference> options;  ///< in the order --help lists them
    std::string footer;                    ///< the text --help prints below the options
};

/// The program's own options (first, name "") and then each command, in the order
/// `coopnet --help` lists them. Hidden options (CLI11 group "") are left out.
/// Choices come from the option's IsMember check ("TEXT:{table,json}"), and for
/// --input-format and --output-format from the formats of io/network_format.
std::vector<CommandReference> command_reference(const CLI::App& app);

}  // namespace coopnet::cli
