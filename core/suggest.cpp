#include "core/suggest.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace coopnet {

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates) {
    const std::string key = comparison_key(word);
    if (key.empty()) return std::nullopt;
    // At most a third of the word, and never all of it ("e" is not a typo of "a").
    const std::size_t limit =
        std::min(std::max<std::size_t>(1, key.size() / 3), key.size() - 1);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = edit_distance(key, comparison_key(candidate));
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

}  // namespace coopnet
