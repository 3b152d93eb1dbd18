// libFuzzer target: Graphviz DOT through cgraph (parse_dot). cgraph keeps global state,
// which is fine in a single-threaded fuzzer.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/dot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        (void)coopnet::parse_dot(text, "fuzz.dot");
    });
}
