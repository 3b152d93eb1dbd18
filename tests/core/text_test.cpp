#include "core/text.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using coopnet::code_point_name;
using coopnet::ControlCharacters;
using coopnet::find_control_character;
using coopnet::find_invalid_utf8;
using coopnet::line_and_column;
using coopnet::printable;
using coopnet::to_lower_ascii;
using coopnet::trim;
using coopnet::windows1252_to_utf8;

namespace {

std::optional<std::size_t> invalid_at(std::string_view bytes) { return find_invalid_utf8(bytes); }

std::string bytes(std::initializer_list<unsigned char> list) {
    std::string out;
    for (unsigned char c : list) out += static_cast<char>(c);
    return out;
}

}  // namespace

TEST_CASE("text: well-formed UTF-8 of every length is valid", "[text]") {
    CHECK_FALSE(invalid_at("").has_value());
    CHECK_FALSE(invalid_at("Ämternetzwerk, Begleitausschuss, Straße").has_value());
    CHECK_FALSE(invalid_at(bytes({0x7F})).has_value());                    // DEL, 1 byte
    CHECK_FALSE(invalid_at(bytes({0xC2, 0x80})).has_value());              // U+0080
    CHECK_FALSE(invalid_at(bytes({0xDF, 0xBF})).has_value());              // U+07FF
    CHECK_FALSE(invalid_at(bytes({0xE0, 0xA0, 0x80})).has_value());        // U+0800
    CHECK_FALSE(invalid_at(bytes({0xE2, 0x82, 0xAC})).has_value());        // €
    CHECK_FALSE(invalid_at(bytes({0xED, 0x9F, 0xBF})).has_value());        // U+D7FF
    CHECK_FALSE(invalid_at(bytes({0xEE, 0x80, 0x80})).has_value());        // U+E000
    CHECK_FALSE(invalid_at(bytes({0xEF, 0xBF, 0xBD})).has_value());        // U+FFFD
    CHECK_FALSE(invalid_at(bytes({0xF0, 0x90, 0x80, 0x80})).has_value());  // U+10000
    CHECK_FALSE(invalid_at(bytes({0xF4, 0x8F, 0xBF, 0xBF})).has_value());  // U+10FFFF
}

TEST_CASE("text: overlong forms are invalid", "[text]") {
    CHECK(invalid_at(bytes({0xC0, 0xAF})) == 0u);              // '/' in two bytes
    CHECK(invalid_at(bytes({0xC1, 0xBF})) == 0u);              // U+007F in two bytes
    CHECK(invalid_at(bytes({0xE0, 0x80, 0xAF})) == 0u);        // '/' in three bytes
    CHECK(invalid_at(bytes({0xE0, 0x9F, 0xBF})) == 0u);        // U+07FF in three bytes
    CHECK(invalid_at(bytes({0xF0, 0x8F, 0xBF, 0xBF})) == 0u);  // U+FFFF in four bytes
    CHECK(invalid_at("ok" + bytes({0xC0, 0x80})) == 2u);       // "modified UTF-8" NUL
}

TEST_CASE("text: surrogates and code points above U+10FFFF are invalid", "[text]") {
    CHECK(invalid_at(bytes({0xED, 0xA0, 0x80})) == 0u);  // U+D800
    CHECK(invalid_at(bytes({0xED, 0xBF, 0xBF})) == 0u);  // U+DFFF
    CHECK(invalid_at("ab" + bytes({0xED, 0xB0, 0x80})) == 2u);
    CHECK(invalid_at(bytes({0xF4, 0x90, 0x80, 0x80})) == 0u);        // U+110000
    CHECK(invalid_at(bytes({0xF7, 0xBF, 0xBF, 0xBF})) == 0u);        // U+1FFFFF
    CHECK(invalid_at(bytes({0xF8, 0x88, 0x80, 0x80, 0x80})) == 0u);  // five-byte form
    CHECK(invalid_at(bytes({0xFE})) == 0u);
    CHECK(invalid_at(bytes({0xFF})) == 0u);
}

TEST_CASE("text: truncated sequences and stray continuation bytes are invalid", "[text]") {
    CHECK(invalid_at("ab" + bytes({0xC3})) == 2u);  // cut at the end
    CHECK(invalid_at(bytes({0xE2, 0x82})) == 0u);   // € missing its last byte
    CHECK(invalid_at(bytes({0xF0, 0x9F, 0x98})) == 0u);
    CHECK(invalid_at("Gr" + bytes({0xC3}) + "e") == 2u);  // continuation replaced
    CHECK(invalid_at(bytes({0xE2, 0x82}) + "x") == 0u);
    CHECK(invalid_at("a" + bytes({0x80}) + "b") == 1u);  // lone continuation
    CHECK(invalid_at(bytes({0xC3, 0xA4, 0xA4})) == 2u);  // ä then a stray byte
    // Windows-1252 "Straße" read as UTF-8: 0xDF starts a 2-byte form, 'e' cannot follow.
    CHECK(invalid_at("Stra" + bytes({0xDF}) + "e") == 4u);
    // The first problem is reported, not a later one.
    CHECK(invalid_at("x" + bytes({0xFF}) + "y" + bytes({0xC0})) == 1u);
}

TEST_CASE("text: Windows-1252 decodes the euro sign and umlauts", "[text]") {
    CHECK(windows1252_to_utf8(bytes({0x80})) == bytes({0xE2, 0x82, 0xAC}));  // €
    CHECK(windows1252_to_utf8(bytes({0xE4})) == bytes({0xC3, 0xA4}));        // ä
    CHECK(windows1252_to_utf8("Stra" + bytes({0xDF}) + "e") == "Straße");
    CHECK(windows1252_to_utf8(bytes({0xC4}) + "mter") == "Ämter");
    CHECK(windows1252_to_utf8("10.000 " + bytes({0x80})) == "10.000 €");
    CHECK(windows1252_to_utf8(bytes({0x84}) + "x" + bytes({0x93})) == "„x“");
    CHECK(windows1252_to_utf8(bytes({0x9F})) == "Ÿ");                  // U+0178
    CHECK(windows1252_to_utf8(bytes({0xA0})) == bytes({0xC2, 0xA0}));  // no-break space
    CHECK(windows1252_to_utf8(bytes({0xFF})) == "ÿ");
    CHECK(windows1252_to_utf8("plain ASCII, 123") == "plain ASCII, 123");
    CHECK(windows1252_to_utf8("").empty());
}

TEST_CASE("text: the five unassigned Windows-1252 bytes become U+FFFD", "[text]") {
    const std::string replacement = bytes({0xEF, 0xBF, 0xBD});
    for (unsigned char b : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
        CHECK(windows1252_to_utf8(bytes({b})) == replacement);
    }
}

TEST_CASE("text: every Windows-1252 byte decodes to exactly one valid code point", "[text]") {
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    const std::string decoded = windows1252_to_utf8(all);
    CHECK_FALSE(find_invalid_utf8(decoded).has_value());
    // Count code points by their lead bytes (every byte that is not 10xxxxxx).
    std::size_t code_points = 0;
    for (char c : decoded) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++code_points;
    }
    CHECK(code_points == 256);
    // ASCII 1 byte (128), 0xA0-0xFF 2 bytes (96 * 2). Of 0x80-0x9F, ten map below U+0800
    // and take 2 bytes (0x83 ƒ, 0x88 ˆ, 0x8A Š, 0x8C Œ, 0x8E Ž, 0x98 ˜, 0x9A š, 0x9C œ,
    // 0x9E ž, 0x9F Ÿ); the other 22 (with the five U+FFFD) take 3 bytes.
    CHECK(decoded.size() == 128 + 96 * 2 + 22 * 3 + 10 * 2);
}

TEST_CASE("text: trim removes blanks, tabs, CR and LF at both ends only", "[text]") {
    CHECK(trim("  \t Jugendamt \r\n") == "Jugendamt");
    CHECK(trim("EG DU") == "EG DU");
    CHECK(trim(" a b ") == "a b");
    CHECK(trim(" \t\r\n ").empty());
    CHECK(trim("").empty());
    // A no-break space is not a blank here.
    CHECK(trim(bytes({0xC2, 0xA0}) + "x") == bytes({0xC2, 0xA0}) + "x");
    // The result is a view into the argument.
    const std::string_view text = "  abc  ";
    CHECK(trim(text).data() == text.data() + 2);
}

TEST_CASE("text: ASCII lower case leaves other bytes alone", "[text]") {
    CHECK(to_lower_ascii("Source,TARGET,Weight") == "source,target,weight");
    CHECK(to_lower_ascii("ÄMTER Straße") == "Ämter straße");
    CHECK(to_lower_ascii("").empty());
}

TEST_CASE("text: line and column are 1-based and count bytes", "[text]") {
    const std::string_view text = "ab\ncd\r\nä";
    CHECK(line_and_column(text, 0) == std::pair<std::size_t, std::size_t>{1, 1});
    CHECK(line_and_column(text, 2) == std::pair<std::size_t, std::size_t>{1, 3});  // '\n'
    CHECK(line_and_column(text, 3) == std::pair<std::size_t, std::size_t>{2, 1});
    CHECK(line_and_column(text, 4) == std::pair<std::size_t, std::size_t>{2, 2});
    CHECK(line_and_column(text, 5) == std::pair<std::size_t, std::size_t>{2, 3});  // '\r'
    CHECK(line_and_column(text, 7) == std::pair<std::size_t, std::size_t>{3, 1});  // ä
    CHECK(line_and_column(text, 8) == std::pair<std::size_t, std::size_t>{3, 2});  // inside ä
    // Offsets past the end stop at the end: 9 bytes, last line holds 2.
    CHECK(line_and_column(text, 100) == std::pair<std::size_t, std::size_t>{3, 3});
    CHECK(line_and_column("", 0) == std::pair<std::size_t, std::size_t>{1, 1});
}

TEST_CASE("text: control characters are C0, DEL and C1, free text may hold tab and breaks",
          "[text]") {
    const auto at = [](std::string_view text, ControlCharacters allowed) {
        const auto found = find_control_character(text, allowed);
        return found ? std::optional<std::pair<std::size_t, char32_t>>({found->offset, found->code})
                     : std::nullopt;
    };
    using Found = std::optional<std::pair<std::size_t, char32_t>>;
    constexpr auto kId = ControlCharacters::None;
    constexpr auto kText = ControlCharacters::TabAndLineBreaks;
    CHECK(at("", kId) == std::nullopt);
    CHECK(at("Straße \xF0\x9F\x98\x80 &#0; \xC2\xA0", kId) == std::nullopt);  // NBSP is no C1
    CHECK(at(std::string("a\0b", 3), kId) == Found({1, 0}));
    CHECK(at("ab\x1b[2J", kText) == Found({2, 0x1B}));
    CHECK(at("x\x7f", kText) == Found({1, 0x7F}));
    CHECK(at("\xC3\xA4\xC2\x80", kText) == Found({2, 0x80}));  // ä then U+0080
    CHECK(at("\xC2\x9F", kText) == Found({0, 0x9F}));
    CHECK(at("a\tb\nc\rd", kText) == std::nullopt);
    CHECK(at("a\tb", kId) == Found({1, '\t'}));
    CHECK(at("a\nb", kId) == Found({1, '\n'}));
    CHECK(at("a\rb", kId) == Found({1, '\r'}));
    CHECK(code_point_name(0) == "U+0000");
    CHECK(code_point_name(0x1B) == "U+001B");
    CHECK(code_point_name(0x1F600) == "U+1F600");
}

TEST_CASE("text: printable escapes what a terminal would obey and keeps the rest", "[text]") {
    CHECK(printable("Jugendamt Straße \xF0\x9F\x98\x80") == "Jugendamt Straße \xF0\x9F\x98\x80");
    CHECK(printable("\x1b]0;title\x07\x1b[2J") == "\\x1b]0;title\\x07\\x1b[2J");
    CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(printable("a\tb\nc\rd\x7f") == "a\\tb\\nc\\rd\\x7f");
    CHECK(printable("\xC2\x9B"
                    "31m") == "\\u009b31m");               // the 8-bit CSI
    CHECK(printable("\xC2\xA0") == "\xC2\xA0");            // NBSP is printable
    CHECK(printable("bad \xFF\xC3") == "bad \\xff\\xc3");  // invalid UTF-8 byte by byte
    CHECK(printable("C:\\temp") == "C:\\temp");            // for display: `\` stays
    // Nothing escaped twice: what comes out holds no control character.
    CHECK_FALSE(find_control_character(printable("\x1b\xC2\x85\t"), ControlCharacters::None));
}

TEST_CASE("text: names are joined with a count of those left out", "[text]") {
    const std::vector<std::string> names{"a", "b", "c"};
    CHECK(coopnet::join_names(names, 5) == "a, b, c");
    CHECK(coopnet::join_names(names, 2) == "a, b and 1 more");
    CHECK(coopnet::join_names({}, 3) == "");
}

TEST_CASE("text: the comparison key ignores case, umlaut spelling and separators", "[text]") {
    CHECK(coopnet::comparison_key("Name der Einrichtung") == "name der einrichtung");
    CHECK(coopnet::comparison_key(" NAME-DER_EINRICHTUNG ") == "name der einrichtung");
    CHECK(coopnet::comparison_key("SCHL\xC3\x9CSSEL") == "schluessel");  // SCHLÜSSEL
    CHECK(coopnet::comparison_key("Schl\xC3\xBCssel") == "schluessel");  // Schlüssel
}
