// Small text helpers for the tests that read generated HTML, SVG and DOT.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>

namespace coopnet::viz_testing {

/// `text` with ASCII letters in lower case.
inline std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// How often `needle` occurs in `text`, without overlaps.
inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

}  // namespace coopnet::viz_testing
