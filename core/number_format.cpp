#include "core/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "core/attributes.hpp"

namespace coopnet {

std::string format_number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == 0.0) return "0";  // also folds -0 so outputs never show "-0"
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string format_number_decimal_comma(double value) {
    std::string text = format_number(value);
    for (char& c : text) {
        if (c == '.') c = ',';
    }
    return text;
}

std::optional<double> parse_number(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        // from_chars reads a minus sign itself; "+-1" would otherwise pass as -1.
        if (!text.empty() && text.front() == '-') return std::nullopt;
    }
    if (text.empty()) return std::nullopt;
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc::result_out_of_range &&
        result.ptr == text.data() + text.size()) {
        // Overflow or a subnormal: strtod (the program never changes the "C" locale) gives
        // inf for the first and the exact subnormal for the second, e.g. 1e-308.
        const std::string copy(text);
        return std::strtod(copy.c_str(), nullptr);
    }
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string attribute_text(const AttributeValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    return format_number(std::get<double>(value));
}

}  // namespace coopnet
