// Reading the fixtures that R scripts (scripts/fixtures/*.R) wrote under tests/data/: the
// comma-separated tables and the brokerage fixtures' graphs, shared by the tests that
// compare with R's sna.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/network.hpp"

namespace coopnet::testing {

/// The fields of one comma-separated line (no quoting; a trailing comma ends an empty field).
std::vector<std::string> split_fixture_line(const std::string& line);

/// The data lines of the fixture at `path` (relative to tests/data/), without '#' comments
/// and without the header line. Fails the test when the file cannot be read.
std::vector<std::vector<std::string>> read_fixture_rows(const std::string& path);

/// One graph's sna::brokerage output (tests/data/brokerage/NAME.csv): per actor (and
/// "(total)") and statistic, six values.
struct SnaFixture {
    std::vector<std::string> actors;  ///< in fixture order = NodeId order
    std::map<std::string, std::string> group;
    std::map<std::pair<std::string, std::string>, std::array<double, 6>> values;
};

SnaFixture read_fixture(const std::string& name);

/// The ties of tests/data/brokerage/NAME.edges.csv as (source, target) ids.
std::vector<std::pair<std::string, std::string>> read_edges(const std::string& name);

/// The fixture's graph, its actors in fixture order with their groups in the attribute
/// "group".
Network fixture_network(const SnaFixture& fixture,
                        const std::vector<std::pair<std::string, std::string>>& edges,
                        bool directed);

/// Whether two Monte-Carlo estimates of one probability, from n1 and n2 draws, agree within
/// 4 standard errors of their difference (p taken at least 1/n1 so that p = 0 has room).
bool within_monte_carlo(double ours, std::size_t n1, double theirs, std::size_t n2);

}  // namespace coopnet::testing
