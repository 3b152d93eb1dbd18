#include "core/date.hpp"

#include <catch2/catch.hpp>
#include <optional>

using coopnet::PartialDate;
using coopnet::Period;

namespace {

PartialDate date(const char* text) {
    const auto parsed = PartialDate::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

Period period(const char* since, const char* until) {
    Period p;
    if (since) p.since = date(since);
    if (until) p.until = date(until);
    return p;
}

std::optional<PartialDate> opt(const char* text) {
    if (!text) return std::nullopt;
    return date(text);
}

}  // namespace

TEST_CASE("date: a year, a month and a day parse to their fields", "[date]") {
    CHECK(date("2003") == PartialDate{2003, 0, 0});
    CHECK(date("2003-05") == PartialDate{2003, 5, 0});
    CHECK(date("2003-05-17") == PartialDate{2003, 5, 17});
    CHECK(date("  2008\t") == PartialDate{2008, 0, 0});
    CHECK(date("0800") == PartialDate{800, 0, 0});
}

TEST_CASE("date: impossible and malformed dates are refused", "[date]") {
    for (const char* bad : {"",           " ",           "20033",     "203",           "2003-13",
                            "2003-00",    "2003-1",      "2003-5-17", "2003-02-30",    "2003-04-31",
                            "2003-05-00", "2003-05-32",  "2003/05",   "2003-05-17T00", "2003-05-",
                            "2003-",      "-2003",       "+2003",     "2003 05",       "abcd",
                            "2003-05-1",  "2003-05-170", "２００３"}) {
        INFO("text: '" << bad << "'");
        CHECK_FALSE(PartialDate::parse(bad).has_value());
    }
}

TEST_CASE("date: February 29 exists only in leap years", "[date]") {
    CHECK(PartialDate::parse("2004-02-29").has_value());  // divisible by 4
    CHECK(PartialDate::parse("2000-02-29").has_value());  // divisible by 400
    CHECK_FALSE(PartialDate::parse("2003-02-29").has_value());
    CHECK_FALSE(PartialDate::parse("1900-02-29").has_value());  // by 100, not by 400
    CHECK(date("2004-02").last_day() == 20040229);
    CHECK(date("2000-02").last_day() == 20000229);
    CHECK(date("1900-02").last_day() == 19000228);
    CHECK(date("2003-02").last_day() == 20030228);
}

TEST_CASE("date: first and last day span the whole year, month or day", "[date]") {
    CHECK(date("2003").first_day() == 20030101);
    CHECK(date("2003").last_day() == 20031231);
    CHECK(date("2003-04").first_day() == 20030401);
    CHECK(date("2003-04").last_day() == 20030430);
    CHECK(date("2003-12").last_day() == 20031231);
    CHECK(date("2003-04-17").first_day() == 20030417);
    CHECK(date("2003-04-17").last_day() == 20030417);
}

TEST_CASE("date: text form is canonical and zero padded", "[date]") {
    CHECK(date(" 2003-05-07 ").to_string() == "2003-05-07");
    CHECK(date("2003-05").to_string() == "2003-05");
    CHECK(date("2003").to_string() == "2003");
    CHECK((PartialDate{800, 1, 2}).to_string() == "0800-01-02");
    for (const char* text : {"1999", "2004-02", "2004-02-29"}) {
        CHECK(date(date(text).to_string().c_str()) == date(text));
    }
}

TEST_CASE("period: reversed only when since begins after until ends", "[date]") {
    CHECK(period("2005", "2004").reversed());
    CHECK(period("2004-05-02", "2004-05-01").reversed());
    CHECK_FALSE(period("2004", "2004").reversed());
    CHECK_FALSE(period("2004-05-01", "2004-05-01").reversed());
    // A year means all of it: 2005-06 lies inside 2005, so [2005-06, 2005] is fine,
    // and so is [2005, 2005-03].
    CHECK_FALSE(period("2005-06", "2005").reversed());
    CHECK_FALSE(period("2005", "2005-03").reversed());
    CHECK(period("2006", "2005-12").reversed());
    // Open ends are never reversed.
    CHECK_FALSE(period("2005", nullptr).reversed());
    CHECK_FALSE(period(nullptr, "2005").reversed());
    CHECK_FALSE(period(nullptr, nullptr).reversed());
}

TEST_CASE("period: overlap with a closed window counts shared days", "[date]") {
    const Period p = period("2003", "2005");            // 2003-01-01 .. 2005-12-31
    CHECK(p.overlaps(opt("2005"), opt("2007")));        // shares 2005
    CHECK(p.overlaps(opt("2005-12-31"), opt("2006")));  // shares one day
    CHECK_FALSE(p.overlaps(opt("2006"), opt("2008")));  // starts the day after
    CHECK_FALSE(p.overlaps(opt("2001"), opt("2002-12-31")));
    CHECK(p.overlaps(opt("2001"), opt("2003-01-01")));
    CHECK(p.overlaps(opt("2004-06"), opt("2004-06")));  // window inside
    CHECK(p.overlaps(opt("1990"), opt("2020")));        // period inside
    // Month precision: until 2005-06 ends on 30 June.
    const Period half = period("2005-02", "2005-06");
    CHECK(half.overlaps(opt("2005-06-30"), opt("2005-07")));
    CHECK_FALSE(half.overlaps(opt("2005-07"), opt("2005-12")));
    CHECK_FALSE(half.overlaps(opt("2004"), opt("2005-01-31")));
    CHECK(half.overlaps(opt("2005"), opt("2005")));  // the year covers February to June
}

TEST_CASE("period: open ends of period or window reach without limit", "[date]") {
    const Period since2007 = period("2007", nullptr);
    CHECK(since2007.overlaps(opt("2030"), opt("2040")));
    CHECK(since2007.overlaps(opt("2007"), std::nullopt));
    CHECK_FALSE(since2007.overlaps(opt("2000"), opt("2006")));
    CHECK_FALSE(since2007.overlaps(std::nullopt, opt("2006-12-31")));
    CHECK(since2007.overlaps(std::nullopt, opt("2007")));

    const Period until2004 = period(nullptr, "2004");
    CHECK(until2004.overlaps(opt("1900"), opt("1901")));
    CHECK(until2004.overlaps(std::nullopt, opt("1950")));
    CHECK(until2004.overlaps(opt("2004-12"), std::nullopt));
    CHECK_FALSE(until2004.overlaps(opt("2005"), std::nullopt));

    const Period undated = period(nullptr, nullptr);
    CHECK(undated.overlaps(opt("2005"), opt("2005")));
    CHECK(undated.overlaps(std::nullopt, std::nullopt));
    // An open window keeps every dated period too.
    CHECK(period("2003", "2005").overlaps(std::nullopt, std::nullopt));
}
