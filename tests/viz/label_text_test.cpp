#include "viz/label_text.hpp"

#include <catch2/catch.hpp>

using namespace coopnet;
using Lines = std::vector<std::string>;

TEST_CASE("wrap_words: long names break at word boundaries into lines of at most 20",
          "[viz][labels]") {
    // "Jugendamt der Stadt" is 19 characters; adding " Duisburg" would make 28.
    CHECK(wrap_words("Jugendamt der Stadt Duisburg", 20) ==
          Lines{"Jugendamt der Stadt", "Duisburg"});
    // Exactly 20 characters stay on one line.
    CHECK(wrap_words("abcde fghij klmn opq", 20) == Lines{"abcde fghij klmn opq"});
}

TEST_CASE("wrap_words: umlauts count as one character, not as their two UTF-8 bytes",
          "[viz][labels]") {
    // 19 code points ("Ämter"=5, "für"=3, "Übergänge"=9, two blanks) but 23 bytes.
    CHECK(wrap_words("Ämter für Übergänge", 20) == Lines{"Ämter für Übergänge"});
    CHECK(wrap_words("Ämter für Übergänge", 10) == Lines{"Ämter für", "Übergänge"});
}

TEST_CASE("wrap_words: a word longer than the width stays whole on its own line",
          "[viz][labels]") {
    CHECK(wrap_words("Beschäftigungs- und Qualifizierungsträger", 20) ==
          Lines{"Beschäftigungs- und", "Qualifizierungsträger"});
    CHECK(wrap_words("Donaudampfschifffahrtsgesellschaft", 5) ==
          Lines{"Donaudampfschifffahrtsgesellschaft"});
}

TEST_CASE("wrap_words: blanks, tabs and line breaks collapse, blank text gives no lines",
          "[viz][labels]") {
    CHECK(wrap_words("  a \t b\n\nc  ", 20) == Lines{"a b c"});
    CHECK(wrap_words("", 20).empty());
    CHECK(wrap_words(" \n\t ", 20).empty());
    CHECK(wrap_words("one two three", 0) == Lines{"one two three"});
}

TEST_CASE(
    "graphviz_label: backslashes are doubled so that Graphviz escapes (n, N, l after one) stay "
    "text",
    "[viz][labels]") {
    const Lines lines{"C:\\new\\N", "x\\l"};
    // Two lines joined by the escape \n; every backslash of the text doubled.
    CHECK(graphviz_label(lines) == "C:\\\\new\\\\N\\nx\\\\l");
}

TEST_CASE("graphviz_label: ampersands are escaped, so entities in names stay text",
          "[viz][labels]") {
    const Lines lines{"A &auml; B & C"};
    CHECK(graphviz_label(lines) == "A &amp;auml; B &amp; C");
    CHECK(graphviz_label(Lines{}).empty());
}

TEST_CASE("escape_html: the five markup characters become entities, UTF-8 is kept",
          "[viz][labels]") {
    CHECK(escape_html("\"><script>&'") == "&quot;&gt;&lt;script&gt;&amp;&#39;");
    CHECK(escape_html("Mädchen\nFrauen") == "Mädchen Frauen");
    CHECK(escape_html("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
    CHECK(escape_html("") == "");
}
