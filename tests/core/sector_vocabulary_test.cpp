// The sector words planners write (core/sector_vocabulary.hpp): German and English,
// spelling variants, plurals, compounds, ambiguous and unknown words, the planner's map.
#include "core/sector_vocabulary.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "core/text.hpp"

using namespace coopnet;

namespace {

struct Case {
    const char* word;
    const char* sector;
};

std::string sector_of(std::string_view word,
                      const SectorVocabulary& vocabulary = SectorVocabulary{}) {
    return vocabulary.read(word).sector;
}

}  // namespace

TEST_CASE("sector words: German and English words planners write", "[sector_vocabulary]") {
    // The words of the issue that asked for this, one row each.
    const Case cases[] = {
        {"Kommune", "municipality"},
        {"Stadt", "municipality"},
        {"Stadtverwaltung", "municipality"},
        {"Verwaltung", "municipality"},
        {"Amt", "municipality"},
        {"kommunal", "municipality"},
        {"Behörde", "public_agency"},
        {"Jobcenter", "public_agency"},
        {"Agentur für Arbeit", "public_agency"},
        {"Polizei", "public_agency"},
        {"Wirtschaft", "business"},
        {"Unternehmen", "business"},
        {"Firma", "business"},
        {"Betrieb", "business"},
        {"Kammer", "business"},
        {"Einzelhandel", "business"},
        {"Stiftung", "foundation"},
        {"Verein", "civil_society"},
        {"Initiative", "civil_society"},
        {"Verband", "civil_society"},
        {"Wohlfahrtsverband", "civil_society"},
        {"freier Träger", "civil_society"},
        {"Zivilgesellschaft", "civil_society"},
        {"Kirche", "religious"},
        {"Moschee", "religious"},
        {"Religionsgemeinschaft", "religious"},
        {"Schule", "education"},
        {"Kita", "education"},
        {"Hochschule", "education"},
        {"Bildung", "education"},
        {"Bildungsträger", "education"},
        {"Politik", "politics"},
        {"Partei", "politics"},
        {"Rat", "politics"},
        {"Bezirksvertretung", "politics"},
        {"Sonstige", "other"},
        {"civil society", "civil_society"},
        {"company", "business"},
        {"church", "religious"},
        {"school", "education"},
    };
    for (const Case& c : cases) {
        INFO(c.word);
        const SectorReading reading = SectorVocabulary{}.read(c.word);
        CHECK(reading.sector == c.sector);
        CHECK(reading.match == SectorWordMatch::Known);
    }
}

TEST_CASE("sector words: case, umlaut spellings, separators and blanks do not matter",
          "[sector_vocabulary]") {
    for (const char* word : {"BEHÖRDE", "behoerde", "Behoerde", " Behörde ", "BEHOERDE"}) {
        INFO(word);
        CHECK(sector_of(word) == "public_agency");
    }
    for (const char* word :
         {"Freier Träger", "freier_traeger", "Freier-Träger", "FREIER  TRÄGER"}) {
        INFO(word);
        CHECK(sector_of(word) == "civil_society");
    }
    CHECK(sector_of("Straßenverein") == "civil_society");  // ß, and a compound
    CHECK(sector_word_key("Freier  Träger-Verein") == "freier traeger verein");
}

TEST_CASE("sector words: plurals, adjectives and compounds are read by their last part",
          "[sector_vocabulary]") {
    const Case cases[] = {
        {"Stiftungen", "foundation"},
        {"Kommunen", "municipality"},
        {"Vereine", "civil_society"},
        {"Behörden", "public_agency"},
        {"Schulen", "education"},
        {"Kitas", "education"},
        {"Kirchen", "religious"},
        {"Parteien", "politics"},
        {"Ämter", "municipality"},
        {"kommunale", "municipality"},
        {"städtisch", "municipality"},
        {"Bürgerstiftung", "foundation"},
        {"Sportverein", "civil_society"},
        {"Sportvereine", "civil_society"},
        {"Grundschule", "education"},
        {"Jugendamt", "municipality"},
        {"Handwerkskammer", "business"},
        {"Wohnungsunternehmen", "business"},
        {"evangelische Kirche", "religious"},
        {"private foundation", "foundation"},
        {"Kirchengemeinde", "religious"},
        {"Moscheeverein", "religious"},
        {"Arbeitsamt", "public_agency"},
        {"Arbeitgeberverband", "business"},
    };
    for (const Case& c : cases) {
        INFO(c.word);
        CHECK(sector_of(c.word) == c.sector);
    }
}

TEST_CASE("sector words: the documented sectors read as themselves", "[sector_vocabulary]") {
    for (std::string_view sector : kDefaultSectors) {
        const SectorReading reading = SectorVocabulary{}.read(sector);
        CHECK(reading.sector == sector);
        CHECK(reading.match == SectorWordMatch::Canonical);
    }
    CHECK(SectorVocabulary{}.read("").sector == "other");
    CHECK(SectorVocabulary{}.read("   ").sector == "other");
}

TEST_CASE("sector words: ambiguous words are not guessed", "[sector_vocabulary]") {
    for (const char* word : {"Gemeinde", "Gemeinden", "Träger", "council", "Ortsgemeinde"}) {
        INFO(word);
        const SectorReading reading = SectorVocabulary{}.read(word);
        CHECK(reading.match == SectorWordMatch::Ambiguous);
        CHECK(reading.sector == word);  // a group of its own, as written
        CHECK(reading.meanings.size() == 2);
    }
    CHECK(SectorVocabulary{}.read("Gemeinde").meanings ==
          std::vector<std::string>{"municipality", "religious"});
}

TEST_CASE("sector words: unknown words stay groups and name the closest known word",
          "[sector_vocabulary]") {
    const SectorReading typo = SectorVocabulary{}.read("Stiftnug");  // two letters swapped
    CHECK(typo.match == SectorWordMatch::Unknown);
    CHECK(typo.sector == "Stiftnug");
    CHECK(typo.closest == "Stiftung");
    const SectorReading far = SectorVocabulary{}.read("Quartiersmanagement");
    CHECK(far.match == SectorWordMatch::Unknown);
    CHECK(far.closest.empty());  // nothing near: no misleading hint
    // "Referat" ends in "rat" but is an office: not read as politics.
    CHECK(SectorVocabulary{}.read("Referat").match == SectorWordMatch::Unknown);
}

TEST_CASE("sector words: the planner's map wins, in any spelling of the word",
          "[sector_vocabulary]") {
    SectorMap map;
    map.entries = {
        {"Gemeinde", "religious"}, {"Quartiersmanagement", "municipality"}, {"Verein", "Vereine"}};
    const SectorVocabulary vocabulary(map);
    CHECK(vocabulary.read("gemeinde").sector == "religious");
    CHECK(vocabulary.read("gemeinde").match == SectorWordMatch::Planner);
    CHECK(vocabulary.read("QUARTIERSMANAGEMENT").sector == "municipality");
    CHECK(vocabulary.read("Verein").sector == "Vereine");       // a group of their own
    CHECK(vocabulary.read("Stiftung").sector == "foundation");  // the rest as built in
}

TEST_CASE("sector words: a network's words are read once each and counted", "[sector_vocabulary]") {
    Network network = make_network("", false,
                                   {{"a", "", "Kommune", {}},
                                    {"b", "", "Stiftung", {}},
                                    {"c", "", "Kommune", {}},
                                    {"d", "", "business", {}},
                                    {"e", "", "Gemeinde", {}}},
                                   {Tie{0, 1, 1.0, {}, {}, {}}});
    const SectorNormalisation read = normalise_sectors(std::move(network), SectorVocabulary{});
    REQUIRE(read.words.size() == 4);
    CHECK(read.words[0].word == "Kommune");
    CHECK(read.words[0].actors == 2);
    CHECK(read.words[0].examples == std::vector<std::string>{"a", "c"});
    CHECK(read.words[3].reading.match == SectorWordMatch::Ambiguous);
    CHECK(read.network.actor(0).sector == "municipality");
    CHECK(read.network.actor(1).sector == "foundation");
    CHECK(read.network.actor(3).sector == "business");
    CHECK(read.network.actor(4).sector == "Gemeinde");
    CHECK(read.network.adjacency().tie_count() == 1);  // ties untouched
}

TEST_CASE("text: edit distance counts a swap of neighbours as one edit", "[text]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);  // the textbook example
    CHECK(edit_distance("stiftung", "stiftnug") == 1);
    CHECK(edit_distance("ca", "abc") == 3);  // optimal string alignment, not full Damerau (2)
    CHECK(display_width("Behörde") == 7);
    CHECK(pad_right("Behörde", 9) == "Behörde  ");
}
