// The JSON of `coopnet diff --format json`, shared by the CLI and the Python module.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "analysis/change/network_diff.hpp"

namespace coopnet::cli {

/// `{"compared", "actors", "ties", "brokers", "network"}`: what changed between two states,
/// named `before_name` and `after_name`; undefined numbers (NaN) are null.
nlohmann::ordered_json diff_json(const NetworkDiff& diff, const std::string& before_name,
                                 const std::string& after_name);

}  // namespace coopnet::cli
