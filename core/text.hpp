// Small text helpers shared by the readers and the CLI: UTF-8 checks, control characters
// (found for the readers, escaped for the terminal), the Windows-1252 code page that
// German Excel writes, and ASCII case folding for header names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coopnet {

/// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and
/// code points above U+10FFFF count as invalid), or nothing when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Which control characters a text may hold (see find_control_character()).
enum class ControlCharacters {
    None,              ///< ids: no control character at all
    TabAndLineBreaks,  ///< free text: tab, line feed and carriage return, nothing else
};

/// A control character in a text: the byte offset where it starts, and its code point.
struct ControlCharacter {
    std::size_t offset = 0;
    char32_t code = 0;
};

/// The first control character of UTF-8 `text` that `allowed` does not allow. Control
/// characters are C0 (U+0000-U+001F, NUL included), DEL (U+007F) and C1 (U+0080-U+009F,
/// in UTF-8 the bytes C2 80 to C2 9F). Bytes of invalid UTF-8 are not looked at (the
/// readers refuse those first). Complexity O(length).
std::optional<ControlCharacter> find_control_character(std::string_view text,
                                                       ControlCharacters allowed);

/// A code point as Unicode writes it: `U+001B`, `U+1F600`.
std::string code_point_name(char32_t code);

/// `text` as a terminal can show it without obeying it: tab, line feed and carriage
/// return become `\t`, `\n` and `\r`, other C0 characters, DEL and bytes of invalid
/// UTF-8 `\xHH` (ESC is `\x1b`), C1 characters `\u0080`-`\u009f`; everything else,
/// printable UTF-8 included, is kept. For display only: a `\` in the text stays as it is,
/// so the escape is not reversible. Complexity O(length).
std::string printable(std::string_view text);

/// Decodes Windows-1252 bytes to UTF-8 (bytes 0x80-0x9F as Microsoft maps them; the five
/// unassigned ones become U+FFFD).
std::string windows1252_to_utf8(std::string_view text);

/// Appends the UTF-8 encoding of `code` (U+0000 to U+FFFF, the Basic Multilingual Plane) to
/// `out`.
void append_utf8(std::string& out, std::uint32_t code);

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

/// `items` with `separator` between them: ("a", "b") and "|" give "a|b".
std::string join(std::span<const std::string> items, std::string_view separator);

}  // namespace coopnet
