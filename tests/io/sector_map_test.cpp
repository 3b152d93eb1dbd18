// The planner's sector map (io/sector_map.hpp) and how read_network applies it together
// with the built-in vocabulary (core/sector_vocabulary.hpp).
#include "io/sector_map.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "core/error.hpp"
#include "io/network_format.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;
using test::TemporaryFolder;

namespace {

// A CSV folder of three actors with German sector words, one of them ambiguous. The
// tests read the folder, so the paths of its files are not needed ((void)).
void write_folder(const TemporaryFolder& folder) {
    (void)folder.file("akteure.csv",
                      "Kennung;Bezeichnung;Sektor\r\nja;Jugendamt;Kommune\r\n"
                      "kg;Ev. Kirchengemeinde;Gemeinde\r\nqb;Quartiersbüro;Quartiersbüro\r\n");
    (void)folder.file("kooperationen.csv", "Quelle;Ziel\r\nja;kg\r\nkg;qb\r\n");
}

}  // namespace

TEST_CASE(
    "sector map: word and sector split by a semicolon, with or without a header, Excel's bytes",
    "[sector_map]") {
    TemporaryFolder folder("sector-map");
    const SectorMap with_header = read_sector_map(
        folder.file("a.csv",
                    "\xEF\xBB\xBFWort;Sektor\r\nGemeinde;religious\r\nQuartiersbüro;"
                    "municipality\r\n"));
    REQUIRE(with_header.entries.size() == 2);
    CHECK(with_header.entries[0] == std::pair<std::string, std::string>{"Gemeinde", "religious"});
    const SectorMap without = read_sector_map(folder.file("b.csv", "Gemeinde,religious\n"));
    REQUIRE(without.entries.size() == 1);
    CHECK(without.entries[0].second == "religious");
}

TEST_CASE("sector map: bad rows are named with file and line", "[sector_map]") {
    TemporaryFolder folder("sector-map");
    const auto path = folder.file(
        "bad.csv", "word,sector\nGemeinde,religious\n,business\nVerein,\ngemeinde,municipality\n");
    try {
        read_sector_map(path);
        FAIL("no InputError");
    } catch (const InputError& error) {
        REQUIRE(error.problems().size() == 3);
        CHECK(error.problems()[0].where.line == 3);
        CHECK(error.problems()[0].message == "a row without a word");
        CHECK(error.problems()[1].where.line == 4);
        CHECK(error.problems()[1].message == "no sector for 'Verein'");
        CHECK(error.problems()[2].where.line == 5);  // the same word in another spelling
        CHECK(error.problems()[2].message ==
              "'gemeinde' is mapped to 'religious' on line 2 and to 'municipality' here");
    }
}

TEST_CASE("sector map: a folder's sectors.csv applies, and --sector-map wins over it",
          "[sector_map]") {
    TemporaryFolder folder("sector-map-folder");
    write_folder(folder);

    const ReadResult plain = read_network(folder.path);
    CHECK(plain.network.actor(0).sector == "municipality");  // Kommune, built in
    CHECK(plain.network.actor(1).sector == "Gemeinde");      // ambiguous: not guessed
    CHECK(plain.network.actor(2).sector == "Quartiersbüro");
    CHECK(plain.warnings.size() == 2);

    (void)folder.file("sectors.csv",
                      "Wort;Sektor\nGemeinde;religious\nQuartiersbüro;municipality\n");
    const ReadResult mapped = read_network(folder.path);
    CHECK(mapped.network.actor(1).sector == "religious");
    CHECK(mapped.network.actor(2).sector == "municipality");
    CHECK(mapped.warnings.empty());
    REQUIRE(mapped.sector_words.size() == 3);
    CHECK(mapped.sector_words[1].reading.match == SectorWordMatch::Planner);

    ReadOptions options;
    options.sector_map.entries = {{"quartiersbuero", "civil_society"}};
    const ReadResult overridden = read_network(folder.path, options);
    CHECK(overridden.network.actor(2).sector == "civil_society");
    CHECK(overridden.network.actor(1).sector == "religious");  // the folder's line still holds

    (void)folder.file("Sektoren.csv", "Gemeinde;religious\n");
    CHECK_THROWS_AS(read_network(folder.path), InputError);  // two maps: which one?
}
