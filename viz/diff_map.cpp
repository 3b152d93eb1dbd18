#include "viz/diff_map.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/label_text.hpp"
#include "viz/palette.hpp"

namespace coopnet {

namespace {

constexpr std::string_view kLostTextColour = "#555555";
/// The fill of lost actors: their colour at this opacity (hex alpha 0x59 = 35 %).
constexpr std::string_view kLostFillAlpha = "59";

bool contains(const std::vector<std::string>& sorted, const std::string& id) {
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

void check_diff(const Network& before, const Network& after, const NetworkDiff& diff) {
    const auto mismatch = [](const std::string& why) {
        return InvalidArgument("diff map: the diff does not describe these networks: " + why);
    };
    if (before.directed() != diff.directed || after.directed() != diff.directed) {
        throw mismatch("directed and undirected differ");
    }
    if (diff.actors.before() != before.actor_count() ||
        diff.actors.after() != after.actor_count()) {
        throw mismatch("the numbers of actors differ");
    }
    for (const auto* list : {&diff.actors.kept, &diff.actors.lost}) {
        for (const std::string& id : *list) {
            if (!before.find(id)) throw mismatch("actor '" + id + "' is not in the state before");
        }
    }
    for (const auto* list : {&diff.actors.kept, &diff.actors.added}) {
        for (const std::string& id : *list) {
            if (!after.find(id)) throw mismatch("actor '" + id + "' is not in the state after");
        }
    }
}

/// A network of the actors (for the colours), in drawing order; no ties.
Network actor_network(const ChangeActors& actors, bool directed) {
    NetworkBuilder builder;
    builder.set_directed(directed);
    for (const ChangeActor& drawn : actors.actors) builder.add_actor(drawn.actor);
    return builder.build();
}

/// The catalogue's text of a status after its "Symbol: " ("kept", "lost", "new" ...).
std::string status_text(const Words& w, Word word) {
    const std::string text(w(word));
    return text.substr(text.find(": ") + 2);
}

Word actor_word(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::Kept:
            return Word::DiffKeptActor;
        case ChangeStatus::Lost:
            return Word::DiffLostActor;
        case ChangeStatus::New:
            break;
    }
    return Word::DiffNewActor;
}

Word tie_word(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::Kept:
            return Word::DiffKeptTie;
        case ChangeStatus::Lost:
            return Word::DiffLostTie;
        case ChangeStatus::New:
            break;
    }
    return Word::DiffNewTie;
}

/// The lines of the map: lost ties first, then new, then kept (on top).
std::vector<MapTie> change_ties(const ChangeActors& actors, const NetworkDiff& diff, bool large,
                                const Words& w) {
    std::map<std::string_view, std::size_t> index_of;
    for (std::size_t i = 0; i < actors.actors.size(); ++i) {
        index_of.emplace(actors.actors[i].actor.id, i);
    }
    const std::string arrow = diff.directed ? " -> " : " - ";
    const double scale = large ? 0.5 : 1.0;
    std::vector<MapTie> ties;
    ties.reserve(diff.ties.lost.size() + diff.ties.added.size() + diff.ties.kept.size());
    const auto add = [&](const std::vector<TiePair>& pairs, ChangeStatus status) {
        for (const TiePair& pair : pairs) {
            const auto first = index_of.find(pair.first);
            const auto second = index_of.find(pair.second);
            if (first == index_of.end() || second == index_of.end()) {
                throw InvalidArgument(
                    "diff map: the diff does not describe these networks: the tie " + pair.first +
                    " - " + pair.second + " joins an actor of neither");
            }
            MapTie tie;
            tie.first = first->second;
            tie.second = second->second;
            tie.colours = {std::string(status == ChangeStatus::Kept   ? kKeptColour
                                       : status == ChangeStatus::Lost ? kLostColour
                                                                      : kNewColour)};
            tie.style = status == ChangeStatus::Lost ? "dashed" : "solid";
            tie.width = scale * (status == ChangeStatus::Kept   ? kKeptTieWidth
                                 : status == ChangeStatus::Lost ? kLostTieWidth
                                                                : kNewTieWidth);
            tie.css_class = change_status_name(status);
            tie.tooltip = actors.actors[tie.first].actor.display_name() + arrow +
                          actors.actors[tie.second].actor.display_name() + ": " +
                          status_text(w, tie_word(status));
            ties.push_back(std::move(tie));
        }
    };
    add(diff.ties.lost, ChangeStatus::Lost);
    add(diff.ties.added, ChangeStatus::New);
    add(diff.ties.kept, ChangeStatus::Kept);
    return ties;
}

/// The `labels` actors of largest degree in the union (ties by drawing order).
std::vector<bool> labelled_actors(std::size_t n, const std::vector<MapTie>& ties,
                                  std::size_t labels) {
    std::vector<std::size_t> degree(n, 0);
    for (const MapTie& tie : ties) {
        ++degree[tie.first];
        ++degree[tie.second];
    }
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return degree[a] > degree[b]; });
    std::vector<bool> labelled(n, false);
    for (std::size_t i = 0; i < labels; ++i) labelled[order[i]] = true;
    return labelled;
}

MapActor change_actor(const ChangeActor& actor, const std::string& fill, bool labelled, bool large,
                      const DiffMapOptions& options, const Words& w) {
    MapActor drawn;
    drawn.id = actor.actor.id;
    drawn.css_class = change_status_name(actor.status);
    drawn.tooltip = actor.actor.display_name() + ": " + status_text(w, actor_word(actor.status));
    ActorLook& look = drawn.look;
    if (labelled) {
        drawn.label = wrap_words(actor.actor.display_name(), options.wrap_width);
        if (large) {
            look.shape = "box";
            look.style = "rounded,filled";
            look.fixed_size = false;
        }
    } else {
        look.width = look.height = large ? 0.12 : 0.25;
        if (!large) {
            look.shape = "circle";
            look.fixed_size = true;
        }
    }
    look.fill = fill;
    look.font_colour = contrasting_text_colour(fill);
    switch (actor.status) {
        case ChangeStatus::Kept:
            break;
        case ChangeStatus::Lost:
            look.fill = fill + std::string(kLostFillAlpha);
            look.font_colour = kLostTextColour;
            look.outline = kLostColour;
            look.style = labelled ? "rounded,filled,dashed" : "filled,dashed";
            look.outline_width = 1.5;
            break;
        case ChangeStatus::New:
            look.outline = kNewColour;
            look.outlines = 2;
            look.outline_width = 2.0;
            break;
    }
    return drawn;
}

LegendEntry counted(const Words& w, LegendSwatch swatch, Word phrase, std::size_t count) {
    return {std::move(swatch),
            std::string(w(phrase)) + " (" + w.integer(static_cast<long long>(count)) + ")"};
}

/// The colours of the groups, over the union of both states.
LegendBlock change_group_block(const ActorColours& colours, const DiffMapOptions& options,
                               const Words& w) {
    const bool by_sector = options.color_by == "sector";
    LegendBlock block{by_sector ? std::string(w(Word::LegendSector)) : options.color_by, {}};
    std::vector<std::size_t> group_counts(colours.groups.size(), 0);
    for (const std::size_t group : colours.actor_group) ++group_counts[group];
    for (std::size_t g = 0; g < colours.groups.size(); ++g) {
        if (group_counts[g] == 0) continue;
        std::string group = colours.groups[g];
        if (by_sector) {
            group = w.sector(group);
        } else if (group == "(none)") {
            group = w(Word::NoGroup);
        }
        block.entries.push_back(
            {legend_swatch(SwatchKind::Colour, colours.colours[g]),
             group + " (" + w.integer(static_cast<long long>(group_counts[g])) + ")"});
    }
    return block;
}

LegendBlock change_tie_block(const NetworkDiff& diff, const Words& w) {
    return {std::string(w(Word::DiffLegendTies)),
            {counted(w, legend_swatch(SwatchKind::Line, kKeptColour, {}, kKeptTieWidth / 2.0),
                     Word::DiffKeptTie, diff.ties.kept.size()),
             counted(w, legend_swatch(SwatchKind::DashedLine, kLostColour, {}, kLostTieWidth / 2.0),
                     Word::DiffLostTie, diff.ties.lost.size()),
             counted(w, legend_swatch(SwatchKind::Line, kNewColour, {}, kNewTieWidth / 2.0),
                     Word::DiffNewTie, diff.ties.added.size())}};
}

LegendBlock change_actor_block(const NetworkDiff& diff, std::size_t n, std::size_t labels,
                               const Words& w) {
    const std::string plain(kUncolouredGrey);
    const LegendSwatch kept = legend_swatch(SwatchKind::Outlined, plain, kKeptColour);
    LegendSwatch lost =
        legend_swatch(SwatchKind::Outlined, plain + std::string(kLostFillAlpha), kLostColour);
    lost.border = 2;
    lost.border_style = "dashed";
    const LegendSwatch added = legend_swatch(SwatchKind::DoubleOutlined, plain, kNewColour);
    LegendBlock block{std::string(w(Word::DiffLegendActors)),
                      {counted(w, kept, Word::DiffKeptActor, diff.actors.kept.size()),
                       counted(w, lost, Word::DiffLostActor, diff.actors.lost.size()),
                       counted(w, added, Word::DiffNewActor, diff.actors.added.size())}};
    if (diff.directed) block.entries.push_back({{}, std::string(w(Word::DiffArrow))});
    if (labels < n) block.entries.push_back({{}, w(Word::DiffLabels, {std::to_string(labels)})});
    return block;
}

MapLegend change_legend(const ChangeActors& actors, const NetworkDiff& diff,
                        const ActorColours& colours, std::size_t ties, std::size_t labels,
                        const DiffMapOptions& options, const Words& w) {
    const std::size_t n = actors.actors.size();
    MapLegend legend;
    legend.font_size = n > kLargeMapActors ? 12.0 * std::sqrt(double(n) / kLargeMapActors) : 12.0;
    legend.heading = !options.title.empty() ? options.title
                     : !actors.name.empty() ? actors.name
                                            : std::string(w(Word::Network));
    std::string states;
    if (!options.before_name.empty()) {
        states += std::string(w(Word::Before)) + ": " + options.before_name;
    }
    if (!options.after_name.empty()) {
        if (!states.empty()) states += " · ";
        states += std::string(w(Word::After)) + ": " + options.after_name;
    }
    if (!states.empty()) legend.lines.push_back(states);
    legend.lines.push_back(w.count(Word::Actors, n) + ", " + w.count(Word::TiedPairs, ties));
    legend.blocks = {change_group_block(colours, options, w), change_tie_block(diff, w),
                     change_actor_block(diff, n, labels, w)};
    return legend;
}

}  // namespace

std::string_view change_status_name(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::Kept:
            return "kept";
        case ChangeStatus::Lost:
            return "lost";
        case ChangeStatus::New:
            return "new";
    }
    return "kept";
}

const Actor* ChangeActors::find(std::string_view id) const {
    const auto found = index_.find(id);
    return found == index_.end() ? nullptr : &actors[found->second].actor;
}

ChangeActors change_actors(const Network& before, const Network& after, const NetworkDiff& diff) {
    check_diff(before, after, diff);
    ChangeActors result;
    result.name = !after.name().empty() ? after.name() : before.name();
    result.actors.reserve(diff.actors.kept.size() + diff.actors.lost.size() +
                          diff.actors.added.size());
    for (NodeId v = 0; v < before.actor_count(); ++v) {
        const Actor& actor = before.actor(v);
        if (contains(diff.actors.kept, actor.id)) {
            result.actors.push_back({after.actor(*after.find(actor.id)), ChangeStatus::Kept});
        } else {
            result.actors.push_back({actor, ChangeStatus::Lost});
        }
    }
    for (NodeId v = 0; v < after.actor_count(); ++v) {
        const Actor& actor = after.actor(v);
        if (contains(diff.actors.added, actor.id)) {
            result.actors.push_back({actor, ChangeStatus::New});
        }
    }
    for (std::size_t i = 0; i < result.actors.size(); ++i) {
        result.index_.emplace(result.actors[i].actor.id, i);
    }
    return result;
}

MapModel diff_map_model(const ChangeActors& actors, const NetworkDiff& diff,
                        const DiffMapOptions& options) {
    if (options.color_by.empty()) throw InvalidArgument("diff map: the colour attribute is empty");
    const Words w(options.language);
    const std::size_t n = actors.actors.size();
    MapModel model;
    model.name = "diff";
    model.directed = diff.directed;
    model.large = n > kLargeMapActors;
    // Pinned actors need neato, the one engine that keeps them where they are.
    model.layout = options.layout != LayoutEngine::Automatic ? options.layout
                   : !options.positions.empty()              ? LayoutEngine::Neato
                   : model.large                             ? LayoutEngine::Sfdp
                                                             : LayoutEngine::Neato;
    model.layout_seed = options.layout_seed;
    model.ties = change_ties(actors, diff, model.large, w);

    const ActorColours colours =
        colour_actors(actor_network(actors, diff.directed), options.color_by);
    const std::size_t labels =
        std::min(n, options.labels.value_or(model.large ? kLargeMapLabels : n));
    model.legend = change_legend(actors, diff, colours, model.ties.size(), labels, options, w);

    ActorLook& defaults = model.actor_defaults;
    defaults.font_size = model.large ? model.legend.font_size : 11.0;
    defaults.shape = model.large ? "circle" : "box";
    defaults.style = model.large ? "filled" : "rounded,filled";
    defaults.outline = kKeptColour;
    defaults.outline_width = 1.0;
    defaults.fixed_size = model.large;

    const std::vector<bool> labelled = labelled_actors(n, model.ties, labels);
    model.actors.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        model.actors.push_back(change_actor(actors.actors[i],
                                            colours.colours[colours.actor_group[i]], labelled[i],
                                            model.large, options, w));
        const auto position = options.positions.find(actors.actors[i].actor.id);
        if (position != options.positions.end()) model.actors.back().pinned = position->second;
    }
    return model;
}

MapResult render_diff_map(const ChangeActors& actors, const NetworkDiff& diff,
                          const DiffMapOptions& options) {
    return detail::draw_map_model("diff map", diff_map_model(actors, diff, options),
                                  options.format);
}

}  // namespace coopnet
