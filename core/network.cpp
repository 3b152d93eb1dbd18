#include "core/network.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/number_format.hpp"

namespace coopnet {

std::string projected_tie_kind(const Project& project) { return "project:" + project.id; }

std::optional<NodeId> Network::find(std::string_view id) const {
    const auto it = index_.find(std::string(id));
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

std::vector<Tie> Network::projected_ties() const {
    std::vector<Tie> ties;
    for (const Project& project : projects_) {
        const std::size_t size = project.members.size();
        if (size < 2) continue;
        const double weight = weighting_ == ProjectionWeighting::Newman
                                  ? 1.0 / static_cast<double>(size - 1)
                                  : 1.0;
        for (std::size_t i = 0; i < size; ++i) {
            for (std::size_t j = i + 1; j < size; ++j) {
                Tie tie;
                tie.source = project.members[i];
                tie.target = project.members[j];
                tie.weight = weight;
                tie.kind = projected_tie_kind(project);
                tie.period = project.period;
                ties.push_back(std::move(tie));
                if (directed_) {
                    // Co-membership is mutual: a directed network gets both arcs.
                    Tie back = ties.back();
                    std::swap(back.source, back.target);
                    ties.push_back(std::move(back));
                }
            }
        }
    }
    return ties;
}

Network Network::with_projection_weighting(ProjectionWeighting weighting) const {
    Network copy = *this;
    copy.weighting_ = weighting;
    copy.index_and_build_adjacency();
    return copy;
}

void Network::index_and_build_adjacency() {
    index_.clear();
    index_.reserve(actors_.size());
    for (NodeId v = 0; v < actors_.size(); ++v) index_.emplace(actors_[v].id, v);
    std::vector<Arc> arcs;
    arcs.reserve(ties_.size());
    for (const Tie& tie : ties_) arcs.push_back({tie.source, tie.target, tie.weight});
    for (const Tie& tie : projected_ties()) arcs.push_back({tie.source, tie.target, tie.weight});
    adjacency_ = Adjacency(actors_.size(), directed_, arcs);
}

namespace {

// Each weight is finite, but the analysis view sums the weights of one pair's ties (and,
// for the undirected version of a directed network, both directions): two ties of 1e308
// would merge into inf and poison every path length and sum. Refuse that.
void refuse_overflowing_sums(const Network& network) {
    // A tie weight that is itself not finite was refused by the builder; a network made
    // directly with one is left for the kernels to reject.
    for (const Tie& tie : network.ties()) {
        if (!std::isfinite(tie.weight)) return;
    }
    const CsrGraph& merged = network.adjacency().undirected();
    std::vector<Diagnostic> problems;
    for (NodeId u = 0; u < merged.node_count(); ++u) {
        const auto neighbours = merged.neighbours_of(u);
        const auto weights = merged.weights_of(u);
        for (std::size_t k = 0; k < neighbours.size(); ++k) {
            if (u > neighbours[k] || std::isfinite(weights[k])) continue;
            problems.push_back({{}, "the ties between '" + network.actor(u).id + "' and '" +
                                        network.actor(neighbours[k]).id +
                                        "' add up to more than the largest number (1.8e308)"});
        }
    }
    if (!problems.empty()) throw InputError(std::move(problems));
}

}  // namespace

Network make_network(std::string name, bool directed, std::vector<Actor> actors,
                     std::vector<Tie> ties, std::vector<Project> projects,
                     ProjectionWeighting weighting) {
    std::unordered_set<std::string_view> seen;
    for (const Actor& actor : actors) {
        if (!seen.insert(actor.id).second) {
            throw InvalidArgument("duplicate actor id '" + actor.id + "'");
        }
    }
    const auto check = [&](NodeId v) {
        if (v >= actors.size()) throw InvalidArgument("actor index out of range");
    };
    for (const Tie& tie : ties) {
        check(tie.source);
        check(tie.target);
    }
    for (const Project& project : projects) {
        for (NodeId member : project.members) check(member);
    }
    Network network;
    network.name_ = std::move(name);
    network.directed_ = directed;
    network.actors_ = std::move(actors);
    network.ties_ = std::move(ties);
    network.projects_ = std::move(projects);
    network.weighting_ = weighting;
    network.index_and_build_adjacency();
    refuse_overflowing_sums(network);
    return network;
}

void NetworkBuilder::add_actor(Actor actor, SourceLocation where) {
    if (actor.id.empty()) {
        report(std::move(where), "actor without an id");
        return;
    }
    if (actor.sector.empty()) actor.sector = kDefaultSector;
    const auto [it, inserted] =
        actor_index_.emplace(actor.id, static_cast<NodeId>(actors_.size()));
    if (!inserted) {
        report(std::move(where), "duplicate actor id '" + actor.id + "'");
        return;
    }
    actors_.push_back(std::move(actor));
}

void NetworkBuilder::add_tie(TieRecord tie, SourceLocation where) {
    ties_.push_back({std::move(tie), std::move(where)});
}

void NetworkBuilder::add_project(ProjectRecord project, SourceLocation where) {
    if (project.id.empty()) {
        report(std::move(where), "project without an id");
        return;
    }
    if (project.period.reversed()) {
        report(where, "project '" + project.id + "' begins (" + project.period.since->to_string() +
                          ") after it ends (" + project.period.until->to_string() + ")");
    }
    const auto [it, inserted] = project_index_.emplace(project.id, projects_.size());
    if (!inserted) {
        report(std::move(where), "duplicate project id '" + project.id + "'");
        return;
    }
    projects_.push_back(Project{std::move(project.id), std::move(project.label),
                                std::move(project.period), {}, std::move(project.attributes)});
}

void NetworkBuilder::add_membership(std::string project_id, std::string actor_id,
                                    SourceLocation where) {
    memberships_.push_back({std::move(project_id), std::move(actor_id), std::move(where)});
}

void NetworkBuilder::report(SourceLocation where, std::string message) {
    problems_.push_back({std::move(where), std::move(message)});
}

bool NetworkBuilder::has_actor(std::string_view id) const {
    return actor_index_.count(std::string(id)) > 0;
}

Network NetworkBuilder::build() {
    std::vector<Tie> ties;
    ties.reserve(ties_.size());
    for (PendingTie& pending : ties_) {
        TieRecord& record = pending.tie;
        bool ok = true;
        const auto resolve = [&](const std::string& id, const char* role) -> NodeId {
            const auto it = actor_index_.find(id);
            if (it != actor_index_.end()) return it->second;
            report(pending.where, std::string("tie ") + role + " '" + id + "' is not a known actor");
            ok = false;
            return 0;
        };
        const NodeId source = resolve(record.source, "source");
        const NodeId target = resolve(record.target, "target");
        if (!std::isfinite(record.weight) || record.weight <= 0) {
            report(pending.where, "tie weight must be a finite number > 0, not " +
                                      format_number(record.weight));
            ok = false;
        }
        if (record.period.reversed()) {
            report(pending.where, "tie begins (" + record.period.since->to_string() +
                                      ") after it ends (" + record.period.until->to_string() +
                                      ")");
            ok = false;
        }
        if (!ok) continue;
        ties.push_back(Tie{source, target, record.weight, std::move(record.kind),
                           std::move(record.period), std::move(record.attributes)});
    }
    for (PendingMembership& membership : memberships_) {
        const auto project = project_index_.find(membership.project);
        const auto actor = actor_index_.find(membership.actor);
        if (project == project_index_.end()) {
            report(membership.where, "membership names unknown project '" + membership.project + "'");
        }
        if (actor == actor_index_.end()) {
            report(membership.where, "membership names unknown actor '" + membership.actor + "'");
        }
        if (project == project_index_.end() || actor == actor_index_.end()) continue;
        auto& members = projects_[project->second].members;
        if (std::find(members.begin(), members.end(), actor->second) == members.end()) {
            members.push_back(actor->second);
        }
    }
    if (!problems_.empty()) throw InputError(problems_);
    return make_network(std::move(name_), directed_, std::move(actors_), std::move(ties),
                        std::move(projects_), weighting_);
}

}  // namespace coopnet
