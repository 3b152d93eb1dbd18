// bench_generate_graph N M SEED OUT: writes a seeded Barabási–Albert network as a plain
// edge list for the benchmarks (issue #3).
//
// The network is `classic::barabasi_albert(N, M, SEED)` from the test helpers, so the
// benchmark graphs come from the same generator the analysis tests check. The file holds
// one tie per line, `u v`, no header and no weight column: the format that both
// io/edge_list.hpp `read_edge_list` and igraph's `Graph.Read_Edgelist` read natively.
// Actor ids are "0" … "N-1"; every actor first appears in numeric order (actor v is the
// source of its own first tie and its targets are older), so coopnet's NodeId, the
// number in the file and igraph's vertex index all agree.
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "io/atomic_file.hpp"
#include "tests/analysis/classic_graphs.hpp"

namespace {

std::uint64_t parse_count(std::string_view text, const char* what) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        throw coopnet::InvalidArgument(std::string("bench_generate_graph: ") + what +
                                       " must be a non-negative integer, not '" +
                                       std::string(text) + "'");
    }
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::cerr << "usage: bench_generate_graph ACTORS TIES_PER_ACTOR SEED OUT\n";
        return 2;
    }
    try {
        const std::uint64_t n = parse_count(argv[1], "ACTORS");
        const std::uint64_t m = parse_count(argv[2], "TIES_PER_ACTOR");
        const std::uint64_t seed = parse_count(argv[3], "SEED");
        const coopnet::Network network = coopnet::classic::barabasi_albert(n, m, seed);
        coopnet::write_file_atomically(argv[4], [&](std::ostream& out) {
            std::string line;
            for (const coopnet::TieRef tie : network.ties()) {
                line.clear();
                line += network.actor(tie.source).id;
                line += ' ';
                line += network.actor(tie.target).id;
                line += '\n';
                out << line;
            }
        });
        std::cerr << "wrote " << network.ties().size() << " ties among " << n
                  << " actors to " << argv[4] << '\n';
    } catch (const std::exception& error) {
        std::cerr << "bench_generate_graph: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
