// libFuzzer target: Pajek .net files (parse_pajek).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_target.hpp"
#include "io/pajek.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return coopnet::fuzz::run_reader(
        data, size, [](std::string_view text) { (void)coopnet::parse_pajek(text, "fuzz.net"); });
}
