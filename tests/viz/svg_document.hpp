// Parsing generated SVG in the tests: well-formed XML (pugixml) with no character XML forbids.
#pragma once

#include <catch2/catch.hpp>
#include <pugixml.hpp>
#include <string>

#include "tests/viz/text_search.hpp"

namespace coopnet::viz_testing {

/// The document of `svg`; fails the test when it is not well-formed XML.
inline pugi::xml_document parse_svg(const std::string& svg) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_string(svg.c_str());
    INFO(parsed.description() << " at " << parsed.offset);
    REQUIRE(parsed);
    REQUIRE(first_illegal_xml_character(svg).empty());
    return document;
}

}  // namespace coopnet::viz_testing
