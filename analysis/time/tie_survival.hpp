// How long cooperation lasts: the Kaplan–Meier estimate [1] of the survival of ties, with
// Greenwood's variance [2] and log-transformed confidence intervals, the log-rank test [3]
// between groups of ties, and the share of ties active at the end of a funding period that
// were still active one and two years later.
//
// The numbers are those of R's `survival` package [4]: `summary(survfit(Surv(time, event) ~
// 1))` with its defaults (conf.type = "log", conf.int = 0.95) and `survdiff(... ~ group)`
// (rho = 0). tests/data/survival/ holds its output for the samples
// (scripts/fixtures/survival_km.R).
//
// [1] Kaplan & Meier (1958), Nonparametric estimation from incomplete observations, J. Am.
//     Stat. Assoc. 53:457–481, doi:10.1080/01621459.1958.10501452.
// [2] Greenwood (1926), The natural duration of cancer, Reports on Public Health and Medical
//     Subjects 33, HMSO; in modern form Kalbfleisch & Prentice (2002), The Statistical
//     Analysis of Failure Time Data, 2nd ed., Wiley, §1.4, doi:10.1002/9781118032985.
// [3] Mantel (1966), Cancer Chemother. Rep. 50:163–170; Peto & Peto (1972), J. R. Stat. Soc.
//     A 135:185–207, doi:10.2307/2344317.
// [4] Therneau, survival: A Package for Survival Analysis in R (survfit.formula,
//     survdiff), and Therneau & Grambsch (2000), Modeling Survival Data, Springer,
//     doi:10.1007/978-1-4757-3294-8.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/network.hpp"

namespace coopnet {

/// One observed duration: `time` (any unit, here days) and whether it ended in the event
/// (true: the tie ended) or was censored (false: still running when observation stopped).
struct SurvivalRecord {
    double time = 0.0;
    bool event = false;
};

/// The Kaplan–Meier estimate at one event time, as `summary(survfit(...))` lists it.
struct KaplanMeierStep {
    double time = 0.0;
    std::size_t at_risk = 0;  ///< n.risk: records with time >= this time
    std::size_t events = 0;   ///< n.event: events at this time
    double survival = 1.0;    ///< S(t) = prod over event times t_i <= t of (1 - d_i / n_i)
    /// std.err of S(t): S(t) sqrt(sum d_i / (n_i (n_i - d_i))) (Greenwood); NaN once
    /// S(t) = 0 (R prints NaN there too).
    double std_err = 0.0;
    /// Confidence interval, log transform (R's default conf.type = "log"):
    /// exp(log S ± z sqrt(sum d_i / (n_i (n_i - d_i)))), the upper bound capped at 1;
    /// NaN when S(t) = 0.
    double lower = 0.0;
    double upper = 0.0;
};

struct KaplanMeierOptions {
    double conf_level = 0.95;  ///< in (0, 1); z = the normal quantile of (1 + level) / 2
};

struct KaplanMeier {
    std::size_t records = 0;  ///< n
    std::size_t events = 0;   ///< total events
    std::vector<KaplanMeierStep> steps;  ///< one per distinct event time, ascending
    /// The median survival time as R prints it: the first time with S(t) <= 0.5 (when S
    /// equals 0.5 exactly over an interval, the middle of that interval); nothing when S
    /// stays above 0.5.
    std::optional<double> median;
};

/// The Kaplan–Meier estimate of the survival function of `records`.
/// Ties in time: all events at a time are one step; records censored at an event time are
/// still at risk at it (censoring after events, as R and [1] do).
/// @throws InvalidArgument when a time is negative or not finite, or conf_level is not in (0, 1).
/// Complexity O(n log n).
KaplanMeier kaplan_meier(std::span<const SurvivalRecord> records,
                         const KaplanMeierOptions& options = {});

/// The log-rank test of equal survival in `group_count` groups (R's survdiff, rho = 0).
struct LogRankTest {
    std::vector<std::size_t> records;  ///< N per group
    std::vector<std::size_t> observed; ///< O: events per group
    std::vector<double> expected;      ///< E: sum over event times of d_t n_gt / n_t
    /// (O - E)' V^-1 (O - E) over the groups with E > 0 less the first of them, with V the
    /// hypergeometric covariance sum_t d_t (n_t - d_t) / (n_t - 1) n_gt / n_t
    /// (delta_gh - n_ht / n_t); 0 when fewer than two groups have E > 0.
    double chi_square = 0.0;
    std::size_t degrees_of_freedom = 0;  ///< groups with E > 0, less 1
    /// Upper tail of chi-square with those degrees of freedom; NaN when they are 0 or the
    /// covariance is singular (then chi_square is NaN too).
    double p_value = 0.0;
};

/// @param group  the group (0 .. group_count - 1) of each record.
/// @throws InvalidArgument when the sizes differ, a group is out of range, or a time is
///   negative or not finite.
/// Complexity O(n log n + T g^2 + g^3) with T event times and g groups.
LogRankTest log_rank_test(std::span<const SurvivalRecord> records,
                          std::span<const std::size_t> group, std::size_t group_count);

/// The number of days from 1970-01-01 to the ordinal yyyymmdd (PartialDate::first_day /
/// last_day); proleptic Gregorian calendar.
int days_from_ordinal(int yyyymmdd);

/// A tie as survival counts it: a pair of actors and a kind. Several records of one pair
/// and kind (explicit ties; for kind `project`, the projects both belong to) are one tie
/// that lasts from the earliest start to the latest end of them (gaps in between are not
/// seen); it is censored when one of them has no `until`.
struct TieDuration {
    std::string first;   ///< actor ids, ordered as in `TiePair` (network_diff.hpp)
    std::string second;
    std::string kind;    ///< the tie kind; `project` for ties through shared projects
    std::string first_sector;
    std::string second_sector;
    int start_day = 0;   ///< first day of the earliest `since`, days since 1970-01-01
    int end_day = 0;     ///< last day of the latest `until`, or the observation end
    /// Days from the start of `since` to the end of `until` inclusive: end_day - start_day + 1
    /// (a tie 2003–2008 lasts 2192 days).
    double days = 0.0;
    bool ended = false;  ///< false: censored (no `until`, or `until` after the observation end)
};

struct TieDurationOptions {
    /// The end of observation: ties without `until`, or with an `until` after it, are
    /// censored at its last day. Nothing: the latest date (since or until) of any tie or
    /// project of the network.
    std::optional<PartialDate> observed_until;
};

struct TieDurations {
    std::vector<TieDuration> ties;  ///< sorted by pair, then kind
    /// Ties (pair and kind) left out because one of their records has no `since`.
    std::size_t undated = 0;
    /// Ties left out because they start after the observation end.
    std::size_t after_observation = 0;
    /// The observation end used; nothing when the network has no date at all.
    std::optional<PartialDate> observed_until;
};

/// The durations of the ties of `network`, explicit ties (self-ties left out) and pairs of
/// co-members of projects (kind `project`, the project's period), merged per pair and kind.
/// Complexity O(m log m + sum over projects of members^2).
TieDurations tie_durations(const Network& network, const TieDurationOptions& options = {});

/// How the ties are split for comparison.
enum class TieGrouping {
    SectorPair,   ///< the two actors' sectors, "a–b" with a <= b (byte order)
    Kind,         ///< the tie kind
    CrossSector,  ///< "cross_sector" (sectors differ) or "within_sector"
};

/// "sector_pair", "kind" or "cross_sector" (JSON).
std::string_view tie_grouping_name(TieGrouping grouping);

/// The group name of one tie under `grouping`.
std::string tie_group(const TieDuration& tie, TieGrouping grouping);

struct SurvivalGroup {
    std::string name;
    KaplanMeier curve;
};

struct GroupedSurvival {
    TieGrouping grouping = TieGrouping::Kind;
    std::vector<SurvivalGroup> groups;  ///< by name (byte order)
    LogRankTest test;                   ///< in the order of `groups`
};

/// Of the ties active at the funding end, those still active a number of years later.
struct FundingFollowUp {
    int years = 1;
    std::size_t active_at_end = 0;  ///< ties whose span contains the funding end
    std::size_t still_active = 0;   ///< of them, those whose span contains end + years
    /// Of them, those censored before end + years: unknown, left out of the share.
    std::size_t unknown = 0;
    /// still_active / (active_at_end - unknown); nothing when that is 0.
    std::optional<double> share;
};

struct TieSurvivalOptions {
    TieDurationOptions durations;
    KaplanMeierOptions curve;
    /// The end of funding (its last day); nothing: no follow-up.
    std::optional<PartialDate> funding_end;
};

/// Everything `coopnet timeline` reports on tie survival. Times are in days.
struct TieSurvival {
    TieDurations durations;
    KaplanMeier curve;                      ///< all ties
    std::vector<GroupedSurvival> grouped;   ///< sector pair, kind, cross-sector
    std::vector<FundingFollowUp> follow_up; ///< 1 and 2 years, with funding_end
};

/// Durations, the overall curve, the three groupings with their log-rank tests and, with a
/// funding end, the follow-up at 1 and 2 years (the same day one and two years later;
/// 29 February falls to 28 February).
/// @throws InvalidArgument as `kaplan_meier`.
TieSurvival tie_survival(const Network& network, const TieSurvivalOptions& options = {});

}  // namespace coopnet
