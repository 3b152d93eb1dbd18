// libFuzzer target: plain edge lists (parse_edge_list).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/edge_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        (void)coopnet::parse_edge_list(text, "fuzz.txt");
    });
}
