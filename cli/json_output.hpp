// How every JSON output of the CLI (analyze, brokers, gaps, diff, info, qap, compare,
// timeline) is written: indented by two, ending in a newline, and naming the coopnet version
// and commit that computed it, so that a number in a saved file can be traced to its code.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

namespace coopnet::cli {

/// Writes the object `document` with "coopnet": {"version": "0.7.0", "commit": "1a2b3c4d5e6f"}
/// (core/version.hpp) as its first key, the others in their order.
void write_json(std::ostream& out, const nlohmann::ordered_json& document);

}  // namespace coopnet::cli
