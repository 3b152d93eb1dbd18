// A map of change: two states of a cooperation network (analysis/change/network_diff.hpp) drawn
// as one picture, so that a planner sees at once which cooperations lasted, which ended
// and which began. Built with cgraph and laid out and rendered with gvc in a child process,
// as `coopnet map` (viz/network_map.hpp) is, into DOT, SVG, PNG or PDF.
//
// What the picture shows (the legend under the drawing says so, in German or English):
// - every actor of either state, filled with its sector's colour (Okabe–Ito, as on
//   `coopnet map`; an actor present after takes its attributes from the state after);
//   - kept actors plain, outlined thin and dark;
//   - lost actors faded (their colour at 35 % opacity) with a dashed outline in
//     `kLostColour` and grey text;
//   - new actors with a double outline in `kNewColour`;
// - one line per merged tie of either state (the identity of analysis/change/network_diff.hpp):
//   - kept ties solid, dark grey (`kKeptColour`), 3 points: what lasted stands out;
//   - lost ties dashed, `kLostColour` (vermillion), 1.2 points;
//   - new ties solid and bold, `kNewColour` (bluish green), 2 points;
//   colour and line style both carry the status, so it survives greyscale printing and
//   every common colour-vision deficiency. Lost ties are drawn first, kept ties last (on
//   top). Each line and actor carries its status as its Graphviz `class` ("kept", "lost",
//   "new"; in SVG also on the element's class attribute) and in its tooltip.
//
// Layout: neato on the union of both states (so kept actors sit between the two eras) for
// up to `kLargeMapActors` actors, sfdp above (small dots, `kLargeMapLabels` labels by
// degree in the union unless `labels` says otherwise); seeded through `start`, overlaps
// removed (`overlap=prism`). Node sizes do not encode a metric here. With
// `DiffMapOptions::positions` (the positions of the map of the later state, or of the whole
// network: `actor_positions`, viz/interactive_map.hpp) the actors found there keep them, so
// the two maps can be compared by eye, and neato places only the others (lost actors)
// around them.
//
// The picture is made in two steps, as `coopnet map`'s: a model of what to draw
// (`diff_map_model`, viz/map_model.hpp, from the diff and the actors of both states), then
// the Graphviz drawing.
//
// Determinism: as `render_map` (DOT, SVG, PNG and PDF byte-identical: straight lines drawn
// at the placed positions). Thread safety: as `render_map` (one Graphviz lock for the
// process).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "core/network.hpp"
#include "viz/network_map.hpp"
#include "viz/report_text.hpp"

namespace coopnet {

/// The colour of kept ties (and the outline of kept actors): dark grey.
inline constexpr std::string_view kKeptColour = "#444444";
/// The colour of lost ties and of the dashed outline of lost actors: Okabe–Ito vermillion.
inline constexpr std::string_view kLostColour = "#D55E00";
/// The colour of new ties and of the double outline of new actors: Okabe–Ito bluish green.
inline constexpr std::string_view kNewColour = "#009E73";

/// Line widths in points of kept, lost and new ties (halved on large maps).
inline constexpr double kKeptTieWidth = 3.0;
inline constexpr double kLostTieWidth = 1.2;
inline constexpr double kNewTieWidth = 2.0;

/// "kept", "lost" or "new": the Graphviz `class` of an element of that status.
std::string_view change_status_name(ChangeStatus status);

struct DiffMapOptions {
    MapFormat format = MapFormat::Svg;
    /// The language of the legend (viz/report_text.hpp).
    ReportLanguage language = ReportLanguage::English;
    /// Actor property that sets the fill colour (`colour_actors` in viz/palette.hpp),
    /// taken over the union of both states.
    std::string color_by{"sector"};
    LayoutEngine layout = LayoutEngine::Automatic;
    /// Seed of the initial placement (Graphviz `start`), for neato, fdp and sfdp.
    std::uint64_t layout_seed = 1;
    /// Actors labelled: the top ones by degree in the union (ties by drawing order);
    /// nothing = all on small maps, `kLargeMapLabels` on large ones.
    std::optional<std::size_t> labels;
    /// Characters per label line; 0 = no wrapping.
    std::size_t wrap_width = 20;
    /// Heading of the legend; empty = the name of the state after, else before, else
    /// "network".
    std::string title;
    /// What the two states are, for the legend (e.g. "2003–2008", a file name); empty ones
    /// are left out.
    std::string before_name;
    std::string after_name;
    /// Where actors must stay, by id (points, y downwards, as `MapPlacement`): the positions
    /// of another map; empty = all placed by the layout.
    ActorPositions positions;
};

/// One actor of either state of a change.
struct ChangeActor {
    Actor actor;  ///< as the state after has it when present there, else as before has it
    ChangeStatus status = ChangeStatus::Kept;
};

/// The actors of both states of a change, which is all that its map and its report section
/// need of the two networks besides the diff.
struct ChangeActors {
    /// Before's actors in its order, then the new ones in after's order.
    std::vector<ChangeActor> actors;
    /// The name of the state after, else of the state before (may be empty).
    std::string name;

    /// The actor of `id`, or nullptr. O(log n).
    [[nodiscard]] const Actor* find(std::string_view id) const;

private:
    friend ChangeActors change_actors(const Network&, const Network&, const NetworkDiff&);
    std::map<std::string, std::size_t, std::less<>> index_;
};

/// The actors of the change from `before` to `after`, their statuses from `diff`.
/// @throws InvalidArgument when `diff` does not describe these two networks (an actor of a
///   diff list missing from its network, actor counts that differ, or directedness that
///   differs). Complexity O(n log n).
ChangeActors change_actors(const Network& before, const Network& after, const NetworkDiff& diff);

/// What `render_diff_map` draws (viz/map_model.hpp), as described in the file comment.
/// @param actors `change_actors(before, after, diff)`: names and sectors.
/// @param diff `diff_networks(before, after, ...)` (or `diff_periods`): the statuses of
///   actors and ties.
/// @throws InvalidArgument for a tie of the diff that joins an actor of neither state, for
///   an empty `color_by`. Complexity O((n + m) log(n + m)).
MapModel diff_map_model(const ChangeActors& actors, const NetworkDiff& diff,
                        const DiffMapOptions& options = {});

/// Draws the change as described in the file comment: `diff_map_model`, laid out and
/// rendered by Graphviz.
/// @throws InvalidArgument as `diff_map_model`; OutputError when Graphviz fails (its
///   messages included) or dies; std::bad_alloc; Interrupted (as render_map).
/// Complexity: the layout's (neato about O(n²) per iteration).
MapResult render_diff_map(const ChangeActors& actors, const NetworkDiff& diff,
                          const DiffMapOptions& options = {});

}  // namespace coopnet
