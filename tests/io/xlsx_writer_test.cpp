#include "io/xlsx_writer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"
#include "io/csv_folder.hpp"
#include "io/network_format.hpp"
#include "io/xlsx_network_writer.hpp"
#include "tests/io/temporary_folder.hpp"
#include "tests/io/xlsx_contents.hpp"

using namespace coopnet;
namespace fs = std::filesystem;
using test::read_bytes;
using test::TemporaryFolder;
using test::xlsx_contents;

namespace {

// Two small tables: texts that look like numbers, numbers, an undefined number, booleans.
std::vector<XlsxTable> small_tables() {
    XlsxTable actors{"Akteure", {"Kennung", "Wert", "Verbindungsstelle"}, {}};
    actors.rows.push_back({std::string("04317"), 0.25, true});
    actors.rows.push_back(
        {std::string("Behörde <&>"), std::numeric_limits<double>::quiet_NaN(), false});
    actors.rows.push_back({std::string(), 3.0, std::monostate{}});
    XlsxTable empty{"leer", {"a"}, {}};
    return {actors, empty};
}

}  // namespace

TEST_CASE("xlsx writer: sheets, text and number cells, frozen header, autofilter", "[xlsx]") {
    const auto tables = small_tables();
    const auto sheets = xlsx_contents(xlsx_workbook_bytes(tables));
    REQUIRE(sheets.size() == 2);
    const test::XlsxSheetContents& actors = sheets[0];
    CHECK(actors.name == "Akteure");
    CHECK(sheets[1].name == "leer");
    CHECK(actors.frozen_cell == "A2");
    CHECK(actors.autofilter == "A1:C4");
    CHECK(sheets[1].autofilter == "A1");  // one cell: no range
    REQUIRE(actors.rows.size() == 4);
    CHECK(actors.rows[0][0].type == "s");
    CHECK(actors.rows[0][0].text == "Kennung");
    // "04317" stays text; 0.25 is a number; true a boolean.
    CHECK(actors.rows[1][0].type == "s");
    CHECK(actors.rows[1][0].text == "04317");
    CHECK(actors.rows[1][1].type == "n");
    CHECK(std::stod(actors.rows[1][1].text) == 0.25);
    CHECK(actors.rows[1][2].type == "b");
    CHECK(actors.rows[1][2].text == "1");
    CHECK(actors.rows[2][0].text == "Behörde <&>");
    // NaN, an empty text and monostate leave the cell out.
    CHECK(actors.rows[2].size() == 3);
    CHECK(actors.rows[2][1].type.empty());
    CHECK(actors.rows[2][2].text == "0");
    CHECK(actors.rows[3][0].type.empty());
    CHECK(actors.rows[3][1].text == "3");
}

TEST_CASE("xlsx writer: column widths follow the longest cell and are capped", "[xlsx]") {
    XlsxTable table{"t", {"id", "note"}, {}};
    table.rows.push_back({std::string("a"), std::string(500, 'x')});
    table.rows.push_back({std::string("Äußerst langer Name"), std::string("kurz")});
    const auto sheets = xlsx_contents(xlsx_workbook_bytes(std::vector<XlsxTable>{table}));
    REQUIRE(sheets[0].column_widths.size() == 2);
    // 19 characters (not 21 bytes), one more for the margin; the long note at the cap.
    CHECK(sheets[0].column_widths[0] == Approx(20.0).margin(1.0));
    CHECK(sheets[0].column_widths[1] == Approx(kXlsxMaxColumnWidth).margin(1.0));
}

TEST_CASE("xlsx writer: the same tables give the same bytes", "[xlsx]") {
    const auto tables = small_tables();
    const std::string first = xlsx_workbook_bytes(tables);
    const std::string second = xlsx_workbook_bytes(tables);
    CHECK(first == second);
    // Every zip entry is dated 1980-01-01 (libxlsxwriter's fixed date), and the document
    // properties carry the fixed creation date, not the time of writing.
    const auto entries = test::unzip(first);
    REQUIRE(entries.count("docProps/core.xml") == 1);
    CHECK(entries.at("docProps/core.xml").find("2000-01-01T00:00:00Z") != std::string::npos);
}

TEST_CASE("xlsx writer: bad sheet names and oversized cells are refused", "[xlsx]") {
    for (const std::string& name :
         std::vector<std::string>{"", "a/b", "a[1]", "what?", "'quoted'", std::string(32, 'x')}) {
        INFO(name);
        CHECK_THROWS_AS(xlsx_workbook_bytes(std::vector<XlsxTable>{{name, {"a"}, {}}}),
                        InvalidArgument);
    }
    CHECK_THROWS_AS(xlsx_workbook_bytes(std::vector<XlsxTable>{{"a", {"x"}, {}}, {"A", {"y"}, {}}}),
                    InvalidArgument);
    XlsxTable big{"t", {"a"}, {}};
    big.rows.push_back({std::string(40'000, 'x')});
    CHECK_THROWS_AS(xlsx_workbook_bytes(std::vector<XlsxTable>{big}), InvalidArgument);
}

TEST_CASE("xlsx writer: the workbook is written atomically and never onto an input", "[xlsx]") {
    TemporaryFolder folder("xlsx-writer-test");
    const fs::path input = folder.file("net.xlsx", "not a workbook");
    const fs::path inputs[] = {input};
    CHECK_THROWS_AS(write_xlsx_workbook(input, small_tables(), inputs), InvalidArgument);
    CHECK(read_bytes(input) == "not a workbook");
    const fs::path target = folder.path / "out.xlsx";
    write_xlsx_workbook(target, small_tables(), inputs);
    CHECK(read_bytes(target) == xlsx_workbook_bytes(small_tables()));
    // A failed write (a bad sheet name) leaves the old file as it was, and nothing beside it.
    const std::vector<XlsxTable> bad{{"a:b", {"x"}, {}}};
    CHECK_THROWS_AS(write_xlsx_workbook(target, bad), InvalidArgument);
    CHECK(read_bytes(target) == xlsx_workbook_bytes(small_tables()));
    CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 2);
}

TEST_CASE("xlsx network: the CSV folder's tables, ids as text and weights as numbers", "[xlsx]") {
    NetworkBuilder builder;
    builder.set_name("Mockau");
    builder.add_actor({.id = "04317",
                       .label = "Stadtteilbüro",
                       .sector = "municipality",
                       .attributes = {{"plz", std::string("04317")}}});
    builder.add_actor({.id = "b", .label = "", .sector = "business", .attributes = {}});
    builder.add_tie({.source = "04317",
                     .target = "b",
                     .weight = 2.5,
                     .kind = "project",
                     .period = {PartialDate::parse("2015-04"), std::nullopt},
                     .attributes = {}});
    const Network network = builder.build();
    const auto sheets = xlsx_contents(xlsx_workbook_bytes(network_workbook_tables(network)));
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[0].name == "actors");
    CHECK(sheets[1].name == "ties");
    CHECK(sheets[2].name == "network");
    const auto texts = [](const std::vector<test::XlsxCellContents>& row) {
        std::vector<std::string> result;
        for (const auto& cell : row) result.push_back(cell.text);
        return result;
    };
    CHECK(texts(sheets[0].rows[0]) == std::vector<std::string>{"id", "label", "sector", "plz"});
    CHECK(sheets[0].rows[1][0].type == "s");
    CHECK(sheets[0].rows[1][0].text == "04317");
    CHECK(sheets[0].rows[1][3].type == "s");
    CHECK(sheets[0].rows[1][3].text == "04317");
    CHECK(texts(sheets[1].rows[0]) ==
          std::vector<std::string>{"source", "target", "weight", "kind", "since", "until"});
    CHECK(sheets[1].rows[1][2].type == "n");
    CHECK(sheets[1].rows[1][2].text == "2.5");
    CHECK(sheets[1].rows[1][4].type == "s");
    CHECK(sheets[1].rows[1][4].text == "2015-04");
    CHECK(texts(sheets[2].rows[1]) == std::vector<std::string>{"name", "Mockau"});
    CHECK(texts(sheets[2].rows[2]) == std::vector<std::string>{"directed", "false"});
}

TEST_CASE("xlsx network: a workbook reads back to what the CSV folder reads back", "[xlsx]") {
    // Ids and attributes that look like numbers or Excel escapes, blanks at the ends, line
    // breaks, a weight that needs 17 digits, a numeric attribute (text after the round trip,
    // in the CSV folder as in the workbook), projects, a name and direction.
    const std::string json = R"({"name": "Leipzig-Ost \"Soziale Stadt\"", "directed": true,
 "actors": [
  {"id": "04317", "label": "Stadtplanungsamt", "sector": "municipality", "plz": "04317"},
  {"id": "verein", "label": "Bürgerverein, e.V.", "sector": "civil_society",
   "note": "line one\nline two", "Straße": "Hauptstr. 1"},
  {"id": "kirche", "label": "", "sector": "religious", "plz": " 04318 "},
  {"id": "firma", "label": " Müller & Söhne ", "sector": "business", "tab": "a\tb",
   "escape": "_x0041_ and _x005F_"},
  {"id": "TRUE", "label": "1e5", "sector": "other", "number": 3.5}],
 "ties": [
  {"source": "04317", "target": "verein", "weight": 0.30000000000000004, "kind": "funding",
   "since": "2003", "until": "2005-06"},
  {"source": "04317", "target": "verein", "weight": 2.5, "kind": "steering",
   "since": "2004-02-29", "Bemerkung": "a;b,c\r\nd"},
  {"source": "verein", "target": "firma", "weight": 0.001},
  {"source": "TRUE", "target": "kirche", "weight": 1e-300}],
 "projects": [
  {"id": "p1", "label": "Stadtteilfest; Nord", "since": "2004", "until": "2004",
   "members": ["verein", "kirche"], "budget": "12.000 €"},
  {"id": "p2", "label": "", "members": []}]})";
    ReadOptions options;
    options.format = NetworkFormat::CoopnetJson;
    const Network network = parse_network(json, options, "rich.json").network;
    TemporaryFolder folder("xlsx-writer-test");
    write_xlsx_network(network, folder.path / "plan.xlsx");
    write_csv_folder(network, folder.path / "csv", CsvStyle::standard());
    const Network from_workbook = read_network(folder.path / "plan.xlsx").network;
    CHECK(from_workbook == read_network(folder.path / "csv").network);
    CHECK(from_workbook.actor(0).id == "04317");
    CHECK(from_workbook.ties()[0].weight == 0.30000000000000004);
}
