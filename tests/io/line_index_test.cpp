#include "io/detail/line_index.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace coopnet;
using detail::LineIndex;

namespace {

std::string located(const LineIndex& lines, std::size_t offset) {
    return Diagnostic{lines.locate("f.json", offset), "here"}.to_string();
}

}  // namespace

TEST_CASE("line index: offsets become 1-based lines and byte columns", "[line index]") {
    //                       0 1 2  3 4  5  6  7
    const LineIndex lines("ab\ncd\n\nefg");
    CHECK(located(lines, 0) == "f.json:1:1: here");
    CHECK(located(lines, 1) == "f.json:1:2: here");
    CHECK(located(lines, 2) == "f.json:1:3: here");  // the line feed ends its own line
    CHECK(located(lines, 3) == "f.json:2:1: here");
    CHECK(located(lines, 6) == "f.json:3:1: here");  // an empty line
    CHECK(located(lines, 7) == "f.json:4:1: here");
    CHECK(located(lines, 9) == "f.json:4:3: here");
    CHECK(located(lines, 10) == "f.json:4:4: here");  // the end of the text
}

TEST_CASE("line index: columns count bytes, a CR is part of its line", "[line index]") {
    const LineIndex lines("\xC3\xA4x\r\ny");  // "äx" in UTF-8, a Windows line end
    CHECK(located(lines, 2) == "f.json:1:3: here");
    CHECK(located(lines, 3) == "f.json:1:4: here");
    CHECK(located(lines, 5) == "f.json:2:1: here");
}

TEST_CASE("line index: an empty text has one line", "[line index]") {
    const LineIndex lines("");
    CHECK(located(lines, 0) == "f.json:1:1: here");
}
