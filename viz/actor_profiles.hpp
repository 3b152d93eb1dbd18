// The data of the actor profiles of the interactive map (issue #15): for each actor the
// page may show, its measures with their ranks, its brokerage roles, what its loss would
// cut off, and the cooperations suggested for it, as JSON that the page embeds and its
// script shows when a planner selects the actor. The words (measure and role names, one
// plain line explaining each, the rank pattern) come once, at the top, in the language
// asked for; the actors carry values and names only. This file computes nothing new: it
// reads an analysis already made and formats it.
//
// Conventions:
// - Measures, in this order: degree, strength, betweenness, closeness, harmonic,
//   eigenvector, pagerank, clustering, core, each as `ActorMetrics` holds it (conventions in
//   analysis/network_analysis.hpp and the analysis/centrality/ and analysis/structure/
//   headers). On a directed network the degree is the total degree (in + out, a partner in
//   both directions counts twice) and its explanation says so.
// - Values as text as the report's actor table shows them (`Words::number`, decimal comma
//   in German): degree and core whole numbers, strength 2 decimals, the others 3; "–" for
//   a value that is not finite (NaN, as the harmonic centrality of the one actor of a
//   one-actor network).
// - Ranks: competition ranking ("1224") of all actors of the network (not only those
//   shown), largest value first, rank 1 the largest. Values are compared as shown (rounded
//   to the decimals above), so two actors whose values read the same share a rank. A value
//   that is not finite has no rank (null) and takes no place among the others.
// - Roles: Gould–Fernandez brokerage roles as analysis/brokerage/brokerage_roles.hpp counts
//   them (`BrokerageRole` order: coordinator, itinerant, gatekeeper, representative,
//   liaison; keys as `brokerage_role_name`, groups by the group attribute of the analysis,
//   the sector unless asked otherwise). A count is a number of open two-paths i -> j -> k
//   with the actor as j. On an undirected network sna counts each open path i - j - k in
//   both directions; here it counts once: coordinator, itinerant and liaison counts are
//   halved, gatekeeper and representative counts taken as they are (the path gives one of
//   each), so every count is a number of pairs of partners the actor links (and on an
//   undirected network gatekeeper and representative counts are always equal).
// - Cut-off: as analysis/gaps/fragile_points.hpp (the undirected view; the actors that
//   would no longer reach the largest remaining part of the component, up to its
//   `max_listed_actors` of them by name).
// - Suggestions: the suggested pairs (analysis/gaps/suggestions.hpp, the top ones the
//   analysis kept) that involve the actor, in their ranking order, with up to 5 shared
//   partners who could introduce the two (most telling first); then the ties that would
//   join the actor's part of the network to the largest part (no one to introduce them).
// - Communities numbered as the report numbers them: community k is partition entry k−1.
// - Names are display names (`Actor::display_name`), as stored: escaping for HTML or a
//   script element is the page's job.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <vector>

#include "analysis/network_analysis.hpp"
#include "core/network.hpp"
#include "viz/words.hpp"

namespace coopnet {

/// Shared partners named per suggested cooperation in a profile.
inline constexpr std::size_t kProfileSharedPartners = 5;

/// The profile data of the actors `view`, in that order: entry i of "actors" is view[i].
///
/// Shape (objects are key-sorted by nlohmann::json; arrays in the orders given):
/// ```
/// { "measures": [{"key", "name", "explain"}, ...]   the nine measures above, in order
///   "roles":    [{"key", "name", "explain"}, ...]   the five roles, in `BrokerageRole` order
///   "rank":     "{0}. von {1}" / "{0} of {1}"        rank {0} among {1} actors
///   "actors":   [{ "id", "label", "sector" (in `language`), "sectorKey" (as stored),
///                  "community": 1-based number or null,
///                  "m": [[value as text, rank or null], ...]     as "measures",
///                  "roles": [[index into "roles", count], ...]    counts > 0 only,
///                  "cut": null or {"count", "names", "more"},
///                  "suggest": [{"id", "label", "via": [names]}, ...] }, ...] }
/// ```
/// "community" is null when `analysis.communities` is absent. Without
/// `analysis.brokers_and_gaps`, "roles" and "suggest" are empty and "cut" is null but for
/// an articulation point, whose "cut" is {"count": null, "names": [], "more": 0} (it cuts
/// off someone, but the analysis did not count whom). With it, "cut" lists a cut point's
/// `CutOff`: count = actors cut off, names = the display names of those listed, more =
/// count − names.
///
/// @param network the network analysed.
/// @param analysis `analyze_network(network, ...)`; communities and brokers and gaps optional.
/// @param view the actors to profile (repeats allowed).
/// @param language the language of names, explanations and numbers.
/// @throws InvalidArgument if an actor of `view` is not an actor of `network`, or if the
///   per-actor vectors of `analysis` do not have one entry per actor of `network`.
/// Complexity: O(M n log n) for the ranks of M = 9 measures over n actors, plus O(b + s + v)
/// for b cut points, s suggestions and v actors shown (names aside).
nlohmann::json actor_profiles_json(const Network& network, const NetworkAnalysis& analysis,
                                   const std::vector<NodeId>& view, Language language);

}  // namespace coopnet
