// libFuzzer target: networkx node-link JSON (parse_node_link_json).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/node_link_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        (void)coopnet::parse_node_link_json(text, "fuzz.json");
    });
}
