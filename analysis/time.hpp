// Time: the course of a network over the years and how long its ties last.
#pragma once

#include "analysis/time/tie_survival.hpp"
#include "analysis/time/timeline.hpp"
