#include "viz/analysis_words.hpp"

#include <algorithm>
#include <vector>

namespace coopnet {

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

}  // namespace coopnet
