// What every reader returns: the network and the warnings worth telling the user
// (an encoding guessed, a column ignored) that did not stop the read.
#pragma once

#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"

namespace coopnet {

struct ReadResult {
    Network network;
    std::vector<Diagnostic> warnings;
    /// How each distinct sector word was read (read_network only; the format readers
    /// leave sectors as written).
    std::vector<SectorWordUse> sector_words;
    /// The planner's sector map that was applied (a folder's sectors.csv, then
    /// --sector-map), to read other sector words the same way (--sectors, --triangle).
    SectorMap sector_map;
};

}  // namespace coopnet
