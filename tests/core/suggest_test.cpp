#include "core/suggest.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using coopnet::closest_match;
using coopnet::edit_distance;
using coopnet::fold_for_matching;

TEST_CASE("suggest: folding ignores ASCII case, spells umlauts out and joins words by _",
          "[suggest]") {
    CHECK(fold_for_matching("Civil Society") == "civil_society");
    CHECK(fold_for_matching("public-agency") == "public_agency");
    CHECK(fold_for_matching("Tr\xC3\xA4ger") == "traeger");  // Träger
    CHECK(fold_for_matching("\xC3\x9C"
                            "BERGANG \xC3\x96L Stra\xC3\x9F"
                            "e") ==  // ÜBERGANG ÖL Straße
          "uebergang_oel_strasse");
    CHECK(fold_for_matching("\xC3\xA9t\xC3\xA9") == "\xC3\xA9t\xC3\xA9");  // é stays as it is
    CHECK(fold_for_matching("") == "");
}

TEST_CASE("suggest: edit distance counts one per insertion, deletion, substitution or swap",
          "[suggest]") {
    //  buisness -> business: "is" swapped to "si", one edit (Levenshtein would say 2)
    CHECK(edit_distance("buisness", "business") == 1);
    CHECK(edit_distance("analyse", "analyze") == 1);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("same", "same") == 0);
    // Optimal string alignment edits a substring once: "ca" -> "abc" is 3, not 2.
    CHECK(edit_distance("ca", "abc") == 3);
}

TEST_CASE("suggest: the closest candidate is offered only when it is a likely typo", "[suggest]") {
    const std::vector<std::string> sectors{"business", "civil_society", "municipality"};
    CHECK(closest_match("buisness", sectors) == std::optional<std::string>("business"));
    CHECK(closest_match("Business", sectors) == std::optional<std::string>("business"));
    CHECK(closest_match("civil society", sectors) == std::optional<std::string>("civil_society"));
    CHECK(closest_match("foundation", sectors) == std::nullopt);
    CHECK(closest_match("", sectors) == std::nullopt);
    CHECK(closest_match("business", {}) == std::nullopt);

    const std::vector<std::string> headers{"sektor", "sector", "bereich"};
    CHECK(closest_match("Sekter", headers) ==
          std::optional<std::string>("sektor"));  // 1 edit, not 2
    const std::vector<std::string> words{"Tr\xC3\xA4ger", "Verein"};
    CHECK(closest_match("Traeger", words) == std::optional<std::string>("Tr\xC3\xA4ger"));
    CHECK(closest_match("Trager", words) == std::optional<std::string>("Tr\xC3\xA4ger"));
    // At most |word|/3 edits: "ab" may be "an", "xyz" is not "an".
    const std::vector<std::string> short_words{"an", "to"};
    CHECK(closest_match("ab", short_words) == std::optional<std::string>("an"));
    CHECK(closest_match("xyz", short_words) == std::nullopt);
    // Never the whole word replaced: "e" is no typo of "a", but "B" is "b".
    const std::vector<std::string> letters{"a", "b"};
    CHECK(closest_match("e", letters) == std::nullopt);
    CHECK(closest_match("B", letters) == std::optional<std::string>("b"));
}
