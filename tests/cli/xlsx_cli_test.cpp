// The workbooks of the command line (-o FILE.xlsx, convert NET FILE.xlsx), opened with libzip
// and pugixml (tests/io/xlsx_contents.hpp): sheets, header rows, cell types, and the same
// values as the CSV output of the same command.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "io/csv.hpp"
#include "io/network_format.hpp"
#include "tests/cli/run_shell.hpp"
#include "tests/io/temporary_folder.hpp"
#include "tests/io/xlsx_contents.hpp"

namespace fs = std::filesystem;
using coopnet::test::read_bytes;
using coopnet::test::RunResult;
using coopnet::test::TemporaryFolder;
using coopnet::test::xlsx_contents;
using coopnet::test::XlsxCellContents;
using coopnet::test::XlsxSheetContents;

namespace {

const fs::path kSamples = fs::path(COOPNET_SAMPLES_DIR);
const fs::path kSample = kSamples / "duisburg-marxloh";

// coopnet with `arguments` (shell-quoted by the caller) in the "C" locale, quietly.
RunResult run(const std::string& arguments) {
    return coopnet::test::run_shell("LC_ALL=C " + std::string(COOPNET_EXECUTABLE) + " -q " +
                                    arguments + " 2>&1");
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

std::vector<XlsxSheetContents> workbook(const fs::path& path) {
    return xlsx_contents(read_bytes(path));
}

std::vector<std::string> sheet_names(const std::vector<XlsxSheetContents>& sheets) {
    std::vector<std::string> names;
    for (const auto& sheet : sheets) names.push_back(sheet.name);
    return names;
}

const XlsxSheetContents& sheet_named(const std::vector<XlsxSheetContents>& sheets,
                                     const std::string& name) {
    for (const auto& sheet : sheets) {
        if (sheet.name == name) return sheet;
    }
    FAIL("no sheet " << name);
    throw std::logic_error("unreachable");
}

// "A1:O44" for a table of `columns` columns and `rows` rows below the header.
std::string table_ref(std::size_t columns, std::size_t rows) {
    std::string column;
    for (std::size_t n = columns; n > 0; n = (n - 1) / 26) {
        column.insert(column.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    const std::string last = column + std::to_string(rows + 1);
    return last == "A1" ? last : "A1:" + last;
}

// Every sheet has its header frozen and an autofilter over exactly its table, and the
// header row is text.
void check_layout(const XlsxSheetContents& sheet) {
    INFO("sheet " << sheet.name);
    REQUIRE_FALSE(sheet.rows.empty());
    CHECK(sheet.frozen_cell == "A2");
    CHECK(sheet.autofilter == table_ref(sheet.rows[0].size(), sheet.rows.size() - 1));
    for (const XlsxCellContents& cell : sheet.rows[0]) CHECK(cell.type == "s");
    for (const double width : sheet.column_widths) {
        CHECK(width >= 8.0);
        CHECK(width <= 61.0);
    }
}

// The sheet holds the CSV's header and values: texts as text cells, numbers as number cells
// of the same value (to libxlsxwriter's 16 digits), true/false as booleans, empty CSV fields as
// absent cells.
void check_same_as_csv(const XlsxSheetContents& sheet, const std::string& csv) {
    INFO("sheet " << sheet.name);
    const coopnet::CsvTable table = coopnet::parse_csv(csv, "csv");
    REQUIRE(sheet.rows.size() == table.records.size() + 1);
    std::vector<std::string> header;
    for (const auto& cell : sheet.rows[0]) header.push_back(cell.text);
    CHECK(header == table.header);
    std::size_t numbers = 0;
    for (std::size_t r = 0; r < table.records.size(); ++r) {
        const std::vector<std::string>& fields = table.records[r].fields;
        const std::vector<XlsxCellContents>& cells = sheet.rows[r + 1];
        for (std::size_t c = 0; c < table.header.size(); ++c) {
            const std::string field = c < fields.size() ? fields[c] : std::string();
            const XlsxCellContents cell = c < cells.size() ? cells[c] : XlsxCellContents{};
            INFO("row " << r + 2 << ", column " << table.header[c] << ": " << field);
            if (field.empty()) {
                CHECK(cell.type.empty());
            } else if (field == "true" || field == "false") {
                CHECK(cell.type == "b");
                CHECK(cell.text == (field == "true" ? "1" : "0"));
            } else if (const auto value = coopnet::parse_number(field);
                       value && std::isfinite(*value) && cell.type != "s") {
                CHECK(cell.type == "n");
                // libxlsxwriter writes 16 significant digits (Excel shows 15).
                CHECK(coopnet::parse_number(cell.text).value_or(NAN) ==
                      Approx(*value).epsilon(1e-15));
                ++numbers;
            } else {
                CHECK(cell.type == "s");
                CHECK(cell.text == field);
            }
        }
    }
    if (!table.records.empty()) CHECK(numbers > 0);
}

}  // namespace

TEST_CASE("xlsx cli: analyze -o results.xlsx holds the CSV's actors and the JSON's sheets",
          "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    const fs::path target = folder.path / "results.xlsx";
    const RunResult result = run("analyze " + quoted(kSample) + " -o " + quoted(target));
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    const auto sheets = workbook(target);
    CHECK(sheet_names(sheets) == std::vector<std::string>{"actors", "network", "communities",
                                                          "bridges", "brokers", "gaps",
                                                          "suggestions"});
    for (const auto& sheet : sheets) check_layout(sheet);
    const RunResult csv = run("analyze " + quoted(kSample) + " --format csv");
    REQUIRE(csv.exit_code == 0);
    check_same_as_csv(sheet_named(sheets, "actors"), csv.out);
    // The summary figures are numbers too.
    const XlsxSheetContents& network = sheet_named(sheets, "network");
    CHECK(network.rows[1][0].text == "actors");
    CHECK(network.rows[1][1].type == "n");
    CHECK(network.rows[1][1].text == "43");
    // The same input gives the same bytes.
    const fs::path again = folder.path / "again.xlsx";
    REQUIRE(run("analyze " + quoted(kSample) + " -o " + quoted(again)).exit_code == 0);
    CHECK(read_bytes(again) == read_bytes(target));
}

TEST_CASE("xlsx cli: --lang de names the sheets and headers in German", "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    const fs::path target = folder.path / "Ergebnisse.XLSX";  // the extension in any case
    REQUIRE(run("analyze --lang de " + quoted(kSample) + " -o " + quoted(target)).exit_code == 0);
    const auto sheets = workbook(target);
    CHECK(sheet_names(sheets) == std::vector<std::string>{"Akteure", "Netzwerk", "Gruppen",
                                                          "Brücken", "Vermittler", "Lücken",
                                                          "Vorschläge"});
    // The German headers are those of --csv-style excel-de; the values stay the same.
    const RunResult csv = run("analyze " + quoted(kSample) + " --format csv --csv-style excel-de");
    REQUIRE(csv.exit_code == 0);
    std::vector<std::string> header;
    for (const auto& cell : sheets[0].rows[0]) header.push_back(cell.text);
    CHECK(header == coopnet::parse_csv(csv.out, "csv").header);
    CHECK(header.front() == "Kennung");
}

TEST_CASE("xlsx cli: brokers and gaps workbooks hold the rows of their CSV", "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    const fs::path brokers = folder.path / "brokers.xlsx";
    REQUIRE(run("brokers " + quoted(kSample) + " -o " + quoted(brokers)).exit_code == 0);
    const auto broker_sheets = workbook(brokers);
    REQUIRE(sheet_names(broker_sheets) == std::vector<std::string>{"brokers"});
    check_layout(broker_sheets[0]);
    check_same_as_csv(broker_sheets[0], run("brokers " + quoted(kSample) + " --format csv").out);

    const fs::path gaps = folder.path / "gaps.xlsx";
    REQUIRE(run("gaps " + quoted(kSample) + " --format xlsx -o " + quoted(gaps)).exit_code == 0);
    const auto gap_sheets = workbook(gaps);
    REQUIRE(sheet_names(gap_sheets) == std::vector<std::string>{"gaps", "suggestions"});
    for (const auto& sheet : gap_sheets) check_layout(sheet);
    check_same_as_csv(gap_sheets[1], run("gaps " + quoted(kSample) + " --format csv").out);
    // The triangle's sides: municipality, business and foundation; the sample has no
    // foundation, so two sides name a missing group.
    CHECK(gap_sheets[0].rows.size() == 4);
    CHECK(gap_sheets[0].rows[1][0].text == "municipality");
}

TEST_CASE("xlsx cli: diff -o change.xlsx holds the JSON's figures, actors, ties and brokers",
          "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    const fs::path target = folder.path / "change.xlsx";
    const std::string arguments =
        "diff " + quoted(kSamples / "duisburg-two-periods") + " --periods 2003-2008 2015-2018";
    REQUIRE(run(arguments + " -o " + quoted(target)).exit_code == 0);
    const RunResult json_run = run(arguments + " --format json");
    REQUIRE(json_run.exit_code == 0);
    const auto json = nlohmann::json::parse(json_run.out);
    const auto sheets = workbook(target);
    REQUIRE(sheet_names(sheets) ==
            std::vector<std::string>{"network", "actors", "ties", "brokers"});
    for (const auto& sheet : sheets) check_layout(sheet);
    // network: every figure of the JSON under its path, numbers as numbers.
    std::size_t figures = 0;
    for (const auto& row : sheets[0].rows) {
        if (row[0].text == "ties.persistence") {
            CHECK(row[1].type == "n");
            CHECK(std::stod(row[1].text) ==
                  Approx(json["ties"]["persistence"].get<double>()).epsilon(1e-15));
            ++figures;
        } else if (row[0].text == "network.after.components") {
            CHECK(row[1].text == std::to_string(json["network"]["after"]["components"].get<int>()));
            ++figures;
        }
    }
    CHECK(figures == 2);
    const auto count = [&](const char* part) {
        return json[part]["kept"].get<std::size_t>() + json[part]["lost"].get<std::size_t>() +
               json[part]["new"].get<std::size_t>();
    };
    CHECK(sheets[1].rows.size() == count("actors") + 1);
    CHECK(sheets[2].rows.size() == count("ties") + 1);
    CHECK(sheets[3].rows.size() == json["brokers"]["before_top"].size() +
                                       json["brokers"]["after_top"].size() +
                                       json["brokers"]["dropped_out"].size() + 1);
}

TEST_CASE("xlsx cli: a workbook is never written to standard output", "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    for (const std::string& arguments :
         {"analyze " + quoted(kSample) + " --format xlsx -o -",
          "analyze " + quoted(kSample) + " --format xlsx",
          "brokers " + quoted(kSample) + " --format xlsx",
          "convert " + quoted(kSample) + " - --output-format xlsx"}) {
        INFO(arguments);
        const RunResult result =
            coopnet::test::run_shell("cd " + quoted(folder.path) + " && LC_ALL=C " +
                                     std::string(COOPNET_EXECUTABLE) + " " + arguments + " 2>&1");
        CHECK(result.exit_code == 2);
        CHECK(result.out.find("workbook (.xlsx) is binary") != std::string::npos);
        // Refused before the network is read: no warning about the sample's columns.
        CHECK(result.out.find("warning") == std::string::npos);
    }
    CHECK(fs::is_empty(folder.path));
}

TEST_CASE("xlsx cli: convert NET plan.xlsx writes the CSV folder's tables as sheets",
          "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    const fs::path plan = folder.path / "plan.xlsx";
    const fs::path csv = folder.path / "csv";
    REQUIRE(run("convert " + quoted(kSample) + " " + quoted(plan)).exit_code == 0);
    REQUIRE(run("convert " + quoted(kSample) + " " + quoted(csv)).exit_code == 0);
    const auto sheets = workbook(plan);
    CHECK(sheet_names(sheets) ==
          std::vector<std::string>{"actors", "ties", "projects", "memberships"});
    for (const auto& sheet : sheets) {
        check_layout(sheet);
        const fs::path file = csv / (sheet.name + ".csv");
        REQUIRE(fs::exists(file));
        const coopnet::CsvTable table = coopnet::parse_csv(read_bytes(file), file.string());
        REQUIRE(sheet.rows.size() == table.records.size() + 1);
        for (std::size_t r = 0; r < table.records.size(); ++r) {
            for (std::size_t c = 0; c < table.header.size(); ++c) {
                const auto& fields = table.records[r].fields;
                const std::string field = c < fields.size() ? fields[c] : std::string();
                const auto& cells = sheet.rows[r + 1];
                const XlsxCellContents cell = c < cells.size() ? cells[c] : XlsxCellContents{};
                INFO(sheet.name << " row " << r + 2 << " column " << table.header[c]);
                if (sheet.name == "ties" && table.header[c] == "weight") {
                    CHECK(cell.type == "n");  // weights are numbers
                    CHECK(coopnet::parse_number(cell.text) == coopnet::parse_number(field));
                } else {
                    CHECK(cell.type == (field.empty() ? "" : "s"));  // everything else text
                    CHECK(cell.text == field);
                }
            }
        }
    }
    // Refused onto its input, like every output.
    const RunResult onto_input = run("convert " + quoted(plan) + " " + quoted(plan));
    CHECK(onto_input.exit_code == 2);
}

// Needs coopnet's xlsx reader (io/xlsx_reader, read_network on a .xlsx file).
TEST_CASE("xlsx cli: every sample survives convert to a workbook and back", "[cli][xlsx]") {
    TemporaryFolder folder("xlsx-cli-test");
    for (const auto& entry : fs::directory_iterator(kSamples)) {
        if (!entry.is_directory()) continue;
        INFO(entry.path());
        const fs::path plan = folder.path / (entry.path().filename().string() + ".xlsx");
        const RunResult result = run("convert " + quoted(entry.path()) + " " + quoted(plan));
        INFO(result.out);
        REQUIRE(result.exit_code == 0);
        CHECK(coopnet::read_network(plan).network == coopnet::read_network(entry.path()).network);
    }
}
