#include "io/csv.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace coopnet;

namespace {

// The problems parse_csv() throws for `text`, as `FILE:LINE:COL: message` lines.
std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_csv(text, "f.csv");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

}  // namespace

TEST_CASE("csv: a comma file gives its header, its records and their line numbers", "[csv]") {
    const CsvTable table = parse_csv("id,label,sector\na,Alpha,business\nb,Beta,\n", "f.csv");
    CHECK(table.delimiter == ',');
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.warnings.empty());
    CHECK(table.header == std::vector<std::string>{"id", "label", "sector"});
    CHECK(table.header_line == 1);
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].fields == std::vector<std::string>{"a", "Alpha", "business"});
    CHECK(table.records[1].line == 3);
    // "b,Beta," ends with a delimiter: the third field is there and empty.
    CHECK(table.records[1].fields == std::vector<std::string>{"b", "Beta", ""});
    // "a,Alpha,business": a at 1, Alpha at 3, business at 9.
    CHECK(table.records[0].positions[1].column == 3);
    CHECK(table.records[0].positions[2].column == 9);
    const SourceLocation where = table.location(table.records[0], 2);
    CHECK(where.file == "f.csv");
    CHECK(where.line == 2);
    CHECK(where.column == 9);
}

TEST_CASE("csv: a semicolon file is detected and its decimal commas parse", "[csv]") {
    const CsvTable table = parse_csv("source;target;weight\na;b;1,5\nb;c;2\n", "f.csv");
    CHECK(table.delimiter == ';');
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].fields == std::vector<std::string>{"a", "b", "1,5"});
    const NumberCell weight = parse_number_cell(table.records[0].fields[2], table.delimiter);
    REQUIRE(weight.value);
    CHECK(*weight.value == 1.5);
}

TEST_CASE("csv: a tab file is detected and commas inside fields stay text", "[csv]") {
    const CsvTable table = parse_csv("id\tnote\na\tone, two\n", "f.tsv");
    CHECK(table.delimiter == '\t');
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == std::vector<std::string>{"a", "one, two"});
}

TEST_CASE("csv: delimiters inside quotes on the header line do not count", "[csv]") {
    // Outside quotes: one ',' and no ';' although the quoted name holds two ';'.
    CHECK(parse_csv("\"a;b;c\",d\n1,2\n", "f.csv").delimiter == ',');
    CHECK(parse_csv("\"x,y,z\";q\n1;2\n", "f.csv").delimiter == ';');
    // One of each: ';' wins the tie.
    CHECK(parse_csv("a;b,c\n", "f.csv").delimiter == ';');
    // A single column: ','.
    CHECK(parse_csv("id\nx\n", "f.csv").delimiter == ',');
}

TEST_CASE("csv: a forced delimiter overrides the detection", "[csv]") {
    CsvReadOptions options;
    options.delimiter = ',';
    const CsvTable table = parse_csv("a;b,c\n1;2,3\n", "f.csv", options);
    CHECK(table.header == std::vector<std::string>{"a;b", "c"});
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == std::vector<std::string>{"1;2", "3"});
}

TEST_CASE("csv: a UTF-8 byte order mark is dropped and not counted as a column", "[csv]") {
    const CsvTable table = parse_csv("\xEF\xBB\xBFid,label\nx,y\n", "f.csv");
    CHECK(table.encoding == CsvEncoding::Utf8Bom);
    CHECK(table.warnings.empty());
    CHECK(table.header == std::vector<std::string>{"id", "label"});
    CHECK(table.header_positions[0].column == 1);
    CHECK(table.header_positions[1].column == 4);
}

TEST_CASE("csv: CRLF, CR and LF line ends each count as one line", "[csv]") {
    const CsvTable crlf = parse_csv("a,b\r\n1,2\r\n3,4\r\n", "f.csv");
    REQUIRE(crlf.records.size() == 2);
    CHECK(crlf.header == std::vector<std::string>{"a", "b"});
    CHECK(crlf.records[0].fields == std::vector<std::string>{"1", "2"});
    CHECK(crlf.records[1].line == 3);
    CHECK(crlf.records[1].fields == std::vector<std::string>{"3", "4"});

    const CsvTable cr = parse_csv("a,b\r1,2\r3,4", "f.csv");
    REQUIRE(cr.records.size() == 2);
    CHECK(cr.records[0].line == 2);
    CHECK(cr.records[1].line == 3);
    CHECK(cr.records[1].fields == std::vector<std::string>{"3", "4"});

    // Mixed, without a final line end.
    const CsvTable mixed = parse_csv("a,b\n1,2\r\n3,4\r5,6", "f.csv");
    REQUIRE(mixed.records.size() == 3);
    CHECK(mixed.records[2].line == 4);
    CHECK(mixed.records[2].fields == std::vector<std::string>{"5", "6"});
}

TEST_CASE(
    "csv: quoted fields keep quotes, delimiters and line breaks, and later records "
    "keep their true line numbers",
    "[csv]") {
    //  line 1  id,note
    //  line 2  a,"two          <- record 2 spans lines 2-3
    //  line 3  lines"
    //  line 4  b,"say ""hi"", ok"
    //  line 5  c,"x            <- CRLF inside the quotes, record spans 5-6
    //  line 6  y"
    //  line 7                  <- blank
    //  line 8  d,plain
    const std::string text =
        "id,note\n"
        "a,\"two\nlines\"\n"
        "b,\"say \"\"hi\"\", ok\"\n"
        "c,\"x\r\ny\"\r\n"
        "\n"
        "d,plain\n";
    const CsvTable table = parse_csv(text, "f.csv");
    REQUIRE(table.records.size() == 4);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].fields[1] == "two\nlines");
    CHECK(table.records[1].line == 4);
    CHECK(table.records[1].fields[1] == "say \"hi\", ok");
    CHECK(table.records[2].line == 5);
    CHECK(table.records[2].fields[1] == "x\r\ny");
    CHECK(table.records[3].line == 8);
    CHECK(table.records[3].fields == std::vector<std::string>{"d", "plain"});
    CHECK(table.records[3].positions[1].line == 8);
    CHECK(table.records[3].positions[1].column == 3);
}

TEST_CASE("csv: a field that starts after an embedded line break is located on its own line",
          "[csv]") {
    // Record 2 starts on line 2; its third field starts on line 3, column 4:
    // line 3 is `b",z` -> 'b' 1, '"' 2, ',' 3, 'z' 4.
    const CsvTable table = parse_csv("p,q,r\n1,\"a\nb\",z\n", "f.csv");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].positions[2].line == 3);
    CHECK(table.records[0].positions[2].column == 4);
}

TEST_CASE("csv: blanks around a quoted field are outside it", "[csv]") {
    const CsvTable table = parse_csv("x,y\n1, \"q r\" \n", "f.csv");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == std::vector<std::string>{"1", "q r"});
    // Unquoted blanks are part of the field.
    CHECK(parse_csv("x,y\n1, q \n", "f.csv").records[0].fields[1] == " q ");
}

TEST_CASE("csv: Windows-1252 bytes are decoded with a warning naming the first one", "[csv]") {
    // 0xE4 is 'ä' (U+00E4), 0x80 is '€' (U+20AC) in Windows-1252; neither is valid UTF-8.
    const CsvTable table = parse_csv("id;name\n1;M\xE4rz \x80\n", "de.csv");
    CHECK(table.encoding == CsvEncoding::Windows1252);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields[1] == "M\xC3\xA4rz \xE2\x82\xAC");  // "März €" in UTF-8
    REQUIRE(table.warnings.size() == 1);
    // "1;M\xE4": '1' 1, ';' 2, 'M' 3, 0xE4 4.
    const std::string warning = table.warnings[0].to_string();
    CHECK(starts_with(warning, "de.csv:2:4: "));
    CHECK(warning.find("0xE4") != std::string::npos);
    CHECK(warning.find("Windows-1252") != std::string::npos);
}

TEST_CASE("csv: valid UTF-8 is kept and columns count characters, not bytes", "[csv]") {
    // "ä" is two bytes but one column: 'ä' 1, ',' 2, 'ö' 3.
    const CsvTable table = parse_csv("\xC3\xA4,\xC3\xB6\n\xE2\x82\xAC,x\n", "f.csv");
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.warnings.empty());
    CHECK(table.header[0] == "\xC3\xA4");
    CHECK(table.header_positions[1].column == 3);
    CHECK(table.records[0].fields[0] == "\xE2\x82\xAC");
    CHECK(table.records[0].positions[1].column == 3);
}

TEST_CASE("csv: text that looks like a number stays text exactly as written", "[csv]") {
    const CsvTable table = parse_csv("plz;code\n04317; 007 \n", "f.csv");
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].fields == std::vector<std::string>{"04317", " 007 "});
}

TEST_CASE("csv: blank lines and rows of empty fields are skipped, short rows are allowed",
          "[csv]") {
    const CsvTable table = parse_csv("a,b,c\n\n1\n,,\n\n  , \n3,4,5", "f.csv");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].line == 3);
    CHECK(table.records[0].fields == std::vector<std::string>{"1"});
    CHECK(table.location(table.records[0], 2).column == 0);
    CHECK(table.records[1].line == 7);
    CHECK(table.records[1].fields == std::vector<std::string>{"3", "4", "5"});
    // A header alone is a table without records.
    CHECK(parse_csv("a,b\n", "f.csv").records.empty());
}

TEST_CASE("csv: an unterminated quote is reported at its opening quote", "[csv]") {
    // Line 2 is `1,"oops`: the quote is at column 3.
    const auto problems = problems_of("a,b\n1,\"oops\n2,3\n");
    REQUIRE(problems.size() == 1);
    CHECK(starts_with(problems[0], "f.csv:2:3: unterminated quoted field"));
}

TEST_CASE("csv: a row with more fields than the header is reported at its first extra field",
          "[csv]") {
    // Line 3 is `1,2,3`: the third field starts at column 5.
    const auto problems = problems_of("a,b\n1,2\n1,2,3\n");
    REQUIRE(problems.size() == 1);
    CHECK(starts_with(problems[0], "f.csv:3:5: row has 3 fields but the header has 2"));
}

TEST_CASE("csv: a stray quote inside an unquoted field is reported where it stands", "[csv]") {
    // Line 2 is `1,x"y`: the quote is at column 4.
    const auto problems = problems_of("a,b\n1,x\"y\n");
    REQUIRE(problems.size() == 1);
    CHECK(starts_with(problems[0], "f.csv:2:4: stray quote"));
}

TEST_CASE("csv: text after a closing quote is reported", "[csv]") {
    // Line 2 is `"x"y,2`: 'y' is at column 4.
    const auto problems = problems_of("a,b\n\"x\"y,2\n");
    REQUIRE(problems.size() == 1);
    CHECK(starts_with(problems[0], "f.csv:2:4: unexpected text after the closing quote"));
}

TEST_CASE("csv: every problem of a file is reported at once, in file order", "[csv]") {
    const auto problems = problems_of("a;b\n1;2;3\nx\"y;1\n4;5;6;7\n");
    REQUIRE(problems.size() == 3);
    CHECK(starts_with(problems[0], "f.csv:2:5: row has 3 fields"));
    CHECK(starts_with(problems[1], "f.csv:3:2: stray quote"));
    CHECK(starts_with(problems[2], "f.csv:4:5: row has 4 fields"));
}

TEST_CASE("csv: an empty file is refused", "[csv]") {
    CHECK_THROWS_AS(parse_csv("", "f.csv"), InputError);
    CHECK_THROWS_AS(parse_csv("\xEF\xBB\xBF", "f.csv"), InputError);
    CHECK_THROWS_AS(parse_csv("\r\n\n\r", "f.csv"), InputError);
    CHECK(starts_with(problems_of("")[0], "f.csv: the file is empty"));
}

TEST_CASE("csv: UTF-16 text is refused with advice", "[csv]") {
    const auto problems = problems_of(std::string("\xFF\xFEi\0d\0", 6));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("UTF-16") != std::string::npos);
}

TEST_CASE("csv: a missing file is an input error naming it", "[csv]") {
    try {
        (void)read_csv_file("/nonexistent/coopnet/none.csv");
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(starts_with(error.problems().at(0).to_string(), "/nonexistent/coopnet/none.csv: "));
    }
}

TEST_CASE("csv: number cells take a decimal comma only in semicolon files", "[csv]") {
    const auto value = [](std::string_view cell, char delimiter) {
        const NumberCell number = parse_number_cell(cell, delimiter);
        REQUIRE(number.value);
        CHECK(number.problem.empty());
        return *number.value;
    };
    CHECK(value("1,5", ';') == 1.5);
    CHECK(value("-1,25", ';') == -1.25);
    CHECK(value("1.5", ';') == 1.5);
    CHECK(value("0.125", ';') == 0.125);  // a leading 0 is never a thousands group
    CHECK(value("12.5", ';') == 12.5);    // a group of one digit is no thousands group
    CHECK(value("1e3", ';') == 1000.0);
    CHECK(value(" 2 ", ',') == 2.0);
    CHECK(value("1.000", ',') == 1.0);  // a comma file uses the decimal point
    CHECK(std::isnan(parse_number_cell("nan", ',').value.value()));
}

TEST_CASE("csv: number cells with ambiguous thousands separators are refused", "[csv]") {
    const auto problem = [](std::string_view cell, char delimiter) {
        const NumberCell number = parse_number_cell(cell, delimiter);
        CHECK_FALSE(number.value);
        return number.problem;
    };
    CHECK(problem("1.000,5", ';').find("mixes '.' and ','") != std::string::npos);
    CHECK(problem("1,000.5", ',').find("mixes '.' and ','") != std::string::npos);
    CHECK(problem("1,000,000", ';').find("more than one comma") != std::string::npos);
    CHECK(problem("1.000", ';').find("thousands separator") != std::string::npos);
    CHECK(problem("-12.345.678", ';').find("thousands separator") != std::string::npos);
    CHECK(problem("1,5", ',').find("has a comma") != std::string::npos);
    CHECK(problem("0,5", '\t').find("has a comma") != std::string::npos);
    CHECK(problem("abc", ';') == "'abc' is not a number");
    CHECK(problem("1,5x", ';') == "'1,5x' is not a number");
    CHECK_FALSE(problem("", ',').empty());
}

TEST_CASE("csv: fields are quoted only when they must be", "[csv]") {
    const CsvStyle comma = CsvStyle::standard();
    const CsvStyle excel = CsvStyle::excel_de();
    CHECK(quote_csv_field("plain", comma) == "plain");
    CHECK(quote_csv_field("", comma) == "");
    CHECK(quote_csv_field("04317", comma) == "04317");
    CHECK(quote_csv_field("a,b", comma) == "\"a,b\"");
    CHECK(quote_csv_field("a,b", excel) == "a,b");
    CHECK(quote_csv_field("a;b", excel) == "\"a;b\"");
    CHECK(quote_csv_field("a;b", comma) == "a;b");
    CHECK(quote_csv_field("say \"hi\"", comma) == "\"say \"\"hi\"\"\"");
    CHECK(quote_csv_field("two\nlines", comma) == "\"two\nlines\"");
    CHECK(quote_csv_field("cr\rhere", comma) == "\"cr\rhere\"");
    CHECK(quote_csv_field(" lead", comma) == "\" lead\"");
    CHECK(quote_csv_field("trail\t", comma) == "\"trail\t\"");
    CHECK(quote_csv_field("in side", comma) == "in side");
}

TEST_CASE("csv: the default style writes commas, points and LF", "[csv]") {
    std::ostringstream out;
    CsvWriter writer(out, CsvStyle::standard());
    writer.write_row(std::vector<std::string>{"id", "weight"});
    writer.write_row(std::vector<std::string>{"a,b", writer.style().number(1.5)});
    CHECK(out.str() == "id,weight\n\"a,b\",1.5\n");
}

TEST_CASE("csv: the excel-de style writes a BOM, semicolons, decimal commas and CRLF", "[csv]") {
    std::ostringstream out;
    CsvWriter writer(out, CsvStyle::excel_de());
    writer.write_row(std::vector<std::string>{"id", "weight"});
    writer.write_row(std::vector<std::string>{"a,b", writer.style().number(1.5)});
    writer.write_row(std::vector<std::string>{"x;y", writer.style().number(0.1)});
    CHECK(out.str() == "\xEF\xBB\xBFid;weight\r\na,b;1,5\r\n\"x;y\";0,1\r\n");
}

TEST_CASE("csv: styles are found by name", "[csv]") {
    CHECK(CsvStyle::from_name("default") == CsvStyle::standard());
    CHECK(CsvStyle::from_name("excel-de") == CsvStyle::excel_de());
    CHECK(CsvStyle::excel_de().delimiter == ';');
    CHECK(CsvStyle::excel_de().decimal_comma);
    CHECK(CsvStyle::excel_de().byte_order_mark);
    CHECK(CsvStyle::excel_de().crlf);
    CHECK_THROWS_AS(CsvStyle::from_name("excel"), InvalidArgument);
}

TEST_CASE("csv: written records read back field for field, with the right line numbers", "[csv]") {
    const std::vector<std::vector<std::string>> rows = {
        {"id", "text", "more"},
        {"1", "plain", "04317"},
        {"2", "with, comma", "with; semicolon"},
        {"3", "say \"hi\"", "\"quoted\""},
        {"4", "two\nlines", "cr\rlf\r\nboth"},
        {"5", " lead", "trail "},
        {"6",
         "Stra\xC3\x9F"
         "e \xC3\xA4\xC3\xB6\xC3\xBC \xE2\x82\xAC",
         "tab\there"},
        {"7", "", "last"},
    };
    for (const CsvStyle& style : {CsvStyle::standard(), CsvStyle::excel_de()}) {
        std::ostringstream out;
        CsvWriter writer(out, style);
        for (const auto& row : rows) writer.write_row(row);
        const CsvTable table = parse_csv(out.str(), "w.csv");
        CHECK(table.delimiter == style.delimiter);
        CHECK(table.warnings.empty());
        CHECK(table.header == rows[0]);
        REQUIRE(table.records.size() == rows.size() - 1);
        // Expected start line: 1 + the line ends written before the row; a row's own
        // line ends are its embedded CRLF, CR or LF (each one line) plus its final one.
        std::size_t line = 1;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (r > 0) {
                CHECK(table.records[r - 1].fields == rows[r]);
                CHECK(table.records[r - 1].line == line);
            }
            for (const std::string& field : rows[r]) {
                for (std::size_t i = 0; i < field.size(); ++i) {
                    if (field[i] == '\n') ++line;
                    if (field[i] == '\r' && (i + 1 == field.size() || field[i + 1] != '\n')) {
                        ++line;
                    }
                }
            }
            ++line;
        }
    }
}
