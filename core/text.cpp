#include "core/text.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace coopnet {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > size) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

namespace {

bool is_c0_or_del(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

// The second byte of a C1 character after its lead byte 0xC2.
bool is_c1_tail(unsigned char byte) { return byte >= 0x80 && byte <= 0x9F; }

}  // namespace

std::optional<ControlCharacter> find_control_character(std::string_view text,
                                                       ControlCharacters allowed) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size; ++i) {
        const unsigned char byte = bytes[i];
        if (is_c0_or_del(byte)) {
            const bool blank = byte == '\t' || byte == '\n' || byte == '\r';
            if (blank && allowed == ControlCharacters::TabAndLineBreaks) continue;
            return ControlCharacter{i, byte};
        }
        if (byte == 0xC2 && i + 1 < size && is_c1_tail(bytes[i + 1])) {
            return ControlCharacter{i, bytes[i + 1]};
        }
    }
    return std::nullopt;
}

std::string code_point_name(char32_t code) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string digits;
    for (char32_t rest = code; rest > 0 || digits.size() < 4; rest >>= 4) {
        digits.insert(digits.begin(), kDigits[rest & 0xF]);
    }
    return "U+" + digits;
}

std::string printable(std::string_view text) {
    static constexpr char kDigits[] = "0123456789abcdef";
    const auto hex = [](std::string& out, const char* prefix, unsigned char byte) {
        out += prefix;
        out += kDigits[byte >> 4];
        out += kDigits[byte & 0xF];
    };
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\t' || byte == '\n' || byte == '\r') {
            out += byte == '\t' ? "\\t" : byte == '\n' ? "\\n" : "\\r";
            ++i;
        } else if (is_c0_or_del(byte)) {
            hex(out, "\\x", byte);
            ++i;
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
            ++i;
        } else if (const auto bad = find_invalid_utf8(text.substr(i, 4)); bad && *bad == 0) {
            hex(out, "\\x", byte);  // a byte that starts no valid sequence
            ++i;
        } else if (byte == 0xC2 && is_c1_tail(static_cast<unsigned char>(text[i + 1]))) {
            hex(out, "\\u00", static_cast<unsigned char>(text[i + 1]));
            i += 2;
        } else {
            const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

namespace {

// Microsoft's mapping of 0x80-0x9F; 0xFFFD marks the five unassigned bytes.
constexpr std::uint16_t kWindows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

}  // namespace

std::string windows1252_to_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 && byte < 0xA0) {
            append_utf8(out, kWindows1252High[byte - 0x80]);
        } else {
            append_utf8(out, byte);  // Latin-1 and Windows-1252 agree on 0xA0-0xFF
        }
    }
    return out;
}

std::string to_lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the dynamic programme: two back for the swap of neighbours.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;  // not a continuation byte
    }
    return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
    const std::size_t used = display_width(text);
    std::string padded(text);
    padded.append(used < width ? width - used : 1, ' ');
    return padded;
}

std::string join_names(std::span<const std::string> names, std::size_t most) {
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < most; ++i) {
        text += (i == 0 ? "" : ", ") + names[i];
    }
    if (names.size() > most) text += " and " + std::to_string(names.size() - most) + " more";
    return text;
}

std::string join(std::span<const std::string> items, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += separator;
        text += items[i];
    }
    return text;
}

std::string comparison_key(std::string_view word) {
    std::string key;
    key.reserve(word.size() + 4);
    bool pending_space = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto byte = static_cast<unsigned char>(word[i]);
        if (byte == ' ' || byte == '\t' || byte == '-' || byte == '_' || byte == '/' ||
            byte == '.' || byte == '\r' || byte == '\n') {
            pending_space = !key.empty();
            continue;
        }
        if (pending_space) key += ' ';
        pending_space = false;
        // UTF-8 Ä Ö Ü ä ö ü ß (C3 xx) and ẞ (E1 BA 9E) spelled out.
        if (byte == 0xC3 && i + 1 < word.size()) {
            const auto next = static_cast<unsigned char>(word[i + 1]);
            const char* spelled = nullptr;
            switch (next) {
                case 0x84:
                case 0xA4:
                    spelled = "ae";
                    break;
                case 0x96:
                case 0xB6:
                    spelled = "oe";
                    break;
                case 0x9C:
                case 0xBC:
                    spelled = "ue";
                    break;
                case 0x9F:
                    spelled = "ss";
                    break;
                default:
                    break;
            }
            if (spelled != nullptr) {
                key += spelled;
                ++i;
                continue;
            }
        }
        if (byte == 0xE1 && word.substr(i, 3) == "\xE1\xBA\x9E") {
            key += "ss";
            i += 2;
            continue;
        }
        key += (byte >= 'A' && byte <= 'Z') ? static_cast<char>(byte - 'A' + 'a')
                                            : static_cast<char>(byte);
    }
    return key;
}

}  // namespace coopnet
