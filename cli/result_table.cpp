#include "cli/result_table.hpp"

#include <cmath>

#include "cli/analysis_output.hpp"

namespace coopnet::cli {

std::vector<std::string> header_row(const std::vector<ResultColumn>& columns, Language headers) {
    std::vector<std::string> row;
    row.reserve(columns.size());
    for (const ResultColumn& column : columns) {
        row.push_back(csv_header(column.key, column.german, headers));
    }
    return row;
}

void write_result_csv(const ResultTable& table, const CsvStyle& style, Language headers,
                      std::ostream& out) {
    CsvWriter writer(out, style);
    writer.write_row(header_row(table.columns, headers));
    std::vector<std::string> row;
    for (const auto& cells : table.rows) {
        row.clear();
        for (const ResultCell& cell : cells) {
            if (const auto* text = std::get_if<std::string>(&cell)) {
                row.push_back(*text);
            } else if (const auto* number = std::get_if<double>(&cell)) {
                row.push_back(std::isfinite(*number) ? style.number(*number) : std::string());
            } else if (const auto* count = std::get_if<std::int64_t>(&cell)) {
                row.push_back(std::to_string(*count));
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                row.emplace_back(*flag ? "true" : "false");
            } else {
                row.emplace_back();
            }
        }
        writer.write_row(row);
    }
}

XlsxTable result_sheet(const ResultTable& table, std::string name, Language headers) {
    XlsxTable sheet;
    sheet.name = std::move(name);
    sheet.header = header_row(table.columns, headers);
    sheet.rows.reserve(table.rows.size());
    for (const auto& cells : table.rows) {
        std::vector<XlsxCell> row;
        row.reserve(cells.size());
        for (const ResultCell& cell : cells) {
            if (const auto* text = std::get_if<std::string>(&cell)) {
                row.emplace_back(*text);
            } else if (const auto* number = std::get_if<double>(&cell)) {
                row.emplace_back(*number);
            } else if (const auto* count = std::get_if<std::int64_t>(&cell)) {
                row.emplace_back(static_cast<double>(*count));
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                row.emplace_back(*flag);
            } else {
                row.emplace_back();
            }
        }
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

}  // namespace coopnet::cli
