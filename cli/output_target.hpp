// Where a command's text goes: standard output, or a file (`-o FILE`) written atomically.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <span>

namespace coopnet::cli {

/// Writes through `write` to standard output when `output` is empty, otherwise to the
/// file `output` with io/atomic_file.hpp (refused when it is one of `inputs`).
/// @throws OutputError when the text cannot be written, to the file or to standard
/// output (a full disk behind a redirection is not a success).
void write_output(const std::filesystem::path& output,
                  const std::function<void(std::ostream&)>& write,
                  std::span<const std::filesystem::path> inputs = {});

/// Flushes standard output. @throws OutputError, with the system's reason, when anything
/// written to it since the program started could not be written.
void check_standard_output();

}  // namespace coopnet::cli
