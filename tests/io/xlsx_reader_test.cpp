// The .xlsx reader on workbooks written by openpyxl (tests/data/xlsx/make_fixtures.py): the
// network each fixture holds, the cells as Excel stores them, and every refusal with the file
// and the sheet!cell a planner sees.
#include "io/xlsx_reader.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"
#include "io/detail/file_reader.hpp"
#include "io/network_format.hpp"

using namespace coopnet;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(COOPNET_TEST_DATA_DIR) / "xlsx";

// `text` with the fixture folder left out of file names: "bad.xlsx: ties!C7: ...".
std::string short_names(std::string text) {
    const std::string prefix = kData.string() + "/";
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix)) {
        text.erase(at, prefix.size());
    }
    return text;
}

std::vector<std::string> problems_of(const std::string& fixture) {
    try {
        (void)read_network(kData / fixture);
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) {
            lines.push_back(short_names(problem.to_string()));
        }
        return lines;
    }
    return {"(read without error)"};
}

std::vector<std::string> warnings_of(const ReadResult& result) {
    std::vector<std::string> lines;
    for (const Diagnostic& warning : result.warnings) {
        lines.push_back(short_names(warning.to_string()));
    }
    return lines;
}

std::string text_attribute(const Attributes& attributes, const std::string& name) {
    const auto it = attributes.find(name);
    if (it == attributes.end()) return "(none)";
    const auto* text = std::get_if<std::string>(&it->second);
    return text ? *text : "(number)";
}

std::string date_text(const std::optional<PartialDate>& date) {
    return date ? date->to_string() : "-";
}

// "a-b 2 funding 2003-05-17..2008".
std::vector<std::string> tie_lines(const Network& network) {
    std::vector<std::string> lines;
    for (const TieRef& tie : network.ties()) {
        std::string weight = std::to_string(tie.weight);
        weight.erase(weight.find_last_not_of('0') + 1);
        if (weight.back() == '.') weight.pop_back();
        lines.push_back(network.actor(tie.source).id + "-" + network.actor(tie.target).id + " " +
                        weight + " " + std::string(tie.kind) + " " + date_text(tie.period.since) +
                        ".." + date_text(tie.period.until));
    }
    return lines;
}

std::vector<std::string> actor_lines(const Network& network) {
    std::vector<std::string> lines;
    for (const Actor& actor : network.actors()) {
        lines.push_back(actor.id + "|" + actor.label + "|" + actor.sector);
    }
    return lines;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("xlsx: English sheet names, shared strings, numbers, booleans and a real date",
          "[xlsx]") {
    const ReadResult result = read_network(kData / "english.xlsx");
    const Network& network = result.network;
    CHECK(network.name() == "Marxloh");
    CHECK_FALSE(network.directed());
    // The id 4317 is a number cell and stays "4317"; the postcode 47169 too, "04317" as text.
    CHECK(actor_lines(network) == Lines{"jugendamt|Jugendamt Duisburg|municipality",
                                        "4317|Stiftung Mercator|foundation",
                                        "eg_du|EG DU|business"});
    CHECK(text_attribute(network.actor(0).attributes, "postcode") == "47169");
    CHECK(text_attribute(network.actor(1).attributes, "postcode") == "04317");
    CHECK(text_attribute(network.actor(2).attributes, "postcode") == "(none)");
    CHECK(tie_lines(network) == Lines{"jugendamt-4317 2 funding 2003-05-17..2008",
                                      "4317-eg_du 0.5 exchange 2015..-",
                                      "jugendamt-eg_du 1 steering -..-"});
    CHECK(text_attribute(network.ties()[0].attributes, "active") == "true");
    CHECK(text_attribute(network.ties()[1].attributes, "active") == "false");
    REQUIRE(network.projects().size() == 1);
    const Project& project = network.projects()[0];
    CHECK(project.id == "biwaq");
    CHECK(project.label == "BIWAQ Duisburg");
    CHECK(date_text(project.period.since) == "2015-04");
    CHECK(date_text(project.period.until) == "2018-12");
    REQUIRE(project.members.size() == 2);
    CHECK(network.actor(project.members[0]).id == "eg_du");
    CHECK(network.actor(project.members[1]).id == "4317");
    const Lines warnings = warnings_of(result);
    REQUIRE(warnings.size() == 4);
    CHECK(warnings[0].rfind("english.xlsx: sheet 'Notes' is not read: only sheets named after "
                            "a table are",
                            0) == 0);
    CHECK(warnings[1].rfind("english.xlsx: actors!D1: column 'postcode' is kept as an attribute",
                            0) == 0);
    CHECK(warnings[2].rfind("english.xlsx: ties!G1: column 'active' is kept as an attribute", 0) ==
          0);
    CHECK(warnings[3] == "english.xlsx: ties!C1: 1 tie without weight counts as 1");
}

TEST_CASE("xlsx: German sheet names, headers and sector words, dates in dd.mm.yyyy", "[xlsx]") {
    const ReadResult result = read_network(kData / "german.xlsx");
    const Network& network = result.network;
    CHECK(network.name() == "Marxloh");
    CHECK(network.directed());
    CHECK(actor_lines(network) ==
          Lines{"ja|Jugendamt|municipality", "sm|Stiftung Mercator|foundation",
                "sv|Sportverein Marxloh|civil_society", "jc|Jobcenter Duisburg|public_agency"});
    CHECK(tie_lines(network) == Lines{"ja-sm 3 F\xC3\xB6rderung 2003-01-01..2008-12-31",
                                      "sv-jc 1.5 Austausch 2016-02-29..-"});
    REQUIRE(network.projects().size() == 1);
    CHECK(network.projects()[0].label == "Lokales Kapital");
    CHECK(date_text(network.projects()[0].period.since) == "2003");
    CHECK(date_text(network.projects()[0].period.until) == "2008");
    CHECK(network.projects()[0].members.size() == 2);
    CHECK(warnings_of(result).empty());
}

TEST_CASE("xlsx: without sheet names the first sheet is actors and the second ties, said so",
          "[xlsx]") {
    const ReadResult result = read_network(kData / "unnamed.xlsx");
    CHECK(actor_lines(result.network) == Lines{"a|A|other", "b|B|other"});
    CHECK(tie_lines(result.network) == Lines{"a-b 1  -..-"});
    CHECK(warnings_of(result) ==
          Lines{"unnamed.xlsx: no sheet is named after a table (actors (or Akteure), ties (or "
                "Kooperationen, Beziehungen)): read the first sheet 'Tabelle1' as actors and the "
                "second 'Tabelle2' as ties"});
}

TEST_CASE("xlsx: inline and rich strings, 1904 dates, formulas, text numbers, empty cells",
          "[xlsx]") {
    const ReadResult result = read_network(kData / "cells.xlsx");
    const Network& network = result.network;
    // B2 is rich text "Label " + "_x0041_" (an escaped "A"); b has no sector; rows 8 and 9
    // hold formatted empty cells only.
    CHECK(actor_lines(network) == Lines{"a|Label A|other", "b|B|other", "c|C|other"});
    CHECK(text_attribute(network.actor(0).attributes, "note") == "(none)");
    CHECK(text_attribute(network.actor(1).attributes, "note") == "x");
    // "2" stored as text; =1+1 cached 2; 1.25; =0.1+0.2 without a result reads as empty (1).
    // 2010-06-01 in the 1904 system; =2000+12 cached 2012 as the end year.
    CHECK(tie_lines(network) == Lines{"a-b 2 text number 2010-06-01..-", "b-c 2 formula -..-",
                                      "a-c 1.25 formula text -..2012", "c-a 1 no result -..-"});
    const Lines warnings = warnings_of(result);
    CHECK(std::find(warnings.begin(), warnings.end(),
                    "cells.xlsx: ties: 1 formula has no stored result and read as empty: open "
                    "the workbook in Excel or LibreOffice and save it again") != warnings.end());
}

TEST_CASE("xlsx: a bad cell is named as sheet!cell, a bad row as sheet!row:row", "[xlsx]") {
    CHECK(problems_of("bad_weight.xlsx") ==
          Lines{"bad_weight.xlsx: Kooperationen!C7: weight 'hoch' is not a number"});
    CHECK(problems_of("unknown_actor.xlsx") ==
          Lines{"unknown_actor.xlsx: ties!3:3: tie target 'nobody' is not a known actor"});
}

TEST_CASE("xlsx: hostile and foreign files are refused with what they are", "[xlsx]") {
    // zip_bomb_lying.xlsx claims 1000 bytes: the bytes are counted while inflating.
    const std::vector<std::pair<std::string, std::string>> cases{
        {"zip_bomb.xlsx",
         "zip_bomb.xlsx: xl/worksheets/sheet2.xml is declared to unpack to more than "
         "32 MiB, the limit for one part of a workbook"},
        {"zip_bomb_lying.xlsx",
         "zip_bomb_lying.xlsx: xl/worksheets/sheet2.xml unpacks to more than 32 MiB, the "
         "limit for one part of a workbook"},
        {"billion_laughs.xlsx",
         "billion_laughs.xlsx: xl/sharedStrings.xml: a DOCTYPE is not accepted in a "
         "workbook (Excel writes none; its entity declarations are not read)"},
        {"huge_shared_strings.xlsx",
         "huge_shared_strings.xlsx: xl/sharedStrings.xml: more than 1000000 shared "
         "strings, the limit for one workbook"},
        {"not_a_zip.xlsx", "not_a_zip.xlsx: not an .xlsx workbook: not a zip archive"},
        {"compound_file.xlsx",
         "compound_file.xlsx: password-protected or old .xls: save as .xlsx (Excel "
         "Workbook, no password)"},
        {"zip_not_xlsx.xlsx",
         "zip_not_xlsx.xlsx: a zip archive, but not an .xlsx workbook (it has no "
         "xl/workbook.xml): save it from Excel or LibreOffice as .xlsx"},
    };
    for (const auto& [fixture, message] : cases) {
        CAPTURE(fixture);
        CHECK(problems_of(fixture) == Lines{message});
    }
}

TEST_CASE("xlsx: entries outside the archive's root are never read, with a warning", "[xlsx]") {
    const ReadResult result = read_network(kData / "path_traversal.xlsx");
    CHECK(result.network.actor_count() == 2);
    CHECK(warnings_of(result) == Lines{"path_traversal.xlsx: 2 archive entries outside its root "
                                       "ignored, such as '../../evil.txt'"});
}

TEST_CASE("xlsx: the format is told by the name, .xls included, and streams are read too",
          "[xlsx]") {
    CHECK(detect_input_format(kData / "english.xlsx") == NetworkFormat::Xlsx);
    CHECK(parse_format_name("xlsx") == NetworkFormat::Xlsx);
    const std::string bytes = detail::read_whole_file(kData / "german.xlsx");
    ReadOptions options;
    options.format = NetworkFormat::Xlsx;
    CHECK(parse_network(bytes, options, "<stdin>").network.actor_count() == 4);
    CHECK_THROWS_WITH(parse_xlsx("", "empty.xlsx"), "empty.xlsx: the file is empty");
    CHECK_THROWS_AS(parse_xlsx(std::string(100, '\0'), "zeros.xlsx"), InputError);
}
