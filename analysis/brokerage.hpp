// Brokers: Burt's structural holes, Gould-Fernandez brokerage roles and the broker ranking
// that combines them with betweenness.
#pragma once

#include "analysis/brokerage/structural_holes.hpp"
#include "analysis/brokerage/brokerage_roles.hpp"
#include "analysis/brokerage/broker_ranking.hpp"
