// Every output goes through here: written to a temporary file beside the target, then
// renamed over it, so a failure never leaves a half-written file and an existing output
// is replaced only by a complete one. Writing onto one of the inputs is refused.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <span>

namespace coopnet {

/// Writes `target` atomically through `write`. Throws InvalidArgument when `target` is
/// one of `inputs` (same file, also through links), OutputError when writing fails; the
/// temporary file is removed on every failure, including an exception from `write`.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write,
                           std::span<const std::filesystem::path> inputs = {});

/// Creates or replaces the directory `target` atomically: `fill` writes into a fresh
/// temporary directory beside it, which then takes the target's place. Same refusals.
void write_directory_atomically(const std::filesystem::path& target,
                                const std::function<void(const std::filesystem::path&)>& fill,
                                std::span<const std::filesystem::path> inputs = {});

/// True when `a` and `b` name the same existing file or directory.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace coopnet
