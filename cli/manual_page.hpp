// The manual page coopnet(1), written in roff (man(7)) from the CLI's own definitions
// (cli/command_reference): every command with its arguments, options, allowed values and the
// conventions --help prints, plus exit status, environment, files and examples. The build
// writes it with `coopnet --manual-page > coopnet.1`; the package installs it.
#pragma once

#include <ostream>
#include <vector>

#include "cli/command_reference.hpp"

namespace coopnet::cli {

/// Writes the page. Output is the same for the same commands and version (no date).
void write_manual_page(const std::vector<CommandReference>& commands, std::ostream& out);

}  // namespace coopnet::cli
