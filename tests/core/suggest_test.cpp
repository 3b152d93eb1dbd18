#include "core/suggest.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using coopnet::closest_match;

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
