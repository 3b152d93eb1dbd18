// Options that name something in the data (a sector, a tie kind, an attribute, an actor):
// a name found nowhere is a mistake worth stopping for (exit 2), said with the names that
// are there and a guess at the one meant.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"

namespace coopnet::cli {

/// Throws InvalidArgument unless `value` is one of `present` (sorted, unique):
/// "OPTION: MISSING 'VALUE'; did you mean 'X'? Present: A, B, C" — the guess by
/// closest_match() (core/suggest.hpp), the list cut after 30 names ("... and N more").
void require_present(std::string_view option, std::string_view missing, const std::string& value,
                     const std::vector<std::string>& present);

/// The sectors of the actors of `networks`, sorted and unique.
std::vector<std::string> sectors_present(std::span<const Network* const> networks);

/// What --kinds can name in `networks`: the tie kinds (not the empty one), and with
/// projects `project` and `project:ID` of each (core/filter.hpp); sorted and unique.
std::vector<std::string> kinds_present(std::span<const Network* const> networks);

/// What --groups, --color-by and attr:NAME can name: `sector` and every attribute name
/// of an actor of `networks` (analysis/community/group_attribute.hpp); sorted and unique.
std::vector<std::string> actor_attributes_present(std::span<const Network* const> networks);

/// Throws InvalidArgument (require_present) when no actor of `networks` has the
/// attribute `name` (`sector` is always there).
void require_actor_attribute(std::string_view option, const std::string& name,
                             std::span<const Network* const> networks);

/// Throws InvalidArgument when `network` has no actor `id`: the ids present, and a guess
/// among the ids or, failing that, among the labels (naming that actor's id).
void require_actor_id(std::string_view option, const std::string& id, const Network& network);

}  // namespace coopnet::cli
