// A network's adjacency as a Boost.Graph graph, without a copy: BGL algorithms run
// straight on the CSR rows (core/adjacency.hpp). The one header that presents a network
// to BGL; nothing else in coopnet's public headers names Boost.Graph types.
//
//   const coopnet::Network& network = ...;
//   visit_boost_graph(network, [](const auto& graph) {
//       std::vector<std::size_t> component(boost::num_vertices(graph));
//       boost::connected_components(graph, component.data());  // or any BGL algorithm
//   });
//
// The view follows the BGL concepts (Siek, Lee & Lumsdaine, The Boost Graph Library,
// Addison-Wesley 2002, ch. 12): VertexListGraph, IncidenceGraph, AdjacencyGraph and
// EdgeListGraph, vertices the NodeIds 0 ... n-1 (the vertex index map is the identity),
// and an edge weight map (`get(boost::edge_weight, graph)`) with the merged weight of each
// tie (BGL's unweighted algorithms, such as its Brandes betweenness without a weight map,
// count hops as coopnet's `WeightMode::Unweighted`). Like the adjacency, ties between one
// pair are one edge (weights summed) and self-ties are absent. The view holds a pointer
// to the rows: the network must outlive it. Undirected views are undirected graphs in
// BGL's sense (an edge met from either end compares equal); a directed network can be
// seen either way, as `Adjacency::undirected()` gives its undirected version.
#pragma once

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "core/adjacency.hpp"
#include "core/network.hpp"

namespace coopnet {

/// One edge of a `BoostGraph`: its ends as traversed (an out-edge of v has source v) and
/// the position of the arc in the CSR rows (where its weight is). Undirected edges are
/// equal whichever way they were traversed.
template <class Directed>
struct BoostEdge {
    static constexpr bool kDirected = std::is_same_v<Directed, boost::directed_tag>;
    NodeId source = 0;
    NodeId target = 0;
    std::uint64_t arc = 0;

    /// The pair that identifies the edge: (source, target), ordered when undirected.
    [[nodiscard]] std::pair<NodeId, NodeId> key() const noexcept {
        if (kDirected || source < target) return {source, target};
        return {target, source};
    }
    friend bool operator==(const BoostEdge& a, const BoostEdge& b) noexcept {
        return a.key() == b.key();
    }
    friend bool operator<(const BoostEdge& a, const BoostEdge& b) noexcept {
        return a.key() < b.key();
    }
};

/// A network's adjacency as a BGL graph. `boost::directed_tag`: the arcs u -> v of
/// `Adjacency::out()`; `boost::undirected_tag`: the ties of `Adjacency::undirected()`
/// (for a directed network its undirected version, weight a_uv + a_vu). Copying the view
/// copies a pointer.
template <class Directed>
class BoostGraph {
public:
    using Edge = BoostEdge<Directed>;
    static constexpr bool kDirected = Edge::kDirected;
    class OutEdgeIterator;
    class EdgeIterator;

    // BGL's graph_traits reads these (Boost.Graph's own graphs declare them so too).
    struct traversal_category : boost::incidence_graph_tag,
                                boost::adjacency_graph_tag,
                                boost::vertex_list_graph_tag,
                                boost::edge_list_graph_tag {};
    using vertex_descriptor = NodeId;
    using edge_descriptor = Edge;
    using directed_category = Directed;
    using edge_parallel_category = boost::disallow_parallel_edge_tag;  // ties are merged
    using vertex_iterator = boost::counting_iterator<NodeId>;
    using out_edge_iterator = OutEdgeIterator;
    using adjacency_iterator = const NodeId*;
    using edge_iterator = EdgeIterator;
    using vertices_size_type = std::size_t;
    using edges_size_type = std::size_t;
    using degree_size_type = std::size_t;
    [[nodiscard]] static NodeId null_vertex() noexcept { return static_cast<NodeId>(-1); }

    explicit BoostGraph(const Adjacency& adjacency)
        : rows_(&(kDirected ? adjacency.out() : adjacency.undirected())) {}
    explicit BoostGraph(const Network& network) : BoostGraph(network.adjacency()) {}

    [[nodiscard]] const CsrGraph& rows() const noexcept { return *rows_; }

    /// Iterates the out-edges of one actor in row order.
    class OutEdgeIterator
        : public boost::iterator_facade<OutEdgeIterator, Edge, std::random_access_iterator_tag,
                                        Edge, std::ptrdiff_t> {
    public:
        OutEdgeIterator() = default;
        OutEdgeIterator(const CsrGraph* rows, NodeId source, std::uint64_t arc)
            : rows_(rows), source_(source), arc_(arc) {}

    private:
        friend class boost::iterator_core_access;
        [[nodiscard]] Edge dereference() const { return {source_, rows_->neighbours[arc_], arc_}; }
        [[nodiscard]] bool equal(const OutEdgeIterator& other) const { return arc_ == other.arc_; }
        void increment() { ++arc_; }
        void decrement() { --arc_; }
        void advance(std::ptrdiff_t n) { arc_ += n; }
        [[nodiscard]] std::ptrdiff_t distance_to(const OutEdgeIterator& other) const {
            return static_cast<std::ptrdiff_t>(other.arc_) - static_cast<std::ptrdiff_t>(arc_);
        }
        const CsrGraph* rows_ = nullptr;
        NodeId source_ = 0;
        std::uint64_t arc_ = 0;
    };

    /// Iterates every edge once: every arc when directed, the arcs u -> v with u < v when
    /// undirected (each tie is stored both ways).
    class EdgeIterator
        : public boost::iterator_facade<EdgeIterator, Edge, std::forward_iterator_tag, Edge> {
    public:
        EdgeIterator() = default;
        EdgeIterator(const CsrGraph* rows, std::uint64_t arc) : rows_(rows), arc_(arc) { settle(); }

    private:
        friend class boost::iterator_core_access;
        [[nodiscard]] Edge dereference() const { return {source_, rows_->neighbours[arc_], arc_}; }
        [[nodiscard]] bool equal(const EdgeIterator& other) const { return arc_ == other.arc_; }
        void increment() {
            ++arc_;
            settle();
        }
        // Moves source_ to the row holding arc_, and past arcs an undirected view skips.
        void settle() {
            const std::uint64_t end = rows_->arc_count();
            while (arc_ < end) {
                while (rows_->offsets[source_ + 1] <= arc_) ++source_;
                if (kDirected || source_ < rows_->neighbours[arc_]) return;
                ++arc_;
            }
        }
        const CsrGraph* rows_ = nullptr;
        NodeId source_ = 0;
        std::uint64_t arc_ = 0;
    };

private:
    const CsrGraph* rows_;
};

using DirectedBoostGraph = BoostGraph<boost::directed_tag>;
using UndirectedBoostGraph = BoostGraph<boost::undirected_tag>;

/// Calls `f` with the view whose category matches the network: `DirectedBoostGraph` for a
/// directed network, `UndirectedBoostGraph` otherwise, and returns what it returns.
template <class F>
decltype(auto) visit_boost_graph(const Network& network, F&& f) {
    if (network.directed()) return std::forward<F>(f)(DirectedBoostGraph(network));
    return std::forward<F>(f)(UndirectedBoostGraph(network));
}

/// The merged weight of each edge, read from the rows (a BGL readable property map).
template <class Directed>
struct BoostEdgeWeightMap {
    using key_type = BoostEdge<Directed>;
    using value_type = double;
    using reference = double;
    using category = boost::readable_property_map_tag;
    const CsrGraph* rows = nullptr;

    friend double get(const BoostEdgeWeightMap& map, const key_type& edge) {
        return map.rows->weights[edge.arc];
    }
};

// The free functions BGL calls, found by argument-dependent lookup.

template <class D>
std::pair<boost::counting_iterator<NodeId>, boost::counting_iterator<NodeId>> vertices(
    const BoostGraph<D>& g) {
    return {boost::counting_iterator<NodeId>(0),
            boost::counting_iterator<NodeId>(static_cast<NodeId>(g.rows().node_count()))};
}
template <class D>
std::size_t num_vertices(const BoostGraph<D>& g) {
    return g.rows().node_count();
}
template <class D>
std::size_t num_edges(const BoostGraph<D>& g) {
    return BoostGraph<D>::kDirected ? g.rows().arc_count() : g.rows().arc_count() / 2;
}
template <class D>
std::pair<typename BoostGraph<D>::OutEdgeIterator, typename BoostGraph<D>::OutEdgeIterator>
out_edges(NodeId v, const BoostGraph<D>& g) {
    const CsrGraph& rows = g.rows();
    return {{&rows, v, rows.offsets[v]}, {&rows, v, rows.offsets[v + 1]}};
}
template <class D>
std::size_t out_degree(NodeId v, const BoostGraph<D>& g) {
    return g.rows().degree(v);
}
/// Undirected only: the number of ties of v (BGL's degree of an undirected graph).
inline std::size_t degree(NodeId v, const UndirectedBoostGraph& g) { return g.rows().degree(v); }
template <class D>
std::pair<const NodeId*, const NodeId*> adjacent_vertices(NodeId v, const BoostGraph<D>& g) {
    const auto neighbours = g.rows().neighbours_of(v);
    return {neighbours.data(), neighbours.data() + neighbours.size()};
}
template <class D>
std::pair<typename BoostGraph<D>::EdgeIterator, typename BoostGraph<D>::EdgeIterator> edges(
    const BoostGraph<D>& g) {
    const CsrGraph& rows = g.rows();
    return {{&rows, 0}, {&rows, rows.arc_count()}};
}
template <class D>
NodeId source(const BoostEdge<D>& e, const BoostGraph<D>&) {
    return e.source;
}
template <class D>
NodeId target(const BoostEdge<D>& e, const BoostGraph<D>&) {
    return e.target;
}
template <class D>
boost::typed_identity_property_map<NodeId> get(boost::vertex_index_t, const BoostGraph<D>&) {
    return {};
}
template <class D>
NodeId get(boost::vertex_index_t, const BoostGraph<D>&, NodeId v) {
    return v;
}
template <class D>
BoostEdgeWeightMap<D> get(boost::edge_weight_t, const BoostGraph<D>& g) {
    return {&g.rows()};
}
template <class D>
double get(boost::edge_weight_t, const BoostGraph<D>& g, const BoostEdge<D>& e) {
    return g.rows().weights[e.arc];
}

}  // namespace coopnet

namespace boost {

// Property maps by tag, for the graph and its const form (BGL asks for both).
template <class D>
struct property_map<coopnet::BoostGraph<D>, vertex_index_t> {
    using type = typed_identity_property_map<coopnet::NodeId>;
    using const_type = type;
};
template <class D>
struct property_map<const coopnet::BoostGraph<D>, vertex_index_t>
    : property_map<coopnet::BoostGraph<D>, vertex_index_t> {};
template <class D>
struct property_map<coopnet::BoostGraph<D>, edge_weight_t> {
    using type = coopnet::BoostEdgeWeightMap<D>;
    using const_type = type;
};
template <class D>
struct property_map<const coopnet::BoostGraph<D>, edge_weight_t>
    : property_map<coopnet::BoostGraph<D>, edge_weight_t> {};

}  // namespace boost
