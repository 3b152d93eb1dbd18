// libFuzzer target: coopnet's native JSON (parse_coopnet_json).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/coopnet_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(data, size, [](std::string_view text) {
        (void)coopnet::parse_coopnet_json(text, "fuzz.json");
    });
}
