// Bash completion for coopnet, written from the CLI's own definitions
// (cli/command_reference): commands, each command's options (and the program's, which every
// command also takes), the allowed values of options with a fixed list (--format,
// --input-format, --lang ...), and file names for arguments and other option values.
// The build writes it with `coopnet --bash-completion`; the package installs it as
// /usr/share/bash-completion/completions/coopnet. It needs nothing but bash (no
// bash-completion helpers), so `source <(coopnet --bash-completion)` works anywhere.
#pragma once

#include <ostream>
#include <vector>

#include "cli/command_reference.hpp"

namespace coopnet::cli {

/// Writes the script: one function, _coopnet, registered with `complete -F`.
void write_bash_completion(const std::vector<CommandReference>& commands, std::ostream& out);

}  // namespace coopnet::cli
