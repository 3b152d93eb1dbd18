#include "viz/analysis_words.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/number_format.hpp"

namespace coopnet {

namespace {

/// A number as JSON writes it (core/number_format.hpp), rounded to `digits` decimals
/// (negative: not rounded), with a decimal comma in German.
std::string plain_number(double value, int digits, const Words& w) {
    if (digits >= 0) {
        const double scale = std::pow(10.0, digits);
        value = std::round(value * scale) / scale;
    }
    std::string text = format_number(value);
    if (w.german()) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

/// The group pair with most open two-paths through the broker, and the total.
std::string links_reason(const BrokerEntry& entry, const Words& w) {
    if (entry.links.empty()) return std::string(w(Word::ReasonNoLinks));
    const GroupLink& top = entry.links.front();
    std::string text =
        w.pick(Word::ReasonLinks, top.two_paths,
               {std::to_string(top.actors_a), top.group_a, std::to_string(top.actors_b),
                top.group_b, std::to_string(top.two_paths)});
    if (entry.links.size() > 1) {
        text += w(Word::ReasonLinksTotal, {std::to_string(entry.cross_group_two_paths),
                                           std::to_string(entry.links.size())});
    }
    return text;
}

std::string p_reason(double p, const Words& w) {
    if (p < 0.001) return w(Word::ReasonPValueBelow, {plain_number(0.001, -1, w)});
    return w(Word::ReasonPValue, {plain_number(p, 3, w)});
}

}  // namespace

std::string broker_reason(const BrokerEntry& entry, BrokerRankingKind ranking, const Words& w) {
    const std::string links = links_reason(entry, w);
    switch (ranking) {
        case BrokerRankingKind::Betweenness:
            return w(Word::ReasonBetweenness,
                     {plain_number(entry.value, 3, w),
                      plain_number(entry.normalised_betweenness, 3, w), links});
        case BrokerRankingKind::LowConstraint:
            return w(Word::ReasonConstraint,
                     {plain_number(entry.value, 3, w), std::to_string(entry.contacts), links});
        case BrokerRankingKind::CrossGroupBrokerage:
            break;
    }
    std::string roles;
    for (std::size_t r = 0; r < kCrossGroupRoles.size(); ++r) {
        if (entry.cross_group_roles[r] == 0.0) continue;
        if (!roles.empty()) roles += ", ";
        roles += std::string(brokerage_role_name(kCrossGroupRoles[r])) + " " +
                 plain_number(entry.cross_group_roles[r], -1, w);
    }
    return w.pick(Word::ReasonCrossGroupRoles, entry.value == 1.0 ? 1 : 2,
                  {plain_number(entry.value, -1, w), roles, links});
}

std::string side_reason(const TriangleSide& side, const Words& w) {
    if (side.absent_groups.size() == 1) {
        return w(Word::ReasonSideNoActor, {side.absent_groups[0]});
    }
    if (side.absent_groups.size() >= 2) {
        return w(Word::ReasonSideNoActors, {side.absent_groups[0], side.absent_groups[1]});
    }
    const std::string ties = w.pick(Word::Ties, side.ties, {std::to_string(side.ties)});
    const std::string expected = plain_number(shown_expectation(side), 1, w);
    switch (side.status) {
        case SideStatus::Missing:
            break;
        case SideStatus::Weak:
            return w(Word::ReasonSideFewer, {ties, expected, p_reason(side.p_fewer, w)});
        case SideStatus::Strong:
            return w(Word::ReasonSideMore, {ties, expected, p_reason(side.p_more, w)});
        case SideStatus::Present:
            return w(Word::ReasonSideAbout, {ties, expected});
    }
    return std::string(w(Word::ReasonSideNoTie));
}

std::string pair_suggestion_text(const Network& network, const PairSuggestion& pair, const Words& w,
                                 std::size_t partners_named) {
    const std::vector<NodeId>& partners = pair.shared_partners;
    const std::size_t shown =
        std::min(partners_named == 0 ? partners.size() : partners_named, partners.size());
    const std::size_t others = partners.size() - shown;
    std::vector<std::string> names;
    for (std::size_t i = 0; i < shown; ++i) {
        names.push_back(network.actor(partners[i]).display_name());
    }
    std::string listed;
    if (others == 0) {
        listed = w.join(names);
    } else {
        for (const std::string& name : names) listed += name + ", ";
        if (!names.empty()) listed.resize(listed.size() - 2);
        listed += std::string(w(Word::And)) +
                  w.pick(Word::ReasonOthers, others, {std::to_string(others)});
    }
    return w.pick(
        Word::ReasonIntroduced, partners.size(),
        {network.actor(pair.first).display_name(), network.actor(pair.second).display_name(),
         listed, std::to_string(partners.size())});
}

std::string join_suggestion_text(const Network& network, const JoinSuggestion& join,
                                 const Words& w) {
    const std::string& hub = network.actor(join.first).display_name();
    const std::string& other = network.actor(join.second).display_name();
    const std::string largest =
        w(Word::ReasonLargestPart, {std::to_string(join.first_component_size)});
    if (join.second_component_size == 1) {
        return w(Word::ReasonJoinIsolate, {other, hub, largest});
    }
    return w(Word::ReasonJoinPart,
             {hub, other, std::to_string(join.second_component_size), largest});
}

std::string broker_links_text(const BrokerEntry& entry, const Words& w, EscapeText escape) {
    const auto group = [&](const std::string& name) {
        const std::string shown = w.sector(name);
        return escape != nullptr ? escape(shown) : shown;
    };
    if (entry.links.empty()) return {};
    const GroupLink& link = entry.links.front();
    std::string text =
        w(Word::BrokerLink, {w.count(Word::Actors, link.actors_a), group(link.group_a),
                             w.integer(static_cast<long long>(link.actors_b)), group(link.group_b),
                             w.count(Word::BrokerPairs, link.two_paths)});
    if (entry.links.size() > 1) {
        text += w(Word::BrokerLinkTotal,
                  {w.integer(static_cast<long long>(entry.cross_group_two_paths)),
                   w.count(Word::SectorCombinations, entry.links.size())});
    }
    return text;
}

std::string tie_kind_display_name(const Network& network, const std::string& kind, const Words& w) {
    if (kind.empty()) return std::string(w(Word::LegendNoKind));
    // The English words of coopnet's documentation and samples, in the planner's language.
    static constexpr std::pair<std::string_view, Word> kKnownKinds[] = {
        {"advice", Word::KindAdvice},
        {"commission", Word::KindCommission},
        {"coordination", Word::KindCoordination},
        {"exchange", Word::KindExchange},
        {"funding", Word::KindFunding},
        {"project", Word::KindProject},
        {"reporting", Word::KindReporting},
        {"steering", Word::KindSteering}};
    for (const auto& [english, word] : kKnownKinds) {
        if (kind == english) return std::string(w(word));
    }
    constexpr std::string_view kProject = "project:";
    if (kind.starts_with(kProject)) {
        const std::string_view id = std::string_view(kind).substr(kProject.size());
        for (const Project& project : network.projects()) {
            if (project.id == id) {
                return w(Word::LegendProject, {project.label.empty() ? project.id : project.label});
            }
        }
    }
    return kind;
}

Word side_status_word(SideStatus status) {
    switch (status) {
        case SideStatus::Missing:
            return Word::StatusMissing;
        case SideStatus::Weak:
            return Word::StatusWeak;
        case SideStatus::Present:
            return Word::StatusPresent;
        case SideStatus::Strong:
            return Word::StatusStrong;
    }
    return Word::StatusPresent;
}

std::string sector_words_list(std::span<const SectorWordUse> words, const Words& w,
                              EscapeText escape) {
    const bool worth = std::any_of(words.begin(), words.end(), [](const SectorWordUse& use) {
        return use.reading.match != SectorWordMatch::Canonical;
    });
    if (!worth) return {};
    std::vector<std::string> listed;
    for (const SectorWordUse& use : words) {
        const bool unread = use.reading.match == SectorWordMatch::Unknown ||
                            use.reading.match == SectorWordMatch::Ambiguous;
        listed.push_back((escape != nullptr ? escape(use.word) : use.word) + " (" +
                         w.integer(static_cast<long long>(use.actors)) +
                         (unread ? ", " + std::string(w(Word::TriangleWordUnread)) : "") + ")");
    }
    return w.join(listed);
}

namespace {

// The fewest decimals (at most 6) that show `value` exactly to 1e-9.
int decimals_needed(double value) {
    int digits = 0;
    double scaled = value;
    while (digits < 6 && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        ++digits;
        scaled *= 10.0;
    }
    return digits;
}

}  // namespace

std::string betweenness_estimate_sentence(const BetweennessEstimate& estimate, const Words& w) {
    const double confidence = 1.0 - estimate.delta;
    return w(Word::BetweennessEstimated,
             {w.integer(static_cast<long long>(estimate.samples)),
              w.percent(confidence, decimals_needed(confidence * 100.0)),
              w.number(estimate.epsilon, std::max(1, decimals_needed(estimate.epsilon)))});
}

}  // namespace coopnet
