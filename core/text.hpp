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

/// The optimal-string-alignment distance of `a` and `b` (Damerau-Levenshtein without
/// repeated edits of one substring), counted in bytes: insertions, deletions,
/// substitutions and swaps of two neighbours cost 1 each. O(|a|·|b|).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The number of characters (Unicode code points) of UTF-8 text, for aligning columns:
/// "Behörde" is 7 wide, not 8.
std::size_t display_width(std::string_view text);

/// `text` padded with spaces to `width` characters (display_width), at least one space
/// after it when it is as wide or wider.
std::string pad_right(std::string_view text, std::size_t width);

/// 1-based line and column (in bytes) of a byte offset.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset);

/// The key two words are compared by, for names that people type: lower case, umlauts
/// and ß spelled out (ae, oe, ue, ss), blanks, tabs, `-`, `_`, `/` and `.` as one space
/// between words, none at the ends ("Freier Träger" and "freier_traeger" are both
/// "freier traeger"; "Name der Einrichtung" and "NAME-DER-EINRICHTUNG" are one name).
/// Complexity O(|word|).
std::string comparison_key(std::string_view word);

/// The first `most` of `names` joined by ", ", then " and N more" for the rest:
/// ("a", "b", "c") with most 2 gives "a, b and 1 more". Complexity O(total length).
std::string join_names(std::span<const std::string> names, std::size_t most);

}  // namespace coopnet
