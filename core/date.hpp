// Dates of ties and projects as planners write them: a year ("2003"), a month
// ("2003-05") or a day ("2003-05-17", ISO 8601 calendar date). A partial date stands for
// the whole span it names: "2003" runs from 1 January to 31 December 2003.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace coopnet {

/// A calendar date given to year, month or day precision (month/day 0 = not given).
/// Packed into 4 bytes (year 0..9999 in 16 bits, month and day in 8 bits each), so that an
/// optional date takes 6 bytes and a Period 12.
struct PartialDate {
    std::int16_t year = 0;
    std::uint8_t month = 0;
    std::uint8_t day = 0;

    constexpr PartialDate() noexcept = default;
    /// Takes the fields as plain integers (`PartialDate{2003, 5, 17}`); they are stored as
    /// given, so keep them in range (year 0..9999, month 0..12, day 0..31).
    constexpr explicit PartialDate(int year_, int month_ = 0, int day_ = 0) noexcept
        : year(static_cast<std::int16_t>(year_)),
          month(static_cast<std::uint8_t>(month_)),
          day(static_cast<std::uint8_t>(day_)) {}

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding blanks ignored).
    /// Returns nothing for anything else, including impossible days such as 2003-02-30.
    static std::optional<PartialDate> parse(std::string_view text);

    /// Canonical text: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, zero padded.
    [[nodiscard]] std::string to_string() const;

    /// First and last day of the span as an ordinal yyyymmdd, for overlap tests.
    [[nodiscard]] int first_day() const;
    [[nodiscard]] int last_day() const;

    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

/// A half-open-free, inclusive period [since, until]; either end may be open. 12 bytes.
struct Period {
    std::optional<PartialDate> since;
    std::optional<PartialDate> until;

    /// True when the period starts after it ends (a data error: `since` after `until`).
    [[nodiscard]] bool reversed() const;

    /// True when this period shares at least one day with [from, to]. An undated period
    /// (both ends open) overlaps everything, as the filter convention requires.
    [[nodiscard]] bool overlaps(const std::optional<PartialDate>& from,
                                const std::optional<PartialDate>& to) const;

    friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace coopnet
