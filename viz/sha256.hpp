// SHA-256 checksums, so that a report can name exactly which input it was made from.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace coopnet {

/// SHA-256 of `bytes` as 64 lowercase hex digits, as `sha256sum` prints it [1].
/// Example: sha256_hex("abc") = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".
/// Complexity O(length).
/// [1] NIST (2015), FIPS PUB 180-4, Secure Hash Standard, sec. 6.2,
///     doi:10.6028/NIST.FIPS.180-4.
std::string sha256_hex(std::string_view bytes);

/// SHA-256 of a file's bytes, as `sha256_hex`, read in blocks (the file is not held whole).
/// @throws InvalidArgument if the file cannot be opened or read.
std::string sha256_file_hex(const std::filesystem::path& path);

}  // namespace coopnet
