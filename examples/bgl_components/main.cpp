// Reads a network with coopnet and runs Boost.Graph algorithms on it, without a copy,
// through the adaptor core/boost_graph.hpp: the connected components of the undirected
// version (BGL connected_components) and the cut vertices (BGL articulation_points).
//
//   bgl_components samples/duisburg-marxloh
//
// prints the number of components, the size of each, and the actors whose removal splits
// the network (by id); exit 2 for bad input, as the coopnet CLI.
#include <algorithm>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <cstddef>
#include <iostream>
#include <iterator>
#include <vector>

#include "core/boost_graph.hpp"
#include "core/error.hpp"
#include "io/network_format.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: bgl_components NET\n";
        return 2;
    }
    try {
        const coopnet::Network network = coopnet::read_network(argv[1]).network;
        // Components and cut vertices are about who is linked at all: the undirected view,
        // whatever the direction of the ties.
        const coopnet::UndirectedBoostGraph graph(network);
        std::vector<std::size_t> component(network.actor_count());  // vertices 0 ... n-1
        const std::size_t count = boost::connected_components(graph, component.data());
        std::vector<std::size_t> sizes(count, 0);
        for (const std::size_t c : component) ++sizes[c];

        std::vector<coopnet::NodeId> cut;
        boost::articulation_points(graph, std::back_inserter(cut));
        std::sort(cut.begin(), cut.end(), [&](coopnet::NodeId a, coopnet::NodeId b) {
            return network.actor(a).id < network.actor(b).id;
        });

        std::cout << network.actor_count() << " actors, " << count << " components:";
        for (const std::size_t size : sizes) std::cout << ' ' << size;
        std::cout << "\ncut vertices:";
        for (const coopnet::NodeId v : cut) std::cout << ' ' << network.actor(v).id;
        std::cout << '\n';
        return 0;
    } catch (const coopnet::Error& e) {
        std::cerr << "bgl_components: " << e.what() << '\n';
        return 2;
    }
}
