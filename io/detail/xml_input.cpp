#include "io/detail/xml_input.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet::detail {

namespace {

bool is_xml_forbidden_control(std::uint32_t code) {
    return code < 0x20 && code != '\t' && code != '\n' && code != '\r';
}

/// The first C0 control character other than tab, line feed and carriage return in XML
/// `text`, as a byte or as a character reference (`&#0;`, `&#x1B;`): XML 1.0 allows
/// neither, and pugixml reads both (cutting a text at `&#0;`). CDATA sections and comments
/// hold no references. Complexity O(length).
std::optional<ControlCharacter> find_forbidden_xml_control(std::string_view text) {
    std::size_t literal_end = 0;  // the end of the CDATA section or comment we are in
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (is_xml_forbidden_control(byte)) return ControlCharacter{i, byte};
        if (i < literal_end) continue;
        for (const auto& [open, close] :
             {std::pair<std::string_view, std::string_view>{"<![CDATA[", "]]>"}, {"<!--", "-->"}}) {
            if (text.substr(i, open.size()) == open) {
                literal_end = std::min(text.find(close, i + open.size()), text.size());
            }
        }
        if (i < literal_end || text.substr(i, 2) != "&#") continue;
        const bool hex = text.substr(i + 2, 1) == "x";
        const std::size_t first = i + (hex ? 3 : 2);
        std::size_t end = first;
        std::uint32_t code = 0;
        for (; end < text.size() && code <= 0x10FFFF; ++end) {
            const char c = text[end];
            if (c >= '0' && c <= '9') {
                code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(c - '0');
            } else if (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                code = code * 16 + static_cast<std::uint32_t>((c | 0x20) - 'a' + 10);
            } else {
                break;
            }
        }
        if (end > first && end < text.size() && text[end] == ';' &&
            is_xml_forbidden_control(code)) {
            return ControlCharacter{i, code};
        }
    }
    return std::nullopt;
}

}  // namespace

void load_untrusted_xml(pugi::xml_document& document, std::string_view text,
                        const std::string& file, const LineIndex& lines) {
    if (const auto bad = find_invalid_utf8(text)) {
        const auto [line, column] = line_and_column(text, *bad);
        throw InputError(SourceLocation{file, line, column}, "invalid UTF-8 byte sequence");
    }
    if (const auto control = find_forbidden_xml_control(text)) {
        const auto [line, column] = line_and_column(text, control->offset);
        throw InputError(SourceLocation{file, line, column}, "control character " +
                                                                 code_point_name(control->code) +
                                                                 ", which XML 1.0 does not allow");
    }
    // parse_ws_pcdata keeps text that is only blanks (a label "  "); parse_doctype
    // keeps the DOCTYPE so that entity declarations can be refused below.
    const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
    const pugi::xml_parse_result parsed =
        document.load_buffer(text.data(), text.size(), flags, pugi::encoding_utf8);
    if (!parsed) {
        const auto [line, column] = line_and_column(
            text, static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0)));
        throw InputError(SourceLocation{file, line, column},
                         std::string("malformed XML: ") + parsed.description());
    }
    for (const pugi::xml_node& child : document.children()) {
        if (child.type() == pugi::node_doctype &&
            std::string_view(child.value()).find("ENTITY") != std::string_view::npos) {
            throw InputError(lines.locate(file, static_cast<std::size_t>(std::max<std::ptrdiff_t>(
                                                    child.offset_debug(), 0))),
                             "a DOCTYPE declaring entities is not accepted "
                             "(entities are never expanded)");
        }
    }
}

std::string element_text(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            text += child.value();
        }
    }
    return text;
}

std::string xml_number(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "INF" : "-INF";
    return format_number(value);
}

}  // namespace coopnet::detail
