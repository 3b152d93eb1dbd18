// What every reader returns: the network and the warnings worth telling the user
// (an encoding guessed, a column ignored) that did not stop the read.
#pragma once

#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"

namespace coopnet {

struct ReadResult {
    Network network;
    std::vector<Diagnostic> warnings;
};

}  // namespace coopnet
