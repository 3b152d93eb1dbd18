#include "core/network.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/detail/huge_pages.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet {

std::string projected_tie_kind(const Project& project) { return "project:" + project.id; }

const SharedString& default_sector() {
    static const SharedString text{kDefaultSector};
    return text;
}

namespace {

// Each pair of a project of `size` members: 1 (shared projects), or 1/(size-1) (Newman 2001).
double projected_tie_weight(ProjectionWeighting weighting, std::size_t size) {
    return weighting == ProjectionWeighting::Newman ? 1.0 / static_cast<double>(size - 1) : 1.0;
}

}  // namespace

std::optional<NodeId> Network::find(std::string_view id) const {
    return index_.find(id, [this](NodeId v) -> const std::string& { return actors_[v].id; });
}

template <class Emit>
void Network::for_each_projected_arc(const Emit& emit) const {
    for (const Project& project : projects_) {
        const std::size_t size = project.members.size();
        if (size < 2) continue;
        const double weight = projected_tie_weight(weighting_, size);
        for (std::size_t i = 0; i < size; ++i) {
            for (std::size_t j = i + 1; j < size; ++j) {
                emit(Arc{project.members[i], project.members[j], weight});
                if (directed_) emit(Arc{project.members[j], project.members[i], weight});
            }
        }
    }
}

TieTable Network::projected_ties() const {
    TieTable ties;
    for (const Project& project : projects_) {
        const std::size_t size = project.members.size();
        if (size < 2) continue;
        const double weight = projected_tie_weight(weighting_, size);
        const SharedString kind = projected_tie_kind(project);  // one string per project
        for (std::size_t i = 0; i < size; ++i) {
            for (std::size_t j = i + 1; j < size; ++j) {
                Tie tie;
                tie.source = project.members[i];
                tie.target = project.members[j];
                tie.weight = weight;
                tie.kind = kind;
                tie.period = project.period;
                if (directed_) {
                    // Co-membership is mutual: a directed network gets both arcs.
                    Tie back = tie;
                    std::swap(back.source, back.target);
                    ties.push_back(std::move(tie));
                    ties.push_back(std::move(back));
                } else {
                    ties.push_back(std::move(tie));
                }
            }
        }
    }
    return ties;
}

Network Network::with_projection_weighting(ProjectionWeighting weighting) const {
    Network copy = *this;
    copy.weighting_ = weighting;
    copy.build_adjacency();
    return copy;
}

Network Network::with_sectors(std::vector<std::string> sectors) && {
    if (sectors.size() != actors_.size()) {
        throw InvalidArgument("with_sectors: " + std::to_string(sectors.size()) + " sectors for " +
                              std::to_string(actors_.size()) + " actors");
    }
    for (std::size_t v = 0; v < actors_.size(); ++v) {
        actors_[v].sector =
            sectors[v].empty() ? default_sector() : SharedString(std::move(sectors[v]));
    }
    return std::move(*this);
}

void Network::build_adjacency() {
    // The arcs are generated twice or three times (counting, then filling, per view)
    // rather than stored: no arc list beside the ties.
    const auto arcs = [this](const std::function<void(const Arc&)>& emit) {
        for (std::size_t i = 0; i < ties_.size(); ++i) {
            emit(Arc{ties_.source(i), ties_.target(i), ties_.weight(i)});
        }
        for_each_projected_arc(emit);
    };
    adjacency_ = Adjacency();  // free the old rows before the new ones are built
    adjacency_ = Adjacency::generated(actors_.size(), directed_, arcs);
}

namespace {

// Each weight is finite, but the analysis view sums the weights of one pair's ties (and,
// for the undirected version of a directed network, both directions): two ties of 1e308
// would merge into inf and poison every path length and sum. Refuse that.
void refuse_overflowing_sums(const Network& network) {
    // A tie weight that is itself not finite was refused by the builder; a network made
    // directly with one is left for the kernels to reject.
    const TieTable& ties = network.ties();
    for (std::size_t i = 0; i < ties.size(); ++i) {
        if (!std::isfinite(ties.weight(i))) return;
    }
    const CsrGraph& merged = network.adjacency().undirected();
    std::vector<Diagnostic> problems;
    for (NodeId u = 0; u < merged.node_count(); ++u) {
        const auto neighbours = merged.neighbours_of(u);
        const auto weights = merged.weights_of(u);
        for (std::size_t k = 0; k < neighbours.size(); ++k) {
            if (u > neighbours[k] || std::isfinite(weights[k])) continue;
            Diagnostic problem;
            problem.message = "the ties between '" + network.actor(u).id + "' and '" +
                              network.actor(neighbours[k]).id +
                              "' add up to more than the largest number (1.8e308)";
            problems.push_back(std::move(problem));
        }
    }
    if (!problems.empty()) throw InputError(std::move(problems));
}

}  // namespace

Network Network::assemble(std::string name, bool directed, std::vector<Actor> actors, TieTable ties,
                          std::vector<Project> projects, ProjectionWeighting weighting,
                          detail::IdIndex index) {
    const auto check = [&](NodeId v) {
        if (v >= actors.size()) throw InvalidArgument("actor index out of range");
    };
    for (std::size_t i = 0; i < ties.size(); ++i) {
        check(ties.source(i));
        check(ties.target(i));
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
    network.index_ = std::move(index);
    network.build_adjacency();
    refuse_overflowing_sums(network);
    return network;
}

Network make_network(std::string name, bool directed, std::vector<Actor> actors, TieTable ties,
                     std::vector<Project> projects, ProjectionWeighting weighting) {
    detail::IdIndex index;
    index.reserve(actors.size());
    const auto id_of = [&actors](NodeId v) -> const std::string& { return actors[v].id; };
    for (NodeId v = 0; v < actors.size(); ++v) {
        if (!index.insert(actors[v].id, v, id_of).second) {
            throw InvalidArgument("duplicate actor id '" + actors[v].id + "'");
        }
    }
    return Network::assemble(std::move(name), directed, std::move(actors), std::move(ties),
                             std::move(projects), weighting, std::move(index));
}

void NetworkBuilder::reserve(std::size_t actors, std::size_t ties) {
    actors_.reserve(actors);
    actor_index_.reserve(actors);
    ties_.reserve(ties);
}

void NetworkBuilder::reserve_actor_list(std::size_t actors) {
    detail::reserve_with_huge_pages(actors_, actors);
}

void NetworkBuilder::index_new_actors() const {
    if (indexed_actors_ == actors_.size()) return;
    actor_index_.reserve(actors_.size());  // one rehash for all of them
    const auto id_of = [this](NodeId u) -> const std::string& { return actors_[u].id; };
    for (; indexed_actors_ < actors_.size(); ++indexed_actors_) {
        const auto v = static_cast<NodeId>(indexed_actors_);
        if (!actor_index_.insert(actors_[v].id, v, id_of).second) {
            throw InvalidArgument("add_new_actor: the id '" + actors_[v].id +
                                  "' was there already");
        }
    }
}

std::optional<NodeId> NetworkBuilder::find_actor(std::string_view id) const {
    index_new_actors();
    return actor_index_.find(id, [this](NodeId v) -> const std::string& { return actors_[v].id; });
}

namespace {

constexpr ControlCharacters kInIds = ControlCharacters::None;
constexpr ControlCharacters kInText = ControlCharacters::TabAndLineBreaks;

// The problem with `text`, named `what`, when it holds a control character `allowed`
// does not allow.
std::optional<std::string> control_problem(std::string_view what, std::string_view text,
                                           ControlCharacters allowed) {
    const auto found = find_control_character(text, allowed);
    if (!found) return std::nullopt;
    return std::string(what) + " '" + printable(text) + "' contains the control character " +
           code_point_name(found->code) +
           (allowed == kInIds ? " (ids hold none)" : " (text holds tab and line breaks only)");
}

std::string quoted(std::string_view kind, std::string_view id) {
    return std::string(kind) + " '" + printable(id) + "'";
}

}  // namespace

template <class What>
void NetworkBuilder::check_text(std::string_view text, ControlCharacters allowed,
                                const SourceLocation& where, const What& what) {
    if (!find_control_character(text, allowed)) return;  // the common case: no message built
    report(where, *control_problem(what(), text, allowed));
}

template <class Owner>
void NetworkBuilder::check_attributes(const Attributes& attributes, const SourceLocation& where,
                                      const Owner& owner) {
    // An explicit pair, not a structured binding: clang 14 (the fuzz build) cannot
    // capture a binding in the lambdas below.
    for (const auto& attribute : attributes) {
        const std::string& name = attribute.first;
        check_text(name, kInText, where, [&] { return "an attribute name of " + owner(); });
        if (const auto* text = std::get_if<std::string>(&attribute.second)) {
            check_text(*text, kInText, where,
                       [&] { return "attribute '" + printable(name) + "' of " + owner(); });
        }
    }
}

void NetworkBuilder::check_tie_texts(std::string_view kind, const Attributes& attributes,
                                     const SourceLocation& where) {
    check_text(kind, kInText, where, [] { return std::string("the kind of a tie"); });
    check_attributes(attributes, where, [] { return std::string("a tie"); });
}

void NetworkBuilder::set_name(std::string name, const SourceLocation& where) {
    check_text(name, kInText, where, [] { return std::string("the network name"); });
    name_ = std::move(name);
}

void NetworkBuilder::add_actor(Actor actor, SourceLocation where) {
    if (actor.id.empty()) {
        report(std::move(where), "actor without an id");
        return;
    }
    actor.sector = actor.sector.empty() ? default_sector() : shared_text(actor.sector);
    // An actor with a bad text is still added (build() throws anyway): ties that name
    // it then add no problem of their own.
    const auto owner = [&] { return quoted("actor", actor.id); };
    check_text(actor.id, kInIds, where, [] { return std::string("the actor id"); });
    check_text(actor.label, kInText, where, [&] { return "the label of " + owner(); });
    check_text(actor.sector, kInText, where, [&] { return "the sector of " + owner(); });
    check_attributes(actor.attributes, where, owner);
    if (!append_actor(actor)) report(std::move(where), "duplicate actor id '" + actor.id + "'");
}

bool NetworkBuilder::append_actor(Actor& actor) {
    index_new_actors();
    const auto v = static_cast<NodeId>(actors_.size());
    // The index compares against actors_[v].id, so the actor goes in first and comes back
    // out when its id is taken or the index cannot grow: no actor without an index entry.
    actors_.push_back(std::move(actor));
    const auto id_of = [this](NodeId u) -> const std::string& { return actors_[u].id; };
    bool inserted = false;
    try {
        inserted = actor_index_.insert(actors_.back().id, v, id_of).second;
    } catch (...) {
        actor = std::move(actors_.back());
        actors_.pop_back();
        throw;
    }
    if (!inserted) {
        actor = std::move(actors_.back());
        actors_.pop_back();
    } else {
        ++indexed_actors_;
    }
    return inserted;
}

NodeId NetworkBuilder::actor_for(std::string_view id, const SourceLocation& where) {
    if (const auto found = find_actor(id)) return *found;
    return add_new_actor(id, where);  // indexed at the next lookup (index_new_actors)
}

NodeId NetworkBuilder::add_new_actor(std::string_view id, const SourceLocation& where) {
    if (id.empty()) throw InvalidArgument("an actor id must not be empty");
    check_text(id, kInIds, where, [] { return std::string("the actor id"); });
    const auto v = static_cast<NodeId>(actors_.size());
    Actor actor;
    actor.id = std::string(id);
    actors_.push_back(std::move(actor));
    return v;
}

bool NetworkBuilder::passes_checks(const TieRef& tie) {
    return std::isfinite(tie.weight) && tie.weight > 0 && !tie.period.reversed();
}

SharedString NetworkBuilder::shared_text(std::string_view text) {
    if (text.empty()) return {};
    const auto found = texts_.find(text);
    if (found != texts_.end()) return *found;
    return *texts_.emplace(text).first;
}

void NetworkBuilder::add_tie(TieRecord tie, SourceLocation where) {
    // The ends are checked by build() when they name no actor; a known actor was checked.
    check_tie_texts(tie.kind, tie.attributes, where);
    const std::optional<NodeId> source = find_actor(tie.source);
    const std::optional<NodeId> target = find_actor(tie.target);
    Tie resolved{source.value_or(0),    target.value_or(0),    tie.weight,
                 shared_text(tie.kind), std::move(tie.period), std::move(tie.attributes)};
    const bool defer = !source || !target || !passes_checks(resolved);
    ties_.push_back(std::move(resolved));
    if (!defer) return;
    DeferredTie deferred{ties_.size() - 1, std::nullopt, std::nullopt, std::move(where)};
    if (!source) deferred.source = std::move(tie.source);
    if (!target) deferred.target = std::move(tie.target);
    push_deferred(std::move(deferred));
}

void NetworkBuilder::push_deferred(DeferredTie deferred) {
    // The tie it names is already in ties_: if keeping the entry fails, the tie goes too,
    // so that no later tie is taken for it.
    try {
        deferred_.push_back(std::move(deferred));
    } catch (...) {
        ties_.pop_back();
        throw;
    }
}

void NetworkBuilder::add_resolved_tie(Tie tie, const SourceLocation& where) {
    if (tie.source >= actors_.size() || tie.target >= actors_.size()) {
        throw InvalidArgument("tie end is not the index of an actor added so far");
    }
    check_tie_texts(tie.kind, tie.attributes, where);
    std::optional<DeferredTie> deferred;  // built first: copying `where` may throw
    if (!passes_checks(tie))
        deferred = DeferredTie{ties_.size(), std::nullopt, std::nullopt, where};
    ties_.push_back(std::move(tie));
    if (deferred) push_deferred(std::move(*deferred));
}

void NetworkBuilder::add_project(ProjectRecord project, SourceLocation where) {
    if (project.id.empty()) {
        report(std::move(where), "project without an id");
        return;
    }
    const auto owner = [&] { return quoted("project", project.id); };
    check_text(project.id, kInIds, where, [] { return std::string("the project id"); });
    check_text(project.label, kInText, where, [&] { return "the label of " + owner(); });
    check_attributes(project.attributes, where, owner);
    if (project.period.reversed()) {
        report(where, "project '" + project.id + "' begins (" + project.period.since->to_string() +
                          ") after it ends (" + project.period.until->to_string() + ")");
    }
    const auto [it, inserted] = project_index_.emplace(project.id, projects_.size());
    if (!inserted) {
        report(std::move(where), "duplicate project id '" + project.id + "'");
        return;
    }
    projects_.push_back(Project{std::move(project.id),
                                std::move(project.label),
                                std::move(project.period),
                                {},
                                std::move(project.attributes)});
}

void NetworkBuilder::add_membership(std::string project_id, std::string actor_id,
                                    SourceLocation where) {
    memberships_.push_back({std::move(project_id), std::move(actor_id), std::move(where)});
}

void NetworkBuilder::report(SourceLocation where, std::string message) {
    problems_.push_back({std::move(where), std::move(message)});
}

bool NetworkBuilder::has_actor(std::string_view id) const { return find_actor(id).has_value(); }

Network NetworkBuilder::build() {
    // Only deferred ties need a look; the others passed when they arrived. A tie that fails
    // here is reported, and build() then throws, so none needs taking out of ties_.
    for (DeferredTie& pending : deferred_) {
        NodeId source = ties_.source(pending.position);
        NodeId target = ties_.target(pending.position);
        const auto resolve = [&](const std::optional<std::string>& id, NodeId& end,
                                 const char* role) {
            if (!id) return;
            if (const auto found = find_actor(*id)) {
                end = *found;
                return;
            }
            const std::string what = std::string("tie ") + role;
            const auto bad_id = control_problem(what + " id", *id, kInIds);
            report(pending.where, bad_id ? *bad_id : what + " '" + *id + "' is not a known actor");
        };
        resolve(pending.source, source, "source");
        resolve(pending.target, target, "target");
        ties_.set_ends(pending.position, source, target);
        const TieRef tie = ties_[pending.position];
        if (!std::isfinite(tie.weight) || tie.weight <= 0) {
            report(pending.where,
                   "tie weight must be a finite number > 0, not " + format_number(tie.weight));
        }
        if (tie.period.reversed()) {
            report(pending.where, "tie begins (" + tie.period.since->to_string() +
                                      ") after it ends (" + tie.period.until->to_string() + ")");
        }
    }
    deferred_.clear();
    texts_.clear();
    for (PendingMembership& membership : memberships_) {
        const auto project = project_index_.find(membership.project);
        const std::optional<NodeId> actor = find_actor(membership.actor);
        if (project == project_index_.end()) {
            const auto bad_id =
                control_problem("the project id of a membership", membership.project, kInIds);
            report(
                membership.where,
                bad_id ? *bad_id : "membership names unknown project '" + membership.project + "'");
        }
        if (!actor) {
            const auto bad_id =
                control_problem("the actor id of a membership", membership.actor, kInIds);
            report(membership.where,
                   bad_id ? *bad_id : "membership names unknown actor '" + membership.actor + "'");
        }
        if (project == project_index_.end() || !actor) continue;
        auto& members = projects_[project->second].members;
        if (std::find(members.begin(), members.end(), *actor) == members.end()) {
            members.push_back(*actor);
        }
    }
    if (!problems_.empty()) throw InputError(problems_);
    index_new_actors();
    // Ids are unique by construction: the index passes on as it is.
    return Network::assemble(std::move(name_), directed_, std::move(actors_), std::move(ties_),
                             std::move(projects_), weighting_, std::move(actor_index_));
}

}  // namespace coopnet
