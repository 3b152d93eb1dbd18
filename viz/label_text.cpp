#include "viz/label_text.hpp"

namespace coopnet {

namespace {

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Code points in UTF-8 text: every byte that is not a continuation byte starts one.
std::size_t code_points(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    }
    return count;
}

}  // namespace

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_separator(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_separator(text[i])) ++i;
        if (start == i) break;
        const std::string_view word = text.substr(start, i - start);
        const std::size_t word_width = code_points(word);
        if (line.empty()) {
            line = word;
            line_width = word_width;
        } else if (width == 0 || line_width + 1 + word_width <= width) {
            line += ' ';
            line += word;
            line_width += 1 + word_width;
        } else {
            lines.push_back(std::move(line));
            line = word;
            line_width = word_width;
        }
    }
    if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

std::string graphviz_label(std::span<const std::string> lines) {
    std::string out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (l > 0) out += "\\n";
        for (const char c : lines[l]) {
            if (c == '\\') {
                out += "\\\\";
            } else if (c == '&') {
                out += "&amp;";
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\n':
            case '\r': out += ' '; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace coopnet
