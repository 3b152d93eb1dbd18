// Byte offsets in a text as 1-based line and column, for the readers whose parsers report
// offsets (the JSON tree, pugixml). Internal to io (not a public header).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace coopnet::detail {

/// The starts of a text's lines, found once in O(length); each lookup is a binary search,
/// O(log lines). Lines end at '\n'; columns count bytes.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    /// `file` at the line and column of byte `offset` (an offset at or past the end lies
    /// on the last line).
    [[nodiscard]] SourceLocation locate(const std::string& file, std::size_t offset) const;

private:
    std::vector<std::size_t> line_starts_;
};

}  // namespace coopnet::detail
