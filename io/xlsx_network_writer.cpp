#include "io/xlsx_network_writer.hpp"

#include "core/number_format.hpp"
#include "io/atomic_file.hpp"
#include "io/csv.hpp"
#include "io/csv_folder.hpp"

namespace coopnet {

std::vector<XlsxTable> network_workbook_tables(const Network& network) {
    const CsvStyle style;  // `,` and `.`: the numbers below parse back exactly
    std::vector<XlsxTable> sheets;
    for (SpreadsheetTable& table : spreadsheet_tables(network, style)) {
        XlsxTable sheet;
        sheet.name = table.name;
        sheet.header = std::move(table.rows.front());
        for (std::size_t r = 1; r < table.rows.size(); ++r) {
            std::vector<XlsxCell> row;
            row.reserve(table.rows[r].size());
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                std::string& text = table.rows[r][c];
                if (c == table.number_column && xlsx_number_exact(*parse_number(text))) {
                    // style.number() wrote the shortest round-trip form: parsing is exact.
                    row.emplace_back(*parse_number(text));
                } else {
                    row.emplace_back(std::move(text));
                }
            }
            sheet.rows.push_back(std::move(row));
        }
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

void write_xlsx_network(const Network& network, const std::filesystem::path& path,
                        std::span<const std::filesystem::path> inputs) {
    refuse_inputs(path, inputs);
    write_xlsx_workbook(path, network_workbook_tables(network), inputs);
}

}  // namespace coopnet
