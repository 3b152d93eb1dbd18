#include "core/suggest.hpp"

#include <algorithm>
#include <numeric>
#include <vector>

namespace coopnet {

std::string fold_for_matching(std::string_view text) {
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\xC3' && i + 1 < text.size()) {
            const char* spelled = nullptr;
            switch (text[i + 1]) {
                case '\x84':
                case '\xA4':
                    spelled = "ae";
                    break;  // Ä ä
                case '\x96':
                case '\xB6':
                    spelled = "oe";
                    break;  // Ö ö
                case '\x9C':
                case '\xBC':
                    spelled = "ue";
                    break;  // Ü ü
                case '\x9F':
                    spelled = "ss";
                    break;  // ß
                default:
                    break;
            }
            if (spelled != nullptr) {
                folded += spelled;
                ++i;
                continue;
            }
        }
        if (c >= 'A' && c <= 'Z') {
            folded += static_cast<char>(c - 'A' + 'a');
        } else if (c == ' ' || c == '-') {
            folded += '_';
        } else {
            folded += c;
        }
    }
    return folded;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the dynamic programme: i-2, i-1 and i.
    std::vector<std::size_t> before_previous(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] =
                std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before_previous[j - 2] + 1);
            }
        }
        std::swap(before_previous, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates) {
    const std::string folded = fold_for_matching(word);
    if (folded.empty()) return std::nullopt;
    // At most a third of the word, and never all of it ("e" is not a typo of "a").
    const std::size_t limit =
        std::min(std::max<std::size_t>(1, folded.size() / 3), folded.size() - 1);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const std::string& candidate : candidates) {
        const std::size_t distance = edit_distance(folded, fold_for_matching(candidate));
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

}  // namespace coopnet
