// Small text helpers shared by the readers: UTF-8 checks, the Windows-1252 code page
// that German Excel writes, and ASCII case folding for header names.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coopnet {

/// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF count as invalid), or nothing when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Decodes Windows-1252 bytes to UTF-8 (bytes 0x80-0x9F as Microsoft maps them; the five
/// unassigned ones become U+FFFD).
std::string windows1252_to_utf8(std::string_view text);

/// ASCII lower case; other bytes unchanged.
std::string to_lower_ascii(std::string_view text);

/// Removes spaces, tabs, CR and LF at both ends.
std::string_view trim(std::string_view text);

/// 1-based line and column (in bytes) of a byte offset.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset);

/// The first `most` of `names` joined by ", ", then " and N more" for the rest:
/// ("a", "b", "c") with most 2 gives "a, b and 1 more". Complexity O(total length).
std::string join_names(std::span<const std::string> names, std::size_t most);

}  // namespace coopnet
