// The common body of every fuzz target: hand the bytes to one reader and let only
// coopnet::Error (a refused input) pass. Anything else (a crash, a sanitizer report, any
// other exception escaping the reader, which libFuzzer sees as an abort) is a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.hpp"

namespace coopnet::fuzz {

/// Calls `read(text)` on the fuzzer's bytes, viewed as text; a coopnet::Error is the
/// expected way to refuse an input and is swallowed, every other exception propagates
/// (and aborts the fuzzer, which records the input as a crash).
template <typename Reader>
int run_reader(const std::uint8_t* data, std::size_t size, Reader&& read) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        read(text);
    } catch (const coopnet::Error&) {
        // refused cleanly: the expected outcome for most mutated inputs
    }
    return 0;
}

}  // namespace coopnet::fuzz
