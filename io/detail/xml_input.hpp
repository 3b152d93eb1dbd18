// Reading untrusted XML (GraphML, GEXF) with pugixml, and numbers as XML Schema writes
// them. Internal to io (not a public header).
//
// Safety: invalid UTF-8, malformed XML and the control characters XML 1.0 forbids (as
// bytes or as references such as `&#0;`, which pugixml would read, cutting the text at
// NUL) are refused with line and column; pugixml never fetches or expands entities, and a
// DOCTYPE that declares entities is refused.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "io/detail/line_index.hpp"

namespace coopnet::detail {

/// Parses `text` into `document` as described above, keeping text that is only blanks (a
/// label "  "). `file` names the source in errors, `lines` locates offsets in `text`.
/// @throws InputError with line and column. Complexity O(length).
void load_untrusted_xml(pugi::xml_document& document, std::string_view text,
                        const std::string& file, const LineIndex& lines);

/// The text of an element: its text and CDATA children, concatenated.
std::string element_text(const pugi::xml_node& node);

/// Numbers in XML Schema's lexical form (NaN, INF, -INF for the non-finite ones).
std::string xml_number(double value);

}  // namespace coopnet::detail
