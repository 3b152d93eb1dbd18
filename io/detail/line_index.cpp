#include "io/detail/line_index.hpp"

#include <algorithm>

namespace coopnet::detail {

LineIndex::LineIndex(std::string_view text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') line_starts_.push_back(i + 1);
    }
}

SourceLocation LineIndex::locate(const std::string& file, std::size_t offset) const {
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::size_t>(next - line_starts_.begin());  // >= 1
    return SourceLocation{file, line, offset - line_starts_[line - 1] + 1};
}

}  // namespace coopnet::detail
