// Small text helpers for the tests that read generated HTML, SVG and DOT.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
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

/// The first character of `text` that XML 1.0 does not allow, as a control byte or as a
/// character reference (`&#0;`, `&#x1B;`, `&#xFFFE;`), or "" when there is none. pugixml
/// does not check this (it reads `&#0;` as the end of the text), so tests do.
inline std::string first_illegal_xml_character(const std::string& text) {
    const auto legal = [](std::uint32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
               (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 && !legal(byte)) return text.substr(i, 1);
        if (text.compare(i, 2, "&#") != 0) continue;
        const bool hex = text.compare(i + 2, 1, "x") == 0;
        const std::size_t end = text.find(';', i);
        if (end == std::string::npos) break;
        const std::string digits = text.substr(i + (hex ? 3 : 2), end - i - (hex ? 3 : 2));
        if (digits.empty() || digits.size() > 8) return text.substr(i, end + 1 - i);
        const auto code = static_cast<std::uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10));
        if (!legal(code)) return text.substr(i, end + 1 - i);
    }
    return {};
}

}  // namespace coopnet::viz_testing
