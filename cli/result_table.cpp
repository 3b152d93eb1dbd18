#include "cli/result_table.hpp"

#include <cmath>

#include "cli/analysis_output.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

ResultCell json_cell(const Json& value) {
    if (value.is_boolean()) return value.get<bool>();
    if (value.is_number_integer()) return value.get<std::int64_t>();
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) return value.get<std::string>();
    if (value.is_array()) {
        std::string text;
        for (const Json& item : value) {
            if (!text.empty()) text += ", ";
            text += item.is_string() ? item.get<std::string>() : item.dump();
        }
        return text;
    }
    return std::monostate{};
}

void add_figures(ResultTable& table, const Json& object, const std::string& prefix) {
    for (const auto& [key, value] : object.items()) {
        if (value.is_object()) {
            add_figures(table, value, prefix + key + ".");
        } else {
            table.rows.push_back({prefix + key, json_cell(value)});
        }
    }
}

}  // namespace

ResultTable figures_table(const nlohmann::ordered_json& object) {
    ResultTable table;
    table.columns = {{"key", Word::CsvKey}, {"value", Word::CsvValue}};
    add_figures(table, object, "");
    return table;
}

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
