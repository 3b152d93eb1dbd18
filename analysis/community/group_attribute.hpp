// The group an actor belongs to by one of its attributes: the one rule that mixing,
// brokerage roles and attribute partitions share, so that "(none)" means the same
// everywhere.
#pragma once

#include <string>
#include <string_view>

#include "core/network.hpp"

namespace coopnet {

/// The name of the group of actors that lack the attribute or have it empty.
inline constexpr std::string_view kNoGroup = "(none)";

/// The actor's value of `attribute` as a group name. `sector` means `Actor::sector`; any
/// other name is looked up in `Actor::attributes` and compared as text (`attribute_text`:
/// numbers in shortest round-trip form, so 2 and 2.0 are one group). A missing or empty
/// value gives `kNoGroup`, and so does the text "(none)" itself.
std::string group_name(const Actor& actor, std::string_view attribute);

}  // namespace coopnet
