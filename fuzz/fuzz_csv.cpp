// libFuzzer target: the RFC 4180 CSV table reader (parse_csv) and its number cells
// (parse_number_cell).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_target.hpp"
#include "io/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        const coopnet::CsvTable table = coopnet::parse_csv(text, "fuzz.csv");
        // Every cell also goes through the number reader the network loaders use.
        for (const coopnet::CsvRecord& record : table.records) {
            for (const std::string& field : record.fields) {
                (void)coopnet::parse_number_cell(field, table.delimiter);
            }
        }
    });
}
