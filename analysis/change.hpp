// Change between two states of a network: actors and ties kept, lost and new, broker
// fates, and the change of the network's figures.
#pragma once

#include "analysis/change/network_diff.hpp"
#include "analysis/change/network_summary.hpp"
