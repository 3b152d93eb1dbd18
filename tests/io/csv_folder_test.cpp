#include "io/csv_folder.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;
namespace fs = std::filesystem;
using test::read_bytes;
using test::TemporaryFolder;

namespace {

// Every problem read_csv_folder() throws, as `FILE:LINE:COL: message` with FILE relative
// to `folder` (the folder itself shows as ".").
std::vector<std::string> problems_of(const fs::path& folder) {
    try {
        (void)read_csv_folder(folder);
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (Diagnostic problem : error.problems()) {
            problem.where.file = fs::path(problem.where.file).lexically_relative(folder).string();
            lines.push_back(problem.to_string());
        }
        return lines;
    }
    return {};
}

// The warnings of `result` as `FILE:LINE:COL: message`, FILE its name without the folder.
std::vector<std::string> warning_lines(const ReadResult& result) {
    std::vector<std::string> lines;
    for (Diagnostic warning : result.warnings) {
        warning.where.file = fs::path(warning.where.file).filename().string();
        lines.push_back(warning.to_string());
    }
    return lines;
}

bool has_line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (const std::string& line : lines) {
        if (line.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

std::string list(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

PartialDate date(int year, int month = 0, int day = 0) { return PartialDate{year, month, day}; }

// The network of the sample folder tests/data/csv/excel_de, built by hand.
Network expected_excel_de() {
    std::vector<Actor> actors = {
        {"jugendamt", "Jugendamt Leipzig", "municipality", {{"PLZ", std::string("04317")}}},
        {"verein",
         "B\xC3\xBCrgerverein Sch\xC3\xB6nefeld",
         "civil_society",
         {{"PLZ", std::string("04318")}}},
        {"kirche", "St. Marien", "religious", {}},
    };
    std::vector<Tie> ties = {
        {0, 1, 2.5, "F\xC3\xB6rderung", Period{date(2003), date(2005, 6)}, {}},
        {1, 2, 1.0, "Austausch", Period{}, {{"Notiz", std::string("Treffen; monatlich")}}},
        {2,
         2,
         0.75,
         "Gremium",
         Period{date(2004, 2, 29), std::nullopt},
         {{"Notiz", std::string("Kosten 80 \xE2\x82\xAC")}}},
    };
    std::vector<Project> projects = {
        {"p1", "Stadtteilfest", Period{date(2004), date(2004)}, {1, 2}, {}},
    };
    return make_network("", false, std::move(actors), std::move(ties), std::move(projects));
}

// A network with everything a CSV folder must carry through a round trip.
Network rich_network() {
    std::vector<Actor> actors = {
        {"amt",
         "Stadtplanungsamt",
         "municipality",
         {{"plz", std::string("04317")}, {"note", std::string("says \"yes\"; maybe")}}},
        {"verein",
         "B\xC3\xBCrgerverein, e.V.",
         "civil_society",
         {{"note", std::string("line one\nline two")},
          {"Stra\xC3\x9F"
           "e",
           std::string("Hauptstr. 1")}}},
        {"kirche", "", "religious", {{"plz", std::string(" 04318 ")}}},
        {"firma", " M\xC3\xBCller & S\xC3\xB6hne ", "business", {}},
        {"isolat", "Isolat", "other", {}},
    };
    std::vector<Tie> ties = {
        {0, 1, 1.0, "funding", Period{date(2003), date(2005, 6)}, {}},
        {0,
         1,
         2.5,
         "steering",
         Period{date(2004, 2, 29), std::nullopt},
         {{"Bemerkung", std::string("a;b,c\r\nd")}}},
        {0, 1, 0.1, "funding", Period{std::nullopt, date(2010)}, {}},  // multiplex, same kind
        {2, 2, 3.0, "self", Period{}, {{"Bemerkung", std::string("Selbst")}}},
        {1, 3, 1e-3, "", Period{}, {}},
        {3, 0, 123456.789, "exchange", Period{date(2001, 12), date(2002, 1)}, {}},
    };
    std::vector<Project> projects = {
        {"p1",
         "Stadtteilfest; Nord",
         Period{date(2004), date(2004)},
         {1, 2, 0},
         {{"budget", std::string("12.000 \xE2\x82\xAC")}}},
        {"p2", "", Period{}, {}, {}},
        {"p3", "Leerstand", Period{date(2006, 3), std::nullopt}, {3}, {}},
    };
    return make_network("Leipzig-Ost \"Soziale Stadt\"", true, std::move(actors), std::move(ties),
                        std::move(projects));
}

}  // namespace

TEST_CASE("csv folder: a German Excel folder in Windows-1252 reads to the network drawn by hand",
          "[csv_folder]") {
    const fs::path folder = fs::path(COOPNET_TEST_DATA_DIR) / "csv" / "excel_de";
    const ReadResult result = read_csv_folder(folder);
    CHECK(result.network == expected_excel_de());
    // Both files with umlauts were read as Windows-1252, each warned about once:
    // actors.csv line 3 `verein;B\xFC`: 0xFC at column 9; ties.csv line 2
    // `jugendamt;verein;2,5;F\xF6`: 0xF6 at column 23. The attribute columns PLZ
    // (actors.csv 1:21) and Notiz (ties.csv 1:32) and the empty weight of line 3 (its
    // column Gewicht at 1:8) are warned about once each.
    const std::vector<std::string> warnings = warning_lines(result);
    INFO(list(warnings));
    REQUIRE(warnings.size() == 5);
    CHECK(has_line_starting(warnings, "actors.csv:3:9: not valid UTF-8 (byte 0xFC)"));
    CHECK(has_line_starting(warnings, "ties.csv:2:23: not valid UTF-8 (byte 0xF6)"));
    CHECK(has_line_starting(warnings, "actors.csv:1:21: column 'PLZ' is kept as an attribute"));
    CHECK(has_line_starting(warnings, "ties.csv:1:32: column 'Notiz' is kept as an attribute"));
    CHECK(has_line_starting(warnings, "ties.csv:1:8: 1 tie without weight counts as 1"));
}

TEST_CASE("csv folder: a comma folder with a BOM and network.csv reads name and direction",
          "[csv_folder]") {
    const fs::path folder = fs::path(COOPNET_TEST_DATA_DIR) / "csv" / "basic";
    const ReadResult result = read_csv_folder(folder);
    const std::vector<std::string> warnings = warning_lines(result);
    INFO(list(warnings));
    CHECK(warnings.size() == 2);
    CHECK(has_line_starting(warnings, "actors.csv:1:17: column 'founded' is kept as an attribute"));
    CHECK(has_line_starting(warnings, "ties.csv:1:15: 1 tie without weight counts as 1"));
    const Network& network = result.network;
    CHECK(network.name() == "Basic sample");
    CHECK(network.directed());
    REQUIRE(network.actor_count() == 3);
    CHECK(network.actor(1).label == "Beta, Inc.");
    CHECK(network.actor(1).sector == "other");   // empty sector cell
    CHECK(network.actor(1).attributes.empty());  // empty attribute cell
    CHECK(network.actor(0).attributes.at("founded") == AttributeValue(std::string("1990")));
    REQUIRE(network.ties().size() == 3);
    CHECK(network.ties()[0].period == Period{date(2003, 5), date(2004)});
    CHECK(network.ties()[1].weight == 1.0);  // empty weight
    CHECK(network.ties()[1].source == 1);
    CHECK(network.ties()[1].target == 0);
    CHECK(network.ties()[2].weight == 3.5);
    CHECK(network.ties()[2].kind == "project \"Nord\"");
    CHECK(network.projects().empty());
}

TEST_CASE("csv folder: header names match without case and blanks, in English and German",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("Actors.CSV", " ID ;BEZEICHNUNG;bereich\nA;Amt A;municipality\nB;;\n");
    (void)folder.file("ties.csv", "Quelle;Ziel;GEWICHT;Typ;start;Bis\nA;B;1,5;x;2001;2002\n");
    (void)folder.file("projects.csv", "Kennung;Name;Beginn;Ende\nP;Projekt P;2003;\n");
    (void)folder.file("memberships.csv", "Akteur;PROJEKT\nB;P\nA;P\n");
    (void)folder.file("network.csv", "Schl\xC3\xBCssel;Wert\ndirected;ja\n");
    const Network network = read_csv_folder(folder.path).network;
    CHECK(network.directed());
    REQUIRE(network.actor_count() == 2);
    CHECK(network.actor(0).id == "A");
    CHECK(network.actor(0).label == "Amt A");
    CHECK(network.actor(0).sector == "municipality");
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].weight == 1.5);
    CHECK(network.ties()[0].kind == "x");
    CHECK(network.ties()[0].period == Period{date(2001), date(2002)});
    REQUIRE(network.projects().size() == 1);
    CHECK(network.projects()[0].label == "Projekt P");
    CHECK(network.projects()[0].period == Period{date(2003), std::nullopt});
    CHECK(network.projects()[0].members == std::vector<NodeId>{1, 0});  // B, then A
}

TEST_CASE("csv folder: 'Von' is the source in ties.csv and the start in projects.csv",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\nb\n");
    (void)folder.file("ties.csv", "Von,An\nb,a\n");
    (void)folder.file("projects.csv", "id,Von,Bis\np,2003,2005\n");
    const Network network = read_csv_folder(folder.path).network;
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].source == 1);
    CHECK(network.ties()[0].target == 0);
    CHECK(network.projects()[0].period == Period{date(2003), date(2005)});
}

TEST_CASE("csv folder: attribute text stays as written and empty cells mean no attribute",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id,plz,note\na,04317,\" x \"\nb,,\n");
    (void)folder.file("ties.csv", "source,target,since note\na,b,1.50\n");
    const Network network = read_csv_folder(folder.path).network;
    CHECK(network.actor(0).attributes ==
          Attributes{{"plz", std::string("04317")}, {"note", std::string(" x ")}});
    CHECK(network.actor(1).attributes.empty());
    CHECK(network.ties()[0].attributes == Attributes{{"since note", std::string("1.50")}});
}

TEST_CASE("csv folder: every bad cell of every file is reported with file, line and column",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    //          line 1   id
    //          line 2   a
    //          line 3   b
    //          line 4   a            <- duplicate
    (void)folder.file("actors.csv", "id\na\nb\na\n");
    // Columns of `a,b,X`: source 1, target 3, weight 5; of `a,b,1,X`: since 7.
    (void)folder.file("ties.csv",
                      "source,target,weight,since,until\n"
                      "a,b,abc,,\n"            // 2
                      "a,b,0,,\n"              // 3
                      "a,b,-1,,\n"             // 4
                      "a,b,nan,,\n"            // 5
                      "a,b,inf,,\n"            // 6
                      "a,b,1,17.05.2003,\n"    // 7
                      "a,x,1,,\n"              // 8 unknown target
                      "a,b,2,2005,2003\n"      // 9 reversed period
                      "a,b,\"1,5\",,\n"        // 10 decimal comma in a comma file
                      "a,b,1,,2003-02-30\n");  // 11 impossible day, until at column 8
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    CHECK(problems.size() == 11);
    CHECK(has_line_starting(problems, "actors.csv:4:1: duplicate actor id 'a'"));
    CHECK(has_line_starting(problems, "ties.csv:2:5: weight 'abc' is not a number"));
    CHECK(has_line_starting(problems, "ties.csv:3:5: weight must be a finite number > 0"));
    CHECK(has_line_starting(problems, "ties.csv:4:5: weight must be a finite number > 0"));
    CHECK(has_line_starting(problems, "ties.csv:5:5: weight must be a finite number > 0"));
    CHECK(has_line_starting(problems, "ties.csv:6:5: weight must be a finite number > 0"));
    CHECK(has_line_starting(problems, "ties.csv:7:7: since '17.05.2003' is not a date"));
    CHECK(has_line_starting(problems, "ties.csv:8: tie target 'x' is not a known actor"));
    CHECK(has_line_starting(problems, "ties.csv:9: tie begins (2005) after it ends (2003)"));
    CHECK(has_line_starting(problems, "ties.csv:10:5: weight '1,5' has a comma"));
    CHECK(has_line_starting(problems, "ties.csv:11:8: until '2003-02-30' is not a date"));
}

TEST_CASE("csv folder: an ambiguous thousands separator in a weight is refused", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\nb\n");
    (void)folder.file("ties.csv", "Quelle;Ziel;Gewicht\na;b;1.000,5\na;b;1.000\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 2);
    CHECK(has_line_starting(problems, "ties.csv:2:5: weight '1.000,5' mixes '.' and ','"));
    CHECK(has_line_starting(problems, "ties.csv:3:5: weight '1.000' may use '.' as a thousands"));
}

TEST_CASE(
    "csv folder: problems of CSV syntax and of content in different files are listed "
    "together",
    "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id,label\na,x\"y\nb,ok\n");  // stray quote at 2:4
    (void)folder.file("ties.csv", "source,target,weight\na,b,-2\n");
    (void)folder.file("projects.csv", "id,label\np,\"never closed\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    CHECK(has_line_starting(problems, "actors.csv:2:4: stray quote"));
    CHECK(has_line_starting(problems, "ties.csv:2:5: weight must be a finite number > 0"));
    CHECK(has_line_starting(problems, "projects.csv:2:3: unterminated quoted field"));
}

TEST_CASE("csv folder: a missing required column is reported at line 1 of its file",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "name\nAmt\n");
    (void)folder.file("ties.csv", "source,weight\na,1\n");
    (void)folder.file("projects.csv", "id\np\n");
    (void)folder.file("memberships.csv", "project\np\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 3);
    CHECK(has_line_starting(problems, "actors.csv:1: missing the required column 'id'"));
    CHECK(has_line_starting(problems,
                            "ties.csv:1: missing the required column 'target' (also accepted: "
                            "ziel, an, to)"));
    CHECK(has_line_starting(problems, "memberships.csv:1: missing the required column 'actor'"));
}

TEST_CASE("csv folder: two columns for one field are refused", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id,Name,Label,x,x\na,A,B,1,2\n");
    (void)folder.file("ties.csv", "source,target\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 2);
    CHECK(has_line_starting(problems, "actors.csv:1:9: column 'Label' is a second label column"));
    CHECK(has_line_starting(problems, "actors.csv:1:17: attribute column 'x' appears twice"));
}

TEST_CASE("csv folder: missing files and folders are named", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 2);
    CHECK(has_line_starting(problems, ".: the folder has no actors.csv"));
    CHECK(has_line_starting(problems, ".: the folder has no ties.csv"));

    CHECK_THROWS_AS(read_csv_folder(folder.path / "absent"), InputError);
    const fs::path file = folder.file("plain.txt", "x");
    CHECK_THROWS_AS(read_csv_folder(file), InputError);
}

TEST_CASE("csv folder: ties are not checked against an actors.csv that cannot be read",
          "[csv_folder]") {
    // actors.csv has an unterminated quote on line 2; ties.csv is fine but for a weight
    // of 0 on line 3. Its ids are not reported as unknown actors.
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id,label\na,\"Jugendamt\nb,Verein\n");
    (void)folder.file("ties.csv", "source,target,weight\na,b,1\na,b,0\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 2);
    CHECK(has_line_starting(problems, "actors.csv:2:3: unterminated quoted field"));
    CHECK(has_line_starting(problems, "ties.csv:3:"));
}

TEST_CASE("csv folder: an empty file is an error naming it", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\n");
    (void)folder.file("ties.csv", "");
    const auto problems = problems_of(folder.path);
    REQUIRE(problems.size() == 1);
    CHECK(has_line_starting(problems, "ties.csv: the file is empty"));
}

TEST_CASE("csv folder: bad network.csv values are errors, unknown keys warnings", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\n");
    (void)folder.file("ties.csv", "source,target\n");
    (void)folder.file("network.csv", "key,value\ndirected,perhaps\n");
    const auto problems = problems_of(folder.path);
    REQUIRE(problems.size() == 1);
    CHECK(has_line_starting(problems, "network.csv:2:10: directed must be true or false"));

    (void)folder.file("network.csv", "key,value\ncolour,blue\nname, N \n");
    const ReadResult result = read_csv_folder(folder.path);
    CHECK(result.network.name() == " N ");
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].message == "unknown key 'colour' ignored");
    CHECK(result.warnings[0].where.line == 2);
}

TEST_CASE("csv folder: a written folder reads back to an equal network in both styles",
          "[csv_folder]") {
    const Network original = rich_network();
    for (const CsvStyle& style : {CsvStyle::standard(), CsvStyle::excel_de()}) {
        TemporaryFolder folder("csv-folder-test");
        const fs::path target = folder.path / "out";
        write_csv_folder(original, target, style);
        const ReadResult back = read_csv_folder(target);
        // Only the attribute columns are news: actors.csv, ties.csv and projects.csv.
        CHECK(back.warnings.size() == 3);
        for (const Diagnostic& warning : back.warnings) {
            CHECK(warning.message.find(" kept as a") != std::string::npos);
        }
        CHECK(back.network == original);
        CHECK(fs::exists(target / "projects.csv"));
        CHECK(fs::exists(target / "memberships.csv"));
        CHECK(fs::exists(target / "network.csv"));
    }
}

TEST_CASE("csv folder: the German sample survives a round trip through both styles",
          "[csv_folder]") {
    const Network original = expected_excel_de();
    for (const CsvStyle& style : {CsvStyle::standard(), CsvStyle::excel_de()}) {
        TemporaryFolder folder("csv-folder-test");
        write_csv_folder(original, folder.path / "out", style);
        CHECK(read_csv_folder(folder.path / "out").network == original);
        // Undirected and unnamed: no network.csv.
        CHECK_FALSE(fs::exists(folder.path / "out" / "network.csv"));
    }
}

TEST_CASE("csv folder: Newman projection weighting is kept through network.csv", "[csv_folder]") {
    const Network original = rich_network().with_projection_weighting(ProjectionWeighting::Newman);
    TemporaryFolder folder("csv-folder-test");
    write_csv_folder(original, folder.path / "out", CsvStyle::standard());
    const Network back = read_csv_folder(folder.path / "out").network;
    CHECK(back.projection_weighting() == ProjectionWeighting::Newman);
    CHECK(back == original);
}

TEST_CASE("csv folder: the writer's output is exactly the documented layout", "[csv_folder]") {
    std::vector<Actor> actors = {
        {"a", "Amt", "municipality", {{"z", 2.5}, {"plz", std::string("04317")}}},
        {"b", "", "other", {}}};
    std::vector<Tie> ties = {
        {0, 1, 1.5, "funding", Period{date(2003), std::nullopt}, {{"note", std::string("x;y")}}},
        {1, 1, 1.0, "", Period{}, {}}};
    const Network network = make_network("", false, std::move(actors), std::move(ties));
    TemporaryFolder folder("csv-folder-test");
    write_csv_folder(network, folder.path / "default", CsvStyle::standard());
    CHECK(read_bytes(folder.path / "default" / "actors.csv") ==
          "id,label,sector,plz,z\na,Amt,municipality,04317,2.5\nb,,other,,\n");
    CHECK(read_bytes(folder.path / "default" / "ties.csv") ==
          "source,target,weight,kind,since,until,note\n"
          "a,b,1.5,funding,2003,,x;y\n"
          "b,b,1,,,,\n");
    CHECK_FALSE(fs::exists(folder.path / "default" / "projects.csv"));
    CHECK_FALSE(fs::exists(folder.path / "default" / "memberships.csv"));
    CHECK_FALSE(fs::exists(folder.path / "default" / "network.csv"));

    write_csv_folder(network, folder.path / "de", CsvStyle::excel_de());
    CHECK(read_bytes(folder.path / "de" / "actors.csv") ==
          "\xEF\xBB\xBFid;label;sector;plz;z\r\na;Amt;municipality;04317;2,5\r\nb;;other;;\r\n");
    CHECK(read_bytes(folder.path / "de" / "ties.csv") ==
          "\xEF\xBB\xBFsource;target;weight;kind;since;until;note\r\n"
          "a;b;1,5;funding;2003;;\"x;y\"\r\n"
          "b;b;1;;;;\r\n");
    // The numeric attribute reads back as its text.
    const Network back = read_csv_folder(folder.path / "de").network;
    CHECK(back.actor(0).attributes.at("z") == AttributeValue(std::string("2,5")));
}

TEST_CASE("csv folder: writing twice gives byte-identical files", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    const Network network = rich_network();
    write_csv_folder(network, folder.path / "one", CsvStyle::excel_de());
    write_csv_folder(network, folder.path / "two", CsvStyle::excel_de());
    for (const char* name :
         {"actors.csv", "ties.csv", "projects.csv", "memberships.csv", "network.csv"}) {
        CHECK(read_bytes(folder.path / "one" / name) == read_bytes(folder.path / "two" / name));
    }
}

TEST_CASE("csv folder: projects and memberships are written in order", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    write_csv_folder(rich_network(), folder.path / "out", CsvStyle::standard());
    CHECK(read_bytes(folder.path / "out" / "projects.csv") ==
          "id,label,since,until,budget\n"
          "p1,Stadtteilfest; Nord,2004,2004,12.000 \xE2\x82\xAC\n"
          "p2,,,,\n"
          "p3,Leerstand,2006-03,,\n");
    CHECK(read_bytes(folder.path / "out" / "memberships.csv") ==
          "project,actor\np1,verein\np1,kirche\np1,amt\np3,firma\n");
    CHECK(read_bytes(folder.path / "out" / "network.csv") ==
          "key,value\nname,\"Leipzig-Ost \"\"Soziale Stadt\"\"\"\ndirected,true\n");
}

TEST_CASE("csv folder: the writer replaces its own old output, never other files or its input",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    const fs::path target = folder.path / "out";
    write_csv_folder(expected_excel_de(), target, CsvStyle::standard());
    REQUIRE(fs::exists(target / "projects.csv"));
    const Network without_projects = make_network("", false, {{"a", "", "other", {}}}, {});
    write_csv_folder(without_projects, target, CsvStyle::standard());
    CHECK(read_csv_folder(target).network == without_projects);
    CHECK_FALSE(fs::exists(target / "projects.csv"));  // not written again: removed
    write_csv_folder(expected_excel_de(), target, CsvStyle::standard());

    { std::ofstream(target / "notes.csv") << "the user's"; }
    CHECK_THROWS_AS(write_csv_folder(rich_network(), target, CsvStyle::standard()),
                    InvalidArgument);
    CHECK(fs::exists(target / "notes.csv"));
    fs::remove(target / "notes.csv");

    const std::vector<fs::path> inputs = {target};
    CHECK_THROWS_AS(write_csv_folder(rich_network(), target, CsvStyle::standard(), inputs),
                    InvalidArgument);
    CHECK(read_csv_folder(target).network == expected_excel_de());  // untouched
}

TEST_CASE("csv folder: attribute names that would read back as a field are refused",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    const auto with_actor_attribute = [](const std::string& name) {
        return make_network("", false, {{"a", "", "other", {{name, std::string("v")}}}}, {});
    };
    CHECK_THROWS_AS(
        write_csv_folder(with_actor_attribute("Name"), folder.path / "o", CsvStyle::standard()),
        InvalidArgument);
    CHECK_THROWS_AS(
        write_csv_folder(with_actor_attribute(" pad"), folder.path / "o", CsvStyle::standard()),
        InvalidArgument);
    CHECK_FALSE(fs::exists(folder.path / "o"));
    // "von" is fine for actors; it names a field only in ties.csv and projects.csv.
    write_csv_folder(with_actor_attribute("von"), folder.path / "o", CsvStyle::standard());
    CHECK(read_csv_folder(folder.path / "o").network == with_actor_attribute("von"));
}

TEST_CASE("csv folder: an empty network round trips", "[csv_folder]") {
    const Network empty = make_network("", false, {}, {});
    TemporaryFolder folder("csv-folder-test");
    write_csv_folder(empty, folder.path / "o", CsvStyle::excel_de());
    CHECK(read_csv_folder(folder.path / "o").network == empty);
}

TEST_CASE("csv folder: the tables may have German names, in any case", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("Akteure.csv", "id;Name\na;Amt A\nb;Verein B\n");
    (void)folder.file("KOOPERATIONEN.CSV", "Von;An;Gewicht\na;b;2\n");
    (void)folder.file("projekte.csv", "Kennung;Bezeichnung\np;Fest\n");
    (void)folder.file("Mitgliedschaften.csv", "Projekt;Akteur\np;a\np;b\n");
    (void)folder.file("netzwerk.csv", "Schl\xC3\xBCssel;Wert\nname;Mockau\ndirected;ja\n");
    const ReadResult result = read_csv_folder(folder.path);
    CHECK(result.warnings.empty());
    const Network& network = result.network;
    CHECK(network.name() == "Mockau");
    CHECK(network.directed());
    REQUIRE(network.actor_count() == 2);
    CHECK(network.actor(1).label == "Verein B");
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].weight == 2.0);
    REQUIRE(network.projects().size() == 1);
    CHECK(network.projects()[0].members == std::vector<NodeId>{0, 1});

    // beziehungen.csv is the other German name of ties.csv.
    TemporaryFolder other("csv-folder-test");
    (void)other.file("akteure.csv", "id\na\nb\n");
    (void)other.file("Beziehungen.csv", "Quelle,Ziel\nb,a\n");
    REQUIRE(read_csv_folder(other.path).network.ties().size() == 1);
}

TEST_CASE("csv folder: two files for one table are an error naming both", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\nb\n");
    (void)folder.file("Akteure.csv", "id\na\nb\n");
    (void)folder.file("kooperationen.csv", "source,target\na,b\n");
    (void)folder.file("beziehungen.csv", "source,target\na,b\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    REQUIRE(problems.size() == 2);
    CHECK(has_line_starting(problems,
                            ".: the folder has Akteure.csv and actors.csv: two files for the "
                            "actors table; keep one"));
    CHECK(has_line_starting(problems,
                            ".: the folder has beziehungen.csv and kooperationen.csv: two files "
                            "for the ties table; keep one"));
}

TEST_CASE("csv folder: the organisation's name under any of its headings is the label",
          "[csv_folder]") {
    for (const char* heading : {"Name", "Name der Einrichtung", "NAME DER EINRICHTUNG",
                                "Organisation", "Einrichtung", "Bezeichnung", "label"}) {
        TemporaryFolder folder("csv-folder-test");
        (void)folder.file("actors.csv", std::string("Kennung;") + heading + "\na;Jugendamt\n");
        (void)folder.file("ties.csv", "source;target\n");
        const ReadResult result = read_csv_folder(folder.path);
        INFO(heading);
        CHECK(result.warnings.empty());
        REQUIRE(result.network.actor_count() == 1);
        CHECK(result.network.actor(0).id == "a");
        CHECK(result.network.actor(0).label == "Jugendamt");
    }
    // Umlauts match in either case and spelled out: SCHLÜSSEL, Schluessel.
    for (const char* key : {"SCHL\xC3\x9CSSEL", "Schluessel"}) {
        TemporaryFolder folder("csv-folder-test");
        (void)folder.file("actors.csv", "id\na\n");
        (void)folder.file("ties.csv", "source,target\n");
        (void)folder.file("network.csv", std::string(key) + ",wert\nname,N\n");
        INFO(key);
        CHECK(read_csv_folder(folder.path).network.name() == "N");
    }
}

TEST_CASE("csv folder: a name column is no id, the message says what is missing", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "Name der Einrichtung\nJugendamt\nVerein\n");
    (void)folder.file("ties.csv", "source,target\nJugendamt,Verein\n");
    const auto problems = problems_of(folder.path);
    INFO(list(problems));
    // Only the missing id: the ties are not checked against actors without ids.
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          "actors.csv:1: missing the required column 'id' (also accepted: kennung); 'Name der "
          "Einrichtung' is the label, shown in tables and maps: add a column of short unique "
          "ids that ties.csv names");
}

TEST_CASE("csv folder: attribute columns get one warning per file naming the field names",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    //            col 1   4    9      16
    (void)folder.file("actors.csv", "id;Name;Sekter;PLZ\na;A;business;04317\n");
    (void)folder.file("ties.csv", "source;target;Notiz\na;a;x\n");
    (void)folder.file("projects.csv", "id;label\np;P\n");
    const ReadResult result = read_csv_folder(folder.path);
    const std::vector<std::string> warnings = warning_lines(result);
    INFO(list(warnings));
    REQUIRE(warnings.size() == 2);  // none for projects.csv, which has no other columns
    CHECK(warnings[0] ==
          "actors.csv:1:9: columns 'Sekter' (did you mean 'sektor'?), 'PLZ' are kept as "
          "attributes; the columns read as fields are id (kennung), label (name, bezeichnung, "
          "organisation, einrichtung, name der einrichtung), sector (sektor, bereich)");
    CHECK(has_line_starting(warnings,
                            "ties.csv:1:15: column 'Notiz' is kept as an attribute; the columns "
                            "read as fields are source (quelle, von, from), target (ziel, an, "
                            "to), weight (gewicht), kind (art, typ, type), since (beginn, "
                            "start), until (ende, bis, end)"));
    // Kept as attributes all the same, the typo included.
    CHECK(result.network.actor(0).attributes ==
          Attributes{{"Sekter", std::string("business")}, {"PLZ", std::string("04317")}});
    CHECK(result.network.actor(0).sector == "other");
}

TEST_CASE("csv folder: empty weights count as 1 with one warning per file", "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    (void)folder.file("actors.csv", "id\na\nb\nc\n");
    //             weight at column 15
    (void)folder.file("ties.csv", "source,target,weight\na,b,\nb,c,  \na,c,2\nc,a,\n");
    const ReadResult result = read_csv_folder(folder.path);
    CHECK(warning_lines(result) ==
          std::vector<std::string>{"ties.csv:1:15: 3 ties without weight count as 1"});
    std::vector<double> weights;
    for (const TieRef& tie : result.network.ties()) weights.push_back(tie.weight);
    CHECK(weights == std::vector<double>{1.0, 1.0, 2.0, 1.0});

    // Without a weight column every tie weighs 1, and that is no news.
    TemporaryFolder unweighted("csv-folder-test");
    (void)unweighted.file("actors.csv", "id\na\nb\n");
    (void)unweighted.file("ties.csv", "source,target\na,b\n");
    CHECK(read_csv_folder(unweighted.path).warnings.empty());
}

TEST_CASE("csv folder: a .csv file given for the folder is refused, naming the folder",
          "[csv_folder]") {
    TemporaryFolder folder("csv-folder-test");
    const fs::path actors = folder.file("akteure.csv", "id\na\n");
    const fs::path ties = folder.file("ties.csv", "source,target\n");
    const fs::path notes = folder.file("notizen.csv", "x\n");
    for (const fs::path& table : {actors, ties}) {
        const auto problems = problems_of(table);
        INFO(list(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].find(": this is one table of a CSV folder; give the folder itself: " +
                               folder.path.string()) != std::string::npos);
    }
    const auto problems = problems_of(notes);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find(": this file lies in a CSV folder; give the folder itself: " +
                           folder.path.string()) != std::string::npos);

    TemporaryFolder elsewhere("csv-folder-test");
    const fs::path lone = elsewhere.file("kontakte.csv", "a,b\n");
    const auto lone_problems = problems_of(lone);
    REQUIRE(lone_problems.size() == 1);
    CHECK(lone_problems[0].find(": a CSV network is a folder holding actors.csv and ties.csv (or "
                                "akteure.csv and kooperationen.csv), not one .csv file; give "
                                "the folder that holds them") != std::string::npos);
}
