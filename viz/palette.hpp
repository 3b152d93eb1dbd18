// Colours of a network map: actor groups (sectors by default) in the colour-blind-safe
// palette of Okabe & Ito, tie kinds in Tol's muted scheme, and a text colour that stays
// readable on each fill.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"

namespace coopnet {

/// The eight colours of Okabe & Ito [1], distinguishable with every common form of colour
/// vision deficiency: orange, sky blue, bluish green, yellow, blue, vermillion, reddish
/// purple, black.
/// [1] Okabe & Ito (2008), "Color Universal Design (CUD): how to make figures and
///     presentations that are friendly to colorblind people", https://jfly.uni-koeln.de/color/
inline constexpr std::array<std::string_view, 8> kOkabeIto{
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"};

/// The colour of actors whose group gets no palette colour: the sector `other`, the
/// attribute group "(none)", and every group beyond the eighth.
inline constexpr std::string_view kUncolouredGrey = "#BBBBBB";

/// Tie-kind colours: the nine colours of Paul Tol's "muted" qualitative scheme [1],
/// colour-blind safe, reordered darkest first so that the most frequent kinds get the
/// lines that show best on white. Kinds beyond the ninth are drawn in `kOtherKindGrey`.
/// [1] Tol (2021), "Colour Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2,
///     https://personal.sron.nl/~pault/data/colourschemes.pdf
inline constexpr std::array<std::string_view, 9> kTolMutedDarkFirst{
    "#332288", "#CC6677", "#117733", "#882255", "#44AA99",
    "#999933", "#AA4499", "#88CCEE", "#DDCC77"};
inline constexpr std::string_view kOtherKindGrey = "#888888";

/// The fixed colour of each documented default sector (core/network.hpp), so that a sector
/// looks the same on every map: municipality blue, public_agency sky blue, business orange,
/// foundation bluish green, civil_society yellow, religious reddish purple, education
/// vermillion, politics black (the three corners of the cooperation triangle get the three
/// most distinct hues). `other` is `kUncolouredGrey`. Nothing for any other sector name.
std::optional<std::string_view> default_sector_colour(std::string_view sector);

/// The groups of a colouring attribute and their colours.
struct ActorColours {
    /// Group names in `attribute_partition` order (by decreasing size, then smallest id).
    std::vector<std::string> groups;
    /// colours[g]: `#RRGGBB` of group g.
    std::vector<std::string> colours;
    /// actor_group[v]: the group of NodeId v.
    std::vector<std::size_t> actor_group;
};

/// Colours the actors by `attribute` (grouped as `attribute_partition` in
/// analysis/community/partition.hpp: `sector` means Actor::sector, any other name an actor attribute
/// compared as text, actors without it in the group "(none)").
/// For `sector`, the default sectors keep their fixed colours (`default_sector_colour`) and
/// other sector names take the unused Okabe–Ito colours in group order. For any other
/// attribute, the groups take the Okabe–Ito colours in group order, "(none)" excepted.
/// Groups left without a colour are `kUncolouredGrey`. Deterministic for a network.
/// @throws InvalidArgument if `attribute` is empty. Complexity O(n log n).
ActorColours colour_actors(const Network& network, std::string_view attribute);

/// Colours for tie kinds: `kinds` (most frequent first) take `kTolMutedDarkFirst` in
/// order; kinds beyond the ninth get `kOtherKindGrey`. One colour per kind.
std::vector<std::string> kind_colours(std::size_t kind_count);

/// "#000000" or "#FFFFFF", whichever has the larger WCAG 2.1 contrast ratio
/// (L1 + 0.05) / (L2 + 0.05) against `background`, with L the relative luminance of the
/// sRGB colour [1]; black on ties.
/// @param background `#RRGGBB` (hex digits in either case).
/// @throws InvalidArgument for any other text.
/// [1] W3C (2018), Web Content Accessibility Guidelines 2.1, "contrast ratio" and
///     "relative luminance", https://www.w3.org/TR/WCAG21/
std::string_view contrasting_text_colour(std::string_view background);

}  // namespace coopnet
