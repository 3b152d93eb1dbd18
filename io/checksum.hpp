// SHA-256 checksums of inputs, so that a report can name exactly which input it was made
// from. Computed by GNU Nettle [2], read with io's one file reader.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace coopnet {

/// SHA-256 [1] of `bytes` as 64 lowercase hex digits, as `sha256sum` prints it.
/// Example: sha256_hex("abc") = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".
/// Complexity O(length).
/// [1] NIST (2015), FIPS PUB 180-4, Secure Hash Standard, sec. 6.2,
///     doi:10.6028/NIST.FIPS.180-4.
/// [2] N. Möller, Nettle: a low-level cryptographic library, sha256_init/update/digest,
///     https://www.lysator.liu.se/~nisse/nettle/nettle.html#Recommended-hash-functions
std::string sha256_hex(std::string_view bytes);

/// SHA-256 of a file's bytes, as `sha256_hex`, read in blocks (the file is not held whole).
/// Complexity O(file size).
/// @throws InputError naming the file and the system's reason when it cannot be opened or
///         read (io/detail/file_reader.hpp).
std::string sha256_file_hex(const std::filesystem::path& path);

}  // namespace coopnet
