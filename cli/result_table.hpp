// One table of a command's results, written as CSV or as a workbook sheet from the same rows,
// so that `-o results.csv` and `-o results.xlsx` hold the same columns and numbers.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "io/csv.hpp"
#include "io/xlsx_writer.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

/// A cell: empty, text, a number (NaN: undefined, an empty cell), a count, true/false.
using ResultCell = std::variant<std::monostate, std::string, double, std::int64_t, bool>;

/// A column: its English header (the JSON key) and the catalogue's German word for it.
struct ResultColumn {
    std::string_view key;
    Word german;
};

struct ResultTable {
    std::vector<ResultColumn> columns;
    std::vector<std::vector<ResultCell>> rows;
};

/// A count as a cell.
inline ResultCell count_cell(std::size_t n) { return static_cast<std::int64_t>(n); }

/// The scalars of a JSON object as key/value rows (columns key, value): numbers, counts,
/// booleans and texts as cells, null as an empty cell, an array as its items joined by ", ",
/// a nested object's entries under "outer.inner" keys.
ResultTable figures_table(const nlohmann::ordered_json& object);

/// The header of `columns`: the keys, or the German words when `headers` is German.
std::vector<std::string> header_row(const std::vector<ResultColumn>& columns, Language headers);

/// Writes the header and the rows: numbers by `style.number()` (NaN as an empty cell),
/// counts in decimal, booleans as `true`/`false`.
void write_result_csv(const ResultTable& table, const CsvStyle& style, Language headers,
                      std::ostream& out);

/// The table as a worksheet named `name`: numbers and counts as number cells, booleans as
/// boolean cells, the header in the language of `headers`.
XlsxTable result_sheet(const ResultTable& table, std::string name, Language headers);

}  // namespace coopnet::cli
