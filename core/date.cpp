#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace coopnet {

namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<int> parse_digits(std::string_view text, std::size_t count) {
    if (text.size() != count) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    text = trim(text);
    PartialDate date;
    const auto year = parse_digits(text.substr(0, 4), 4);
    if (!year) return std::nullopt;
    date.year = static_cast<std::int16_t>(*year);
    if (text.size() == 4) return date;
    if (text.size() < 7 || text[4] != '-') return std::nullopt;
    const auto month = parse_digits(text.substr(5, 2), 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    date.month = static_cast<std::uint8_t>(*month);
    if (text.size() == 7) return date;
    if (text.size() != 10 || text[7] != '-') return std::nullopt;
    const auto day = parse_digits(text.substr(8, 2), 2);
    if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
    date.day = static_cast<std::uint8_t>(*day);
    return date;
}

std::string PartialDate::to_string() const {
    char buffer[16];
    if (month == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d", int{year});
    } else if (day == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", int{year}, int{month});
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", int{year}, int{month},
                      int{day});
    }
    return buffer;
}

int PartialDate::first_day() const {
    return year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
}

int PartialDate::last_day() const {
    const int last_month = month == 0 ? 12 : month;
    const int last = day == 0 ? days_in_month(year, last_month) : day;
    return year * 10000 + last_month * 100 + last;
}

bool Period::reversed() const {
    return since && until && since->first_day() > until->last_day();
}

bool Period::overlaps(const std::optional<PartialDate>& from,
                      const std::optional<PartialDate>& to) const {
    if (to && since && since->first_day() > to->last_day()) return false;
    if (from && until && until->last_day() < from->first_day()) return false;
    return true;
}

}  // namespace coopnet
