// "Did you mean ...?": the closest of a few known words to a word the user typed, for
// messages about options, file columns and commands that name nothing known.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coopnet {

/// `text` folded for a loose comparison: ASCII letters in lower case, the German letters
/// Ä, Ö, Ü (either case) spelled ae, oe, ue and ß spelled ss, and blanks and `-` as `_`
/// ("Träger" and "traeger", "Civil Society" and "civil_society" fold alike). Other bytes
/// are kept. Complexity O(|text|).
std::string fold_for_matching(std::string_view text);

/// Optimal string alignment distance between `a` and `b` (Levenshtein with adjacent
/// transpositions, each substring edited once [1]): insertions, deletions, substitutions
/// and swaps of two neighbouring bytes count 1 each. Complexity O(|a|·|b|) time,
/// O(|b|) memory.
/// [1] Damerau (1964), Commun. ACM 7:171, doi:10.1145/363958.363994.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, compared folded (fold_for_matching) by edit_distance,
/// when it is close enough to be a likely typo: at most max(1, |folded word| / 3) edits
/// and fewer than |folded word| ("buisness" → "business", "Sekter" → "Sektor", "analyse"
/// → "analyze"; "e" is not taken for "a"). An exact folded
/// match wins at distance 0 ("Business" → "business"). Equal distances: the first in
/// `candidates`. Nothing when no candidate is that close or `word` is empty.
/// Complexity O(Σ |word|·|candidate|).
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

}  // namespace coopnet
