// libFuzzer target: the .xlsx workbook reader (parse_xlsx): libzip over the bytes, the parts'
// XML, the cells, and the sheets read as the CSV folder's tables. Seeds: the workbooks of
// tests/data/xlsx/ (make_fixtures.py).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_target.hpp"
#include "io/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(
        data, size, [](std::string_view bytes) { (void)coopnet::parse_xlsx(bytes, "fuzz.xlsx"); });
}
