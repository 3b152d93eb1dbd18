// Centralities per actor: degree and strength, betweenness, closeness and harmonic,
// eigenvector, PageRank. Each header states its reference and conventions.
#pragma once

#include "analysis/centrality/degree.hpp"
#include "analysis/centrality/betweenness.hpp"
#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/centrality/eigenvector.hpp"
#include "analysis/centrality/pagerank.hpp"
