// The shape of the whole network: distances, components, k-cores, cut points and bridges,
// clustering.
#pragma once

#include "analysis/structure/distances.hpp"
#include "analysis/structure/components.hpp"
#include "analysis/structure/cores.hpp"
#include "analysis/structure/cut_points.hpp"
#include "analysis/structure/clustering.hpp"
