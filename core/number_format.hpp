// Numbers in every output print in the shortest form that reads back to the same double
// (std::to_chars), so outputs are byte-identical across runs and lose no precision.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace coopnet {

/// Shortest round-trip decimal form: 1 -> "1", 0.1 -> "0.1", 1e308 -> "1e+308".
/// Non-finite values print as "nan", "inf" or "-inf"; callers writing JSON map them to null.
std::string format_number(double value);

/// Same, with a decimal comma instead of the point (German spreadsheets).
std::string format_number_decimal_comma(double value);

/// Parses a whole string as a finite or non-finite double ("1", "0.5", "1e-3", "nan",
/// "inf"); blanks around it are ignored. Returns nothing when any other character is left.
std::optional<double> parse_number(std::string_view text);

}  // namespace coopnet
