// Statistics researchers cite: tests against chance (conditional uniform graph tests, the
// E-I permutation test) on random networks, and network regression (QAP, MRQAP).
#pragma once

#include "analysis/statistics/random_graphs.hpp"
#include "analysis/statistics/cug_test.hpp"
#include "analysis/statistics/ei_permutation.hpp"
#include "analysis/statistics/dyadic_covariates.hpp"
#include "analysis/statistics/qap.hpp"
#include "analysis/statistics/rank_tests.hpp"
