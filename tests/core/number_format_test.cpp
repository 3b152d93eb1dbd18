#include "core/number_format.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "core/attributes.hpp"

using coopnet::attribute_text;
using coopnet::format_number;
using coopnet::format_number_decimal_comma;
using coopnet::parse_number;

namespace {

/// Significant digits in a decimal text such as "-0.00125" (3) or "1.5e+20" (2).
int significant_digits(const std::string& text) {
    std::string mantissa = text.substr(0, text.find_first_of("eE"));
    std::string digits;
    for (char c : mantissa) {
        if (c >= '0' && c <= '9') digits += c;
    }
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 1;
    digits = digits.substr(first);
    // Trailing zeros are not significant ("100" has 1 significant digit).
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    return static_cast<int>(digits.size());
}

double bits_to_double(std::uint64_t bits) {
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

}  // namespace

TEST_CASE("number format: common values print in their shortest form", "[number_format]") {
    CHECK(format_number(1.0) == "1");
    CHECK(format_number(0.1) == "0.1");
    CHECK(format_number(0.5) == "0.5");
    CHECK(format_number(-2.25) == "-2.25");
    CHECK(format_number(100.0) == "100");
    CHECK(format_number(2007000.0) == "2007000");
    CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");  // not 0.3: a different double
    CHECK(format_number(1.0 / 3.0) == "0.3333333333333333");   // 16 digits suffice
    CHECK(format_number(1e308) == "1e+308");
    CHECK(format_number(1e-7) == "1e-07");
    CHECK(format_number(std::numeric_limits<double>::max()) == "1.7976931348623157e+308");
    CHECK(format_number(std::numeric_limits<double>::denorm_min()) == "5e-324");
}

TEST_CASE("number format: zero of either sign prints 0", "[number_format]") {
    CHECK(format_number(0.0) == "0");
    CHECK(format_number(-0.0) == "0");
    CHECK(format_number_decimal_comma(-0.0) == "0");
}

TEST_CASE("number format: non-finite values print as nan, inf and -inf", "[number_format]") {
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(format_number(-std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(format_number(std::numeric_limits<double>::infinity()) == "inf");
    CHECK(format_number(-std::numeric_limits<double>::infinity()) == "-inf");
}

TEST_CASE("number format: the decimal comma replaces only the point", "[number_format]") {
    CHECK(format_number_decimal_comma(0.5) == "0,5");
    CHECK(format_number_decimal_comma(-1234.75) == "-1234,75");
    CHECK(format_number_decimal_comma(12.0) == "12");
    CHECK(format_number_decimal_comma(1.5e-7) == "1,5e-07");
}

TEST_CASE("number format: attribute text keeps strings and formats numbers", "[number_format]") {
    CHECK(attribute_text(std::string("04317")) == "04317");
    CHECK(attribute_text(0.25) == "0.25");
    CHECK(attribute_text(-0.0) == "0");
}

TEST_CASE("number format: random doubles round-trip in the fewest characters", "[number_format]") {
    // Oracle: the fewest significant digits k for which printf's correctly rounded "%.*e"
    // reads back to the same double. A decimal or exponent form must use exactly k digits;
    // a plain integer form (std::to_chars writes e.g. "-495917540805079936", the exact
    // integer) must not be longer than the k-digit scientific form it was preferred to.
    std::mt19937_64 rng(7);
    int checked = 0;
    for (int i = 0; i < 2000; ++i) {
        const double value = bits_to_double(rng());
        if (!std::isfinite(value) || value == 0.0) continue;
        ++checked;
        const std::string text = format_number(value);
        const auto back = parse_number(text);
        REQUIRE(back.has_value());
        CHECK(*back == value);
        int k = 1;
        char scientific[64];
        for (; k <= 17; ++k) {
            std::snprintf(scientific, sizeof scientific, "%.*e", k - 1, value);
            if (std::strtod(scientific, nullptr) == value) break;
        }
        REQUIRE(k <= 17);
        INFO("value " << text << " scientific " << scientific);
        if (text.find_first_of(".e") != std::string::npos) {
            CHECK(significant_digits(text) == k);
        } else {
            // printf pads the exponent to two digits like to_chars, so lengths compare.
            CHECK(text.size() <= std::strlen(scientific));
        }
    }
    CHECK(checked > 1900);
}

TEST_CASE("number format: parse reads plain, signed, exponent and blank-padded numbers",
          "[number_format]") {
    CHECK(parse_number("1") == 1.0);
    CHECK(parse_number("0.5") == 0.5);
    CHECK(parse_number("1e-3") == 0.001);
    CHECK(parse_number("2E2") == 200.0);
    CHECK(parse_number("-4.75") == -4.75);
    CHECK(parse_number("+4.75") == 4.75);
    CHECK(parse_number(" \t3 ") == 3.0);
    CHECK(parse_number(".5") == 0.5);
    CHECK(parse_number("5.") == 5.0);
    CHECK(parse_number("0.1") == 0.1);
    CHECK(parse_number("1e308") == 1e308);
}

TEST_CASE("number format: 1e-308 parses as a non-zero subnormal", "[number_format]") {
    const auto value = parse_number("1e-308");
    REQUIRE(value.has_value());
    CHECK(*value > 0.0);
    CHECK(*value < std::numeric_limits<double>::min());  // below the smallest normal
    CHECK(std::fpclassify(*value) == FP_SUBNORMAL);
    CHECK(*value == 1e-308);  // the compiler's correctly rounded literal
    CHECK(parse_number(format_number(*value)) == *value);
    const auto smallest = parse_number("4.9406564584124654e-324");
    REQUIRE(smallest.has_value());
    CHECK(*smallest == std::numeric_limits<double>::denorm_min());
}

TEST_CASE("number format: nan and inf parse to non-finite values", "[number_format]") {
    const auto nan = parse_number("nan");
    REQUIRE(nan.has_value());
    CHECK(std::isnan(*nan));
    CHECK(parse_number("inf") == std::numeric_limits<double>::infinity());
    CHECK(parse_number("-inf") == -std::numeric_limits<double>::infinity());
    CHECK(parse_number(" inf ") == std::numeric_limits<double>::infinity());
    // Whatever format_number writes, parse_number reads back.
    for (double v :
         {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()}) {
        CHECK(parse_number(format_number(v)) == v);
    }
    CHECK(std::isnan(*parse_number(format_number(std::nan("")))));
}

TEST_CASE("number format: trailing garbage and malformed numbers are refused", "[number_format]") {
    for (const char* bad : {"",
                            " ",
                            "+",
                            "-",
                            ".",
                            "e5",
                            "1e",
                            "1e+",
                            "1.5x",
                            "1,5",
                            "1 2",
                            "12abc",
                            "0x10",
                            "--1",
                            "+-1",
                            "-+1",
                            "++1",
                            "1..2",
                            "nanx",
                            "inf5",
                            "1e5.5",
                            "\xE2\x82\xAC"
                            "5"}) {
        INFO("text: '" << bad << "'");
        CHECK_FALSE(parse_number(bad).has_value());
    }
}
