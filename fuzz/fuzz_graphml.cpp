// libFuzzer target: GraphML through pugixml (parse_graphml).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/graphml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        (void)coopnet::parse_graphml(text, "fuzz.graphml");
    });
}
