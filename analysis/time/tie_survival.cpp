#include "analysis/time/tie_survival.hpp"

#include <algorithm>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include "core/error.hpp"

namespace coopnet {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void check_times(std::span<const SurvivalRecord> records) {
    for (const SurvivalRecord& record : records) {
        if (!std::isfinite(record.time) || record.time < 0.0) {
            throw InvalidArgument("a survival time must be finite and not negative, not " +
                                  std::to_string(record.time));
        }
    }
}

/// Indices of `records` ordered by time.
std::vector<std::size_t> time_order(std::span<const SurvivalRecord> records) {
    std::vector<std::size_t> order(records.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return records[a].time < records[b].time; });
    return order;
}

/// The last day of the month `month` of `year`.
int month_length(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

/// The ordinal yyyymmdd `years` later on the same day (29 February to 28 February).
int years_later(int yyyymmdd, int years) {
    const int year = yyyymmdd / 10000 + years;
    const int month = yyyymmdd / 100 % 100;
    const int day = std::min(yyyymmdd % 100, month_length(year, month));
    return year * 10000 + month * 100 + day;
}

}  // namespace

int days_from_ordinal(int yyyymmdd) {
    // Hinnant's days_from_civil (http://howardhinnant.github.io/date_algorithms.html).
    int y = yyyymmdd / 10000;
    const int m = yyyymmdd / 100 % 100;
    const int d = yyyymmdd % 100;
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

KaplanMeier kaplan_meier(std::span<const SurvivalRecord> records,
                         const KaplanMeierOptions& options) {
    if (!(options.conf_level > 0.0 && options.conf_level < 1.0)) {
        throw InvalidArgument("the confidence level must lie between 0 and 1");
    }
    check_times(records);
    const double z = boost::math::quantile(boost::math::normal(), (1.0 + options.conf_level) / 2.0);
    const std::vector<std::size_t> order = time_order(records);
    KaplanMeier result;
    result.records = records.size();
    double survival = 1.0;
    double greenwood = 0.0;  // sum d / (n (n - d))
    std::size_t at_risk = records.size();
    for (std::size_t i = 0; i < order.size();) {
        const double time = records[order[i]].time;
        std::size_t events = 0;
        std::size_t here = 0;
        for (; i < order.size() && records[order[i]].time == time; ++i, ++here) {
            if (records[order[i]].event) ++events;
        }
        if (events > 0) {
            const double n = static_cast<double>(at_risk);
            const double d = static_cast<double>(events);
            survival *= 1.0 - d / n;
            greenwood += at_risk > events ? d / (n * (n - d)) : std::numeric_limits<double>::infinity();
            KaplanMeierStep step;
            step.time = time;
            step.at_risk = at_risk;
            step.events = events;
            step.survival = survival;
            if (survival > 0.0) {
                const double sd_log = std::sqrt(greenwood);
                step.std_err = survival * sd_log;
                step.lower = std::exp(std::log(survival) - z * sd_log);
                step.upper = std::min(1.0, std::exp(std::log(survival) + z * sd_log));
            } else {
                step.std_err = kNaN;
                step.lower = kNaN;
                step.upper = kNaN;
            }
            result.events += events;
            result.steps.push_back(step);
        }
        at_risk -= here;
    }
    // The median as R's print.survfit takes it: the first time S <= 0.5; where S is 0.5
    // exactly, the middle between that time and the next event time.
    for (std::size_t k = 0; k < result.steps.size(); ++k) {
        const double s = result.steps[k].survival;
        if (std::abs(s - 0.5) < 1e-12 && k + 1 < result.steps.size()) {
            result.median = (result.steps[k].time + result.steps[k + 1].time) / 2.0;
            break;
        }
        if (s <= 0.5) {
            result.median = result.steps[k].time;
            break;
        }
    }
    return result;
}

LogRankTest log_rank_test(std::span<const SurvivalRecord> records,
                          std::span<const std::size_t> group, std::size_t group_count) {
    if (records.size() != group.size()) {
        throw InvalidArgument("log-rank test: one group per record is needed");
    }
    for (const std::size_t g : group) {
        if (g >= group_count) throw InvalidArgument("log-rank test: a group is out of range");
    }
    check_times(records);
    const std::size_t k = group_count;
    LogRankTest test;
    test.records.assign(k, 0);
    test.observed.assign(k, 0);
    test.expected.assign(k, 0.0);
    std::vector<double> variance(k * k, 0.0);
    std::vector<std::size_t> at_risk(k, 0);
    for (const std::size_t g : group) ++at_risk[g];
    test.records = at_risk;
    std::size_t total = records.size();
    const std::vector<std::size_t> order = time_order(records);
    std::vector<std::size_t> deaths(k);
    std::vector<std::size_t> leaving(k);
    for (std::size_t i = 0; i < order.size();) {
        const double time = records[order[i]].time;
        std::fill(deaths.begin(), deaths.end(), 0);
        std::fill(leaving.begin(), leaving.end(), 0);
        std::size_t d = 0;
        for (; i < order.size() && records[order[i]].time == time; ++i) {
            const std::size_t g = group[order[i]];
            ++leaving[g];
            if (records[order[i]].event) {
                ++deaths[g];
                ++d;
            }
        }
        if (d > 0) {
            const double n = static_cast<double>(total);
            const double dd = static_cast<double>(d);
            const double factor = total > 1 ? dd * (n - dd) / (n - 1.0) : 0.0;
            for (std::size_t g = 0; g < k; ++g) {
                test.observed[g] += deaths[g];
                const double share_g = static_cast<double>(at_risk[g]) / n;
                test.expected[g] += dd * share_g;
                for (std::size_t h = 0; h < k; ++h) {
                    const double share_h = static_cast<double>(at_risk[h]) / n;
                    variance[g * k + h] += factor * share_g * ((g == h ? 1.0 : 0.0) - share_h);
                }
            }
        }
        for (std::size_t g = 0; g < k; ++g) {
            at_risk[g] -= leaving[g];
            total -= leaving[g];
        }
    }
    // As survdiff: the groups with E > 0, less the first of them, and V solved for O - E.
    std::vector<std::size_t> used;
    for (std::size_t g = 0; g < k; ++g) {
        if (test.expected[g] > 0.0) used.push_back(g);
    }
    if (used.size() < 2) {
        test.chi_square = 0.0;
        test.degrees_of_freedom = 0;
        test.p_value = kNaN;
        return test;
    }
    used.erase(used.begin());
    const std::size_t r = used.size();
    // Gaussian elimination with partial pivoting on [V | O - E].
    std::vector<std::vector<double>> a(r, std::vector<double>(r + 1));
    for (std::size_t i = 0; i < r; ++i) {
        for (std::size_t j = 0; j < r; ++j) a[i][j] = variance[used[i] * k + used[j]];
        a[i][r] = static_cast<double>(test.observed[used[i]]) - test.expected[used[i]];
    }
    const std::vector<std::vector<double>> original = a;
    double scale = 0.0;
    for (std::size_t i = 0; i < r; ++i) scale = std::max(scale, std::abs(a[i][i]));
    for (std::size_t c = 0; c < r; ++c) {
        std::size_t pivot = c;
        for (std::size_t i = c + 1; i < r; ++i) {
            if (std::abs(a[i][c]) > std::abs(a[pivot][c])) pivot = i;
        }
        if (std::abs(a[pivot][c]) <= 1e-12 * scale) {
            test.chi_square = kNaN;
            test.degrees_of_freedom = r;
            test.p_value = kNaN;
            return test;
        }
        std::swap(a[c], a[pivot]);
        for (std::size_t i = c + 1; i < r; ++i) {
            const double f = a[i][c] / a[c][c];
            for (std::size_t j = c; j <= r; ++j) a[i][j] -= f * a[c][j];
        }
    }
    std::vector<double> x(r);
    for (std::size_t i = r; i-- > 0;) {
        double sum = a[i][r];
        for (std::size_t j = i + 1; j < r; ++j) sum -= a[i][j] * x[j];
        x[i] = sum / a[i][i];
    }
    double chi = 0.0;
    for (std::size_t i = 0; i < r; ++i) chi += x[i] * original[i][r];
    test.chi_square = chi;
    test.degrees_of_freedom = r;
    test.p_value = boost::math::cdf(
        boost::math::complement(boost::math::chi_squared(static_cast<double>(r)), std::max(chi, 0.0)));
    return test;
}

std::string_view tie_grouping_name(TieGrouping grouping) {
    switch (grouping) {
        case TieGrouping::SectorPair: return "sector_pair";
        case TieGrouping::Kind: return "kind";
        case TieGrouping::CrossSector: return "cross_sector";
    }
    return "kind";
}

std::string tie_group(const TieDuration& tie, TieGrouping grouping) {
    switch (grouping) {
        case TieGrouping::SectorPair:
            return std::min(tie.first_sector, tie.second_sector) + "\u2013" +
                   std::max(tie.first_sector, tie.second_sector);
        case TieGrouping::Kind: return tie.kind;
        case TieGrouping::CrossSector:
            return tie.first_sector != tie.second_sector ? "cross_sector" : "within_sector";
    }
    return tie.kind;
}

namespace {

/// The records of one pair and kind, merged.
struct Spell {
    bool undated = false;  // a record without `since`
    bool open = false;     // a record without `until`
    int first = std::numeric_limits<int>::max();  // earliest first day (yyyymmdd)
    int last = 0;                                 // latest last day (yyyymmdd)

    void add(const Period& period) {
        if (!period.since) {
            undated = true;
        } else {
            first = std::min(first, period.since->first_day());
        }
        if (!period.until) {
            open = true;
        } else {
            last = std::max(last, period.until->last_day());
        }
    }
};

}  // namespace

TieDurations tie_durations(const Network& network, const TieDurationOptions& options) {
    using Key = std::tuple<std::string, std::string, std::string>;
    std::map<Key, Spell> spells;
    std::map<Key, std::pair<NodeId, NodeId>> ends;
    const auto add = [&](NodeId u, NodeId v, const std::string& kind, const Period& period) {
        const std::string* a = &network.actor(u).id;
        const std::string* b = &network.actor(v).id;
        if (!network.directed() && *b < *a) {
            std::swap(a, b);
            std::swap(u, v);
        }
        Key key{*a, *b, kind};
        spells[key].add(period);
        ends.emplace(key, std::pair{u, v});
    };
    int latest = 0;
    const auto note = [&](const Period& period) {
        if (period.since) latest = std::max(latest, period.since->last_day());
        if (period.until) latest = std::max(latest, period.until->last_day());
    };
    for (const TieRef& tie : network.ties()) {
        note(tie.period);
        if (tie.is_self_tie()) continue;
        add(tie.source, tie.target, std::string(tie.kind.view()), tie.period);
    }
    for (const Project& project : network.projects()) {
        note(project.period);
        for (std::size_t i = 0; i < project.members.size(); ++i) {
            for (std::size_t j = i + 1; j < project.members.size(); ++j) {
                NodeId u = project.members[i];
                NodeId v = project.members[j];
                // Projected ties have no direction: order the pair by id, also when directed.
                if (network.actor(v).id < network.actor(u).id) std::swap(u, v);
                const std::string* a = &network.actor(u).id;
                const std::string* b = &network.actor(v).id;
                Key key{*a, *b, "project"};
                spells[key].add(project.period);
                ends.emplace(key, std::pair{u, v});
            }
        }
    }
    TieDurations result;
    if (options.observed_until) {
        result.observed_until = options.observed_until;
    } else if (latest > 0) {
        result.observed_until = PartialDate(latest / 10000, latest / 100 % 100, latest % 100);
    }
    const int observed_last =
        result.observed_until ? result.observed_until->last_day() : std::numeric_limits<int>::max();
    for (const auto& [key, spell] : spells) {
        if (spell.undated) {
            ++result.undated;
            continue;
        }
        if (spell.first > observed_last) {
            ++result.after_observation;
            continue;
        }
        const auto [u, v] = ends.at(key);
        TieDuration tie;
        tie.first = std::get<0>(key);
        tie.second = std::get<1>(key);
        tie.kind = std::get<2>(key);
        tie.first_sector = network.actor(u).sector;
        tie.second_sector = network.actor(v).sector;
        tie.ended = !spell.open && spell.last <= observed_last;
        const int last = tie.ended ? spell.last : observed_last;
        tie.start_day = days_from_ordinal(spell.first);
        tie.end_day = days_from_ordinal(last);
        tie.days = static_cast<double>(tie.end_day - tie.start_day + 1);
        result.ties.push_back(std::move(tie));
    }
    return result;
}

TieSurvival tie_survival(const Network& network, const TieSurvivalOptions& options) {
    TieSurvival result;
    result.durations = tie_durations(network, options.durations);
    const std::vector<TieDuration>& ties = result.durations.ties;
    std::vector<SurvivalRecord> records;
    records.reserve(ties.size());
    for (const TieDuration& tie : ties) records.push_back({tie.days, tie.ended});
    result.curve = kaplan_meier(records, options.curve);

    for (const TieGrouping grouping :
         {TieGrouping::SectorPair, TieGrouping::Kind, TieGrouping::CrossSector}) {
        std::map<std::string, std::size_t> index;
        for (const TieDuration& tie : ties) index.emplace(tie_group(tie, grouping), 0);
        std::size_t next = 0;
        for (auto& [name, i] : index) i = next++;
        std::vector<std::size_t> group(ties.size());
        std::vector<std::vector<SurvivalRecord>> split(index.size());
        for (std::size_t t = 0; t < ties.size(); ++t) {
            group[t] = index.at(tie_group(ties[t], grouping));
            split[group[t]].push_back(records[t]);
        }
        GroupedSurvival grouped;
        grouped.grouping = grouping;
        for (const auto& [name, i] : index) {
            grouped.groups.push_back({name, kaplan_meier(split[i], options.curve)});
        }
        grouped.test = log_rank_test(records, group, index.size());
        result.grouped.push_back(std::move(grouped));
    }

    if (options.funding_end) {
        const int end = options.funding_end->last_day();
        const int observed_last = result.durations.observed_until
                                      ? result.durations.observed_until->last_day()
                                      : std::numeric_limits<int>::max();
        const int end_day = days_from_ordinal(end);
        for (const int years : {1, 2}) {
            const int later = years_later(end, years);
            const int later_day = days_from_ordinal(later);
            FundingFollowUp follow;
            follow.years = years;
            for (const TieDuration& tie : ties) {
                if (tie.start_day > end_day || tie.end_day < end_day) continue;
                ++follow.active_at_end;
                if (tie.end_day >= later_day) {
                    ++follow.still_active;
                } else if (!tie.ended && later > observed_last) {
                    ++follow.unknown;  // observation stopped before `later`
                }
            }
            const std::size_t known = follow.active_at_end - follow.unknown;
            if (known > 0) {
                follow.share = static_cast<double>(follow.still_active) / static_cast<double>(known);
            }
            result.follow_up.push_back(follow);
        }
    }
    return result;
}

}  // namespace coopnet
