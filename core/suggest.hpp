// "Did you mean ...?": the closest of a few known words to a word the user typed, for
// messages about options, file columns and commands that name nothing known.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace coopnet {

/// The candidate closest to `word`, compared by their comparison_key() (core/text.hpp:
/// case, umlauts spelled out, separators) with edit_distance(), when it is close enough
/// to be a likely typo: at most max(1, |key| / 3) edits and fewer than |key|
/// ("buisness" → "business", "Sekter" → "Sektor", "analyse" → "analyze"; "e" is not taken
/// for "a"). An exact match of the keys wins at distance 0 ("Business" → "business").
/// Equal distances: the first in `candidates`. Nothing when no candidate is that close
/// or `word` is empty. Complexity O(Σ |word|·|candidate|).
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

}  // namespace coopnet
