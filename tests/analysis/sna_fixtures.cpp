#include "tests/analysis/sna_fixtures.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace coopnet::testing {

std::vector<std::string> split_fixture_line(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields;
}

std::vector<std::vector<std::string>> read_fixture_rows(const std::string& path) {
    std::ifstream in(std::string(COOPNET_TEST_DATA_DIR) + "/" + path);
    INFO(path);
    REQUIRE(in.good());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        rows.push_back(split_fixture_line(line));
    }
    return rows;
}

SnaFixture read_fixture(const std::string& name) {
    SnaFixture fixture;
    for (const auto& row : read_fixture_rows("brokerage/" + name + ".csv")) {
        REQUIRE(row.size() == 9);
        if (row[0] != "(total)" && !fixture.group.count(row[0])) {
            fixture.actors.push_back(row[0]);
            fixture.group[row[0]] = row[1];
        }
        std::array<double, 6> values{};
        for (std::size_t c = 0; c < 6; ++c) values[c] = std::strtod(row[3 + c].c_str(), nullptr);
        fixture.values[{row[0], row[2]}] = values;
    }
    return fixture;
}

std::vector<std::pair<std::string, std::string>> read_edges(const std::string& name) {
    std::vector<std::pair<std::string, std::string>> edges;
    for (const auto& row : read_fixture_rows("brokerage/" + name + ".edges.csv")) {
        REQUIRE(row.size() == 2);
        edges.emplace_back(row[0], row[1]);
    }
    return edges;
}

Network fixture_network(const SnaFixture& fixture,
                        const std::vector<std::pair<std::string, std::string>>& edges,
                        bool directed) {
    std::vector<Actor> actors(fixture.actors.size());
    std::map<std::string, NodeId> index;
    for (std::size_t v = 0; v < actors.size(); ++v) {
        actors[v].id = fixture.actors[v];
        actors[v].attributes.emplace("group", fixture.group.at(fixture.actors[v]));
        index[fixture.actors[v]] = static_cast<NodeId>(v);
    }
    std::vector<Tie> ties;
    for (const auto& [source, target] : edges) {
        Tie tie;
        tie.source = index.at(source);
        tie.target = index.at(target);
        ties.push_back(std::move(tie));
    }
    return make_network("fixture", directed, std::move(actors), std::move(ties));
}

bool within_monte_carlo(double ours, std::size_t n1, double theirs, std::size_t n2) {
    const double p = std::clamp((ours + theirs) / 2, 1.0 / n1, 1.0 - 1.0 / n1);
    const double se = std::sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
    return std::abs(ours - theirs) <= 4 * se;
}

}  // namespace coopnet::testing
