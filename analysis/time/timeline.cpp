#include "analysis/time/timeline.hpp"

#include <algorithm>

#include "core/error.hpp"

namespace coopnet {

std::optional<std::pair<int, int>> dated_years(const Network& network) {
    std::optional<std::pair<int, int>> years;
    const auto note = [&](const std::optional<PartialDate>& date) {
        if (!date) return;
        if (!years) {
            years = std::pair{int{date->year}, int{date->year}};
        } else {
            years->first = std::min(years->first, int{date->year});
            years->second = std::max(years->second, int{date->year});
        }
    };
    for (const TieRef& tie : network.ties()) {
        note(tie.period.since);
        note(tie.period.until);
    }
    for (const Project& project : network.projects()) {
        note(project.period.since);
        note(project.period.until);
    }
    return years;
}

Timeline timeline(const Network& network, const TimelineOptions& options,
                  const AnalysisOptions& analysis) {
    Timeline result;
    result.step = options.step;
    for (std::size_t s = 0; s < 3; ++s) {
        static constexpr std::size_t kEnds[3][2] = {{0, 1}, {0, 2}, {1, 2}};
        result.side_names[s] = options.triangle.groups[kEnds[s][0]] + "\u2013" +
                               options.triangle.groups[kEnds[s][1]];
    }
    const auto years = dated_years(network);
    const std::optional<int> from = options.from ? options.from : years ? std::optional(years->first) : std::nullopt;
    const std::optional<int> to = options.to ? options.to : years ? std::optional(years->second) : std::nullopt;
    if (!from || !to) return result;  // nothing dated and no range given
    if (*from > *to) {
        throw InvalidArgument("the timeline's first year " + std::to_string(*from) +
                              " lies after its last year " + std::to_string(*to));
    }
    if (*from < 1 || *to > 9999) throw InvalidArgument("the timeline's years must lie in 1..9999");
    std::vector<Period> periods;
    std::vector<std::string> labels;
    for (int year = *from; year <= *to; ++year) {
        if (options.step == TimelineStep::Year) {
            periods.push_back({PartialDate(year), PartialDate(year)});
            labels.push_back(PartialDate(year).to_string());
        } else {
            for (int q = 1; q <= 4; ++q) {
                periods.push_back({PartialDate(year, 3 * q - 2), PartialDate(year, 3 * q)});
                labels.push_back(PartialDate(year).to_string() + "-Q" + std::to_string(q));
            }
        }
    }
    std::optional<Network> previous;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        Network state = period_network(network, periods[i]);
        TimelineEntry entry;
        entry.period = periods[i];
        entry.label = labels[i];
        entry.measures = state_measures(state, options.diff.leiden, analysis);
        const CooperationTriangle triangle = cooperation_triangle(state, options.triangle);
        for (std::size_t s = 0; s < 3; ++s) {
            entry.sides[s] = triangle.sides[s].status;
            if (entry.sides[s] != SideStatus::Missing) ++entry.sides_present;
        }
        if (previous) {
            const SetChange<TiePair> change = tie_change(*previous, state);
            entry.ties_kept = change.kept.size();
            entry.ties_lost = change.lost.size();
            entry.ties_new = change.added.size();
        }
        result.steps.push_back(std::move(entry));
        previous = std::move(state);
    }
    return result;
}

}  // namespace coopnet
