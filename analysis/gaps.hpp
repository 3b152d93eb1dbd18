// Where cooperation is missing: mixing between groups, the cooperation triangle with its
// Poisson tails, fragile points, gaps between communities and suggested cooperations.
#pragma once

#include "analysis/gaps/mixing.hpp"
#include "analysis/gaps/poisson_tail.hpp"
#include "analysis/gaps/cooperation_triangle.hpp"
#include "analysis/gaps/fragile_points.hpp"
#include "analysis/gaps/community_gaps.hpp"
#include "analysis/gaps/suggestions.hpp"
