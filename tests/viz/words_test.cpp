// The catalogue of words for people (viz/words.hpp): every entry in both languages, the
// same placeholders and forms in both, and numbers as German and English readers write them.
#include "viz/words.hpp"

#include <catch2/catch.hpp>
#include <cstddef>
#include <set>
#include <string>

using namespace coopnet;

namespace {

/// The placeholders {0}..{9} of a text.
std::set<char> placeholders(std::string_view text) {
    std::set<char> found;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == '{' && text[i + 2] == '}' && text[i + 1] >= '0' && text[i + 1] <= '9') {
            found.insert(text[i + 1]);
        }
    }
    return found;
}

std::size_t forms(std::string_view text) {
    std::size_t bars = 0;
    for (const char c : text) bars += c == '|' ? 1 : 0;
    return bars + 1;
}

}  // namespace

TEST_CASE("words: every entry of the catalogue exists in German and in English", "[words]") {
    for (std::size_t i = 0; i < static_cast<std::size_t>(Word::Count); ++i) {
        const auto word = static_cast<Word>(i);
        const std::string_view german = catalogue_text(word, Language::German);
        const std::string_view english = catalogue_text(word, Language::English);
        CAPTURE(i, german, english);
        CHECK_FALSE(german.empty());
        CHECK_FALSE(english.empty());
        // Both languages fill the same values and have the same forms (one, or singular
        // and plural), so a caller never passes a value one language drops.
        CHECK(placeholders(german) == placeholders(english));
        CHECK(forms(german) == forms(english));
        CHECK(forms(german) <= 2);
        // Each form of a counted entry is itself non-empty.
        CHECK(german.front() != '|');
        CHECK(german.back() != '|');
        CHECK(english.front() != '|');
        CHECK(english.back() != '|');
    }
}

TEST_CASE("words: counts choose the singular for one and the plural otherwise", "[words]") {
    const Words de(Language::German);
    const Words en(Language::English);
    CHECK(de.count(Word::Actors, 1) == "1 Akteur");
    CHECK(de.count(Word::Actors, 2) == "2 Akteure");
    CHECK(de.count(Word::Actors, 0) == "0 Akteure");
    CHECK(de.count(Word::ActorsDative, 4) == "4 Akteuren");
    CHECK(en.count(Word::Actors, 1) == "1 actor");
    CHECK(en.count(Word::Actors, 12345) == "12,345 actors");
    CHECK(de.count(Word::Actors, 12345) == "12.345 Akteure");
    CHECK(de.pick(Word::FragileActor, 1, {"A", "1 Akteur"}) ==
          "Fällt A weg, ist 1 Akteur vom Rest des Netzwerks abgeschnitten.");
    CHECK(de.pick(Word::FragileActor, 3, {"A", "3 Akteure"}) ==
          "Fällt A weg, sind 3 Akteure vom Rest des Netzwerks abgeschnitten.");
}

TEST_CASE("words: numbers for reading, with a decimal comma in German", "[words]") {
    const Words de(Language::German);
    const Words en(Language::English);
    CHECK(de.number(0.4615, 3) == "0,462");
    CHECK(en.number(0.4615, 3) == "0.462");
    CHECK(de.number(1234567.891, 1) == "1.234.567,9");
    CHECK(en.number(1234567.891, 1) == "1,234,567.9");
    CHECK(de.number(2016.0, 0) == "2016");  // four digits stay whole
    CHECK(de.number(-0.0001, 2) == "0,00");  // no "-0"
    CHECK(de.number(-1.5, 1) == "-1,5");
    CHECK(de.number(std::nan(""), 2) == "–");
    CHECK(de.percent(0.099) == "9,9 %");
    CHECK(en.percent(0.099) == "9.9 %");
    CHECK(de.signed_number(0.12, 2) == "+0,12");
    CHECK(de.signed_number(-3.0, 0) == "−3");
    CHECK(de.signed_number(0.0001, 2) == "±0,00");
    CHECK(de.integer(-12345) == "-12.345");
}

TEST_CASE("words: sectors, lists and patterns", "[words]") {
    const Words de(Language::German);
    const Words en(Language::English);
    CHECK(de.sector("public_agency") == "Behörde/Agentur");
    CHECK(en.sector("public_agency") == "public agency");
    CHECK(de.sector("Kammer") == "Kammer");
    CHECK(de.join({"A", "B", "C"}) == "A, B und C");
    CHECK(en.join({"A", "B"}) == "A and B");
    CHECK(de.join({}).empty());
    CHECK(de.count_sectors({{"business", 3}, {"foundation", 1}, {"municipality", 3}}) ==
          "3 Wirtschaft, 3 Kommune/Verwaltung und 1 Stiftung");
    CHECK(fill_pattern("{1} vor {0}, {2} bleibt", {"a", "b"}) == "b vor a, {2} bleibt");
    CHECK(fill_pattern("{0}{0}", {"x"}) == "xx");
}

TEST_CASE("words: the locale picks the language as command-line tools do", "[words]") {
    CHECK(language_from_locale(nullptr, nullptr, "de_DE.UTF-8") == Language::German);
    CHECK(language_from_locale(nullptr, nullptr, "de_AT") == Language::German);
    CHECK(language_from_locale(nullptr, nullptr, "C") == Language::English);
    CHECK(language_from_locale(nullptr, nullptr, "POSIX") == Language::English);
    CHECK(language_from_locale(nullptr, nullptr, "en_GB.UTF-8") == Language::English);
    CHECK(language_from_locale(nullptr, nullptr, nullptr) == Language::English);
    // LC_ALL before LC_MESSAGES before LANG; empty values count as unset.
    CHECK(language_from_locale("C", "de_DE", "de_DE") == Language::English);
    CHECK(language_from_locale("", "de_DE", "en_US") == Language::German);
    CHECK(language_from_locale(nullptr, "", "de_CH.UTF-8") == Language::German);
    CHECK(parse_language("de") == Language::German);
    CHECK(parse_language("en") == Language::English);
    CHECK_FALSE(parse_language("fr"));
    CHECK(language_code(Language::German) == "de");
}
