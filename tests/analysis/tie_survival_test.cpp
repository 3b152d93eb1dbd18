#include "analysis/time/tie_survival.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/network_format.hpp"

using namespace coopnet;

namespace {

/// The normal quantile of 0.975, as R's qnorm(0.975).
constexpr double kZ = 1.959963984540054;

/// Rows of a fixture CSV (no quoting: the fixtures have none), header dropped.
std::vector<std::vector<std::string>> read_rows(const std::string& name) {
    std::ifstream in(std::string(COOPNET_TEST_DATA_DIR) + "/survival/" + name);
    REQUIRE(in);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, ',')) fields.push_back(field);
        if (!line.empty() && line.back() == ',') fields.emplace_back();
        rows.push_back(fields);
    }
    return rows;
}

double cell(const std::string& text) { return text.empty() ? std::nan("") : std::stod(text); }

/// Equal to 1e-10 (relative above 1), or both NaN (R's NA).
bool close(double ours, double r) {
    if (std::isnan(r)) return std::isnan(ours);
    return std::abs(ours - r) <= 1e-10 * std::max(1.0, std::abs(r));
}

std::vector<TieDuration> read_durations(const std::string& name) {
    std::vector<TieDuration> ties;
    for (const auto& f : read_rows(name + "-durations.csv")) {
        REQUIRE(f.size() == 7);
        TieDuration tie;
        tie.first = f[0];
        tie.second = f[1];
        tie.kind = f[2];
        tie.first_sector = f[3];
        tie.second_sector = f[4];
        tie.days = std::stod(f[5]);
        tie.ended = f[6] == "1";
        ties.push_back(tie);
    }
    return ties;
}

std::vector<SurvivalRecord> records_of(const std::vector<TieDuration>& ties) {
    std::vector<SurvivalRecord> records;
    for (const TieDuration& tie : ties) records.push_back({tie.days, tie.ended});
    return records;
}

const char* const kFixtures[] = {"duisburg-two-periods", "leipzig-mockau", "duisburg-marxloh",
                                 "synthetic"};

}  // namespace

//   time  2   3   5   5   8          (+ = censored)
//         x   +   x   +   x
TEST_CASE("kaplan-meier: five ties by hand, with Greenwood's variance and log intervals",
          "[survival]") {
    const std::vector<SurvivalRecord> records{
        {5, false}, {2, true}, {8, true}, {3, false}, {5, true}};
    const KaplanMeier km = kaplan_meier(records);
    REQUIRE(km.records == 5);
    REQUIRE(km.events == 3);
    REQUIRE(km.steps.size() == 3);
    // t = 2: 5 at risk, 1 event: S = 4/5; Greenwood sum 1/(5*4).
    CHECK(km.steps[0].time == 2);
    CHECK(km.steps[0].at_risk == 5);
    CHECK(km.steps[0].events == 1);
    CHECK(km.steps[0].survival == Approx(0.8));
    CHECK(km.steps[0].std_err == Approx(0.8 * std::sqrt(0.05)));
    CHECK(km.steps[0].lower == Approx(0.8 * std::exp(-kZ * std::sqrt(0.05))));
    CHECK(km.steps[0].upper == 1.0);  // 0.8 exp(+z 0.2236) = 1.24, capped
    // t = 5: the tie censored at 3 has left; the one censored at 5 is still at risk:
    // 3 at risk, 1 event: S = 4/5 * 2/3; sum 1/20 + 1/(3*2).
    const double s5 = 0.8 * 2.0 / 3.0;
    const double sum5 = 0.05 + 1.0 / 6.0;
    CHECK(km.steps[1].time == 5);
    CHECK(km.steps[1].at_risk == 3);
    CHECK(km.steps[1].events == 1);
    CHECK(km.steps[1].survival == Approx(s5));
    CHECK(km.steps[1].std_err == Approx(s5 * std::sqrt(sum5)));
    CHECK(km.steps[1].lower == Approx(s5 * std::exp(-kZ * std::sqrt(sum5))));
    CHECK(km.steps[1].upper == Approx(std::min(1.0, s5 * std::exp(kZ * std::sqrt(sum5)))));
    // t = 8: the last one ends: S = 0, no standard error or interval (R: NA).
    CHECK(km.steps[2].at_risk == 1);
    CHECK(km.steps[2].survival == 0.0);
    CHECK(std::isnan(km.steps[2].std_err));
    CHECK(std::isnan(km.steps[2].lower));
    REQUIRE(km.median);
    CHECK(*km.median == 8);
}

TEST_CASE("kaplan-meier: degenerate inputs", "[survival]") {
    CHECK(kaplan_meier({}).steps.empty());
    const std::vector<SurvivalRecord> censored{{3, false}, {4, false}};
    const KaplanMeier none = kaplan_meier(censored);
    CHECK(none.steps.empty());
    CHECK_FALSE(none.median);
    const std::vector<SurvivalRecord> bad{{-1, true}};
    CHECK_THROWS_AS(kaplan_meier(bad), InvalidArgument);
    const std::vector<SurvivalRecord> nan{{std::nan(""), true}};
    CHECK_THROWS_AS(kaplan_meier(nan), InvalidArgument);
    KaplanMeierOptions level;
    level.conf_level = 1.0;
    CHECK_THROWS_AS(kaplan_meier(censored, level), InvalidArgument);
    // S = 0.5 exactly between 2 and 4: the median is the middle, 3 (as R prints it).
    const std::vector<SurvivalRecord> half{{2, true}, {4, true}};
    CHECK(*kaplan_meier(half).median == 3);
}

//   group A: 2x 5x        group B: 3+ 5+ 8x
TEST_CASE("log-rank: two groups by hand", "[survival]") {
    const std::vector<SurvivalRecord> records{{2, true}, {5, true}, {3, false}, {5, false},
                                              {8, true}};
    const std::vector<std::size_t> group{0, 0, 1, 1, 1};
    const LogRankTest test = log_rank_test(records, group, 2);
    // t = 2: 5 at risk (2 A), 1 event: E_A 2/5, V (1*4/4)(2/5)(3/5).
    // t = 5: 3 at risk (1 A), 1 event: E_A 1/3, V (1*2/2)(1/3)(2/3).
    // t = 8: 1 at risk (B): E_A 0, V 0 (n - 1 = 0).
    const double expected_a = 0.4 + 1.0 / 3.0;
    const double variance = 0.24 + 2.0 / 9.0;
    CHECK(test.observed[0] == 2);
    CHECK(test.observed[1] == 1);
    CHECK(test.expected[0] == Approx(expected_a));
    CHECK(test.expected[1] == Approx(3.0 - expected_a));
    CHECK(test.degrees_of_freedom == 1);
    // With two groups the statistic is (O - E)^2 / V for either group.
    CHECK(test.chi_square == Approx((1.0 - (3.0 - expected_a)) * (1.0 - (3.0 - expected_a)) /
                                    variance));
    // Chi-square with 1 df: P(X > c) = erfc(sqrt(c / 2)).
    CHECK(test.p_value == Approx(std::erfc(std::sqrt(test.chi_square / 2.0))));

    const std::vector<std::size_t> wrong{0, 0, 2, 1, 1};
    CHECK_THROWS_AS(log_rank_test(records, wrong, 2), InvalidArgument);
    const std::vector<std::size_t> short_list{0, 1};
    CHECK_THROWS_AS(log_rank_test(records, short_list, 2), InvalidArgument);
    // One group only: no test.
    const std::vector<std::size_t> one(5, 0);
    const LogRankTest single = log_rank_test(records, one, 1);
    CHECK(single.degrees_of_freedom == 0);
    CHECK(std::isnan(single.p_value));
}

TEST_CASE("kaplan-meier: R survfit summaries of the samples to 1e-10", "[survival][R]") {
    for (const char* name : kFixtures) {
        INFO(name);
        const KaplanMeier km = kaplan_meier(records_of(read_durations(name)));
        const auto rows = read_rows(std::string(name) + "-km.csv");
        REQUIRE(km.steps.size() == rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            INFO("row " << i);
            const auto& f = rows[i];
            const KaplanMeierStep& step = km.steps[i];
            CHECK(close(step.time, cell(f[0])));
            CHECK(step.at_risk == std::stoul(f[1]));
            CHECK(step.events == std::stoul(f[2]));
            CHECK(close(step.survival, cell(f[3])));
            CHECK(close(step.std_err, cell(f[4])));
            CHECK(close(step.lower, cell(f[5])));
            CHECK(close(step.upper, cell(f[6])));
        }
    }
}

TEST_CASE("log-rank: R survdiff chi-square and p of the samples' groupings", "[survival][R]") {
    for (const char* name : kFixtures) {
        const std::vector<TieDuration> ties = read_durations(name);
        const std::vector<SurvivalRecord> records = records_of(ties);
        for (const auto& f : read_rows(std::string(name) + "-logrank.csv")) {
            INFO(name << " " << f[0]);
            const TieGrouping grouping = f[0] == "kind"           ? TieGrouping::Kind
                                         : f[0] == "cross_sector" ? TieGrouping::CrossSector
                                                                  : TieGrouping::SectorPair;
            std::vector<std::string> names;
            for (const TieDuration& tie : ties) names.push_back(tie_group(tie, grouping));
            std::vector<std::string> distinct = names;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            REQUIRE(distinct.size() == std::stoul(f[1]));
            std::vector<std::size_t> group;
            for (const std::string& n : names) {
                group.push_back(static_cast<std::size_t>(
                    std::lower_bound(distinct.begin(), distinct.end(), n) - distinct.begin()));
            }
            const LogRankTest test = log_rank_test(records, group, distinct.size());
            if (f[2].empty()) {
                CHECK(test.degrees_of_freedom == 0);
                continue;
            }
            CHECK(test.degrees_of_freedom == std::stoul(f[3]));
            CHECK(test.chi_square == Approx(cell(f[2])).epsilon(1e-9));
            CHECK(test.p_value == Approx(cell(f[4])).epsilon(1e-7));
        }
    }
}

TEST_CASE("tie durations: the samples' ties as an independent script reads them",
          "[survival]") {
    for (const char* name : {"duisburg-two-periods", "leipzig-mockau", "duisburg-marxloh"}) {
        INFO(name);
        const Network network =
            read_network(std::string(COOPNET_SAMPLES_DIR) + "/" + name).network;
        const TieDurations ours = tie_durations(network);
        const std::vector<TieDuration> theirs = read_durations(name);
        REQUIRE(ours.ties.size() == theirs.size());
        CHECK(ours.undated == 0);
        for (std::size_t i = 0; i < theirs.size(); ++i) {
            INFO(theirs[i].first << " " << theirs[i].second << " " << theirs[i].kind);
            CHECK(ours.ties[i].first == theirs[i].first);
            CHECK(ours.ties[i].second == theirs[i].second);
            CHECK(ours.ties[i].kind == theirs[i].kind);
            CHECK(ours.ties[i].first_sector == theirs[i].first_sector);
            CHECK(ours.ties[i].days == theirs[i].days);
            CHECK(ours.ties[i].ended == theirs[i].ended);
        }
    }
}

namespace {

Network dated_network(const std::vector<std::pair<std::string, std::string>>& periods) {
    std::vector<Actor> actors;
    for (std::size_t i = 0; i <= periods.size(); ++i) {
        Actor actor;
        actor.id = "a" + std::to_string(i);
        actors.push_back(actor);
    }
    std::vector<Tie> ties;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        Tie tie;
        tie.source = 0;
        tie.target = static_cast<NodeId>(i + 1);
        tie.kind = "exchange";
        tie.period.since = PartialDate::parse(periods[i].first);
        tie.period.until = PartialDate::parse(periods[i].second);
        ties.push_back(tie);
    }
    return make_network("dated", false, std::move(actors), std::move(ties), {});
}

}  // namespace

TEST_CASE("tie durations: a year, a month and a day mean the whole span they name",
          "[survival]") {
    // a0-a1 2003..2008: 1.1.2003 to 31.12.2008 = 6 years with 2004 and 2008 leap: 2192 days.
    // a0-a2 2015-04..2015-05: 1 April to 31 May = 61 days.
    // a0-a3 2016-02-10..2016-02-29: 20 days (leap year).
    // a0-a4 2016-02..2016-02: 29 days.
    const Network network = dated_network(
        {{"2003", "2008"}, {"2015-04", "2015-05"}, {"2016-02-10", "2016-02-29"}, {"2016-02", "2016-02"}});
    const TieDurations d = tie_durations(network);
    REQUIRE(d.ties.size() == 4);
    CHECK(d.ties[0].days == 2192);
    CHECK(d.ties[1].days == 61);
    CHECK(d.ties[2].days == 20);
    CHECK(d.ties[3].days == 29);
    for (const TieDuration& tie : d.ties) CHECK(tie.ended);
    REQUIRE(d.observed_until);
    CHECK(d.observed_until->to_string() == "2016-02-29");
    CHECK(days_from_ordinal(19700101) == 0);
    CHECK(days_from_ordinal(20000301) - days_from_ordinal(20000228) == 2);
}

TEST_CASE("tie durations: no until is censored, undated ties are left out and counted",
          "[survival]") {
    const Network network = dated_network({{"2010", ""}, {"", "2012"}, {"2011", "2014"},
                                           {"2016", ""}, {"", ""}});
    TieDurationOptions options;
    options.observed_until = PartialDate(2013);
    const TieDurations d = tie_durations(network, options);
    CHECK(d.undated == 2);            // a0-a2 (no since) and a0-a5 (no dates)
    CHECK(d.after_observation == 1);  // a0-a4 starts 2016, after 2013
    REQUIRE(d.ties.size() == 2);
    // a0-a1 since 2010, open: censored at the end of 2013, 4 years (2012 leap).
    CHECK(d.ties[0].second == "a1");
    CHECK_FALSE(d.ties[0].ended);
    CHECK(d.ties[0].days == 1461);
    // a0-a3 2011..2014 ends after the observation: censored at the end of 2013.
    CHECK(d.ties[1].second == "a3");
    CHECK_FALSE(d.ties[1].ended);
    CHECK(d.ties[1].days == 1096);
    // Without an observation end the latest date, 2016, is it.
    const TieDurations open = tie_durations(network);
    REQUIRE(open.observed_until);
    CHECK(open.observed_until->to_string() == "2016-12-31");
    CHECK(open.after_observation == 0);
    CHECK(open.ties.size() == 3);
}

TEST_CASE("tie survival: share still active one and two years after the funding end",
          "[survival]") {
    // Funding ends 2018. a1 ends 2018, a2 ends 2019, a3 ends 2021, a4 open, a5 starts 2019.
    const Network network = dated_network(
        {{"2015", "2018"}, {"2015", "2019"}, {"2016", "2021"}, {"2017", ""}, {"2019", "2020"}});
    TieSurvivalOptions options;
    options.funding_end = PartialDate(2018);
    options.durations.observed_until = PartialDate(2020);
    const TieSurvival survival = tie_survival(network, options);
    REQUIRE(survival.follow_up.size() == 2);
    const FundingFollowUp& one = survival.follow_up[0];
    CHECK(one.active_at_end == 4);  // a1..a4
    CHECK(one.still_active == 3);   // a2 (to 31.12.2019), a3, a4 (observed to 2020)
    CHECK(one.unknown == 0);
    CHECK(*one.share == Approx(0.75));
    const FundingFollowUp& two = survival.follow_up[1];
    CHECK(two.still_active == 2);  // a3 and a4, both observed to 31.12.2020
    CHECK(*two.share == Approx(0.5));
    // Observed to 2019 only: a3 and a4 are censored before 31.12.2020, unknown.
    options.durations.observed_until = PartialDate(2019);
    const FundingFollowUp late = tie_survival(network, options).follow_up[1];
    CHECK(late.active_at_end == 4);
    CHECK(late.still_active == 0);
    CHECK(late.unknown == 2);
    CHECK(*late.share == Approx(0.0).margin(1e-15));
}
