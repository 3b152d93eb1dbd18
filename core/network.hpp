// The actor/tie model: actors of open-vocabulary sectors, weighted and typed ties with
// periods (multiplex: several ties per pair are kept), and two-mode project memberships.
// A Network is built once by NetworkBuilder, validated there, and immutable afterwards.
// Inside, actors are dense NodeId indices; string ids appear only at the edges (io, CLI).
// Memory (x86-64): ties are stored by column (core/tie_table.hpp: 8 bytes per plain tie,
// weights and kind/period/attributes records only once some tie has them), an Actor takes
// 56 bytes plus whatever its id allocates beyond 15 bytes, the id index 16 bytes per slot
// (2 to 4 slots per actor), and the adjacency 12 bytes per arc (core/adjacency.hpp). A
// million unweighted ties among 200 000 actors with short ids: about 8 + 11 + 8 + 26 MB
// (was 48 + 21 + 8 + 26 with a 48-byte Tie per tie and std::string labels and sectors).
//
// Control characters (the rule every reader follows, since all build through
// NetworkBuilder): an actor or project id holds none at all, neither C0 (U+0000-U+001F:
// NUL, tab, line feed, ESC ...) nor DEL (U+007F) nor C1 (U+0080-U+009F). Other text
// (network name, labels, sectors, tie kinds, attribute names and text values) may hold
// tab, line feed and carriage return, and no other control character: XML 1.0 cannot
// carry them, and terminals obey them. The builder refuses the rest with the location
// given, so every output can write every accepted text (terminal output shows the
// allowed ones escaped, see printable() in core/text.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/adjacency.hpp"
#include "core/attributes.hpp"
#include "core/date.hpp"
#include "core/detail/id_index.hpp"
#include "core/error.hpp"
#include "core/shared_string.hpp"
#include "core/text.hpp"
#include "core/tie_table.hpp"

namespace coopnet {

/// The documented default sectors, fitted to the urban-development programmes coopnet
/// was built for ("Soziale Stadt", BIWAQ, "Lokales Kapital für soziale Zwecke").
/// Any other text is a valid sector too; an actor without one is `other`.
inline constexpr std::string_view kDefaultSectors[] = {
    "municipality",   // offices of the city: Jugendamt, Sozialamt, Stadtplanungsamt ...
    "public_agency",  // Jobcenter, Agentur für Arbeit, police
    "business",       // companies, business associations
    "foundation",
    "civil_society",  // associations, initiatives
    "religious",      // churches, mosques
    "education",      // schools, training providers
    "politics",       // councils, parties, committees
    "other",
};
inline constexpr std::string_view kDefaultSector = "other";

/// The text of kDefaultSector, one block shared by every actor that has it.
[[nodiscard]] const SharedString& default_sector();

/// One actor, 56 bytes: label and sector are shared text (one pointer each), so the
/// sector word that thousands of actors have is stored once.
struct Actor {
    std::string id;      ///< unique, non-empty
    SharedString label;  ///< display name; empty means "use the id"
    SharedString sector = default_sector();
    Attributes attributes;

    [[nodiscard]] const std::string& display_name() const {
        return label.empty() ? id : label.str();
    }
    friend bool operator==(const Actor&, const Actor&) = default;
};

struct Project {
    std::string id;
    std::string label;
    Period period;
    std::vector<NodeId> members;  ///< in the order given, without repeats
    Attributes attributes;

    friend bool operator==(const Project&, const Project&) = default;
};

/// How the actor network is projected from project memberships.
enum class ProjectionWeighting {
    SharedProjects,  ///< weight 1 per shared project (the count of shared projects)
    Newman,          ///< 1/(members-1) per project: Newman, Phys. Rev. E 64, 016132 (2001)
};

/// Kind given to the ties that a project's membership induces: `project:<id>`.
std::string projected_tie_kind(const Project& project);

class Network {
public:
    Network() = default;

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] bool directed() const noexcept { return directed_; }
    [[nodiscard]] std::span<const Actor> actors() const noexcept { return actors_; }
    [[nodiscard]] const TieTable& ties() const noexcept { return ties_; }
    [[nodiscard]] std::span<const Project> projects() const noexcept { return projects_; }
    [[nodiscard]] std::size_t actor_count() const noexcept { return actors_.size(); }
    [[nodiscard]] const Actor& actor(NodeId v) const { return actors_.at(v); }

    /// The index of the actor with this id, if any.
    [[nodiscard]] std::optional<NodeId> find(std::string_view id) const;

    /// Ties between co-members of every project (kind `project:<id>`, the project's
    /// period, weight by the network's projection weighting), one per pair and project.
    [[nodiscard]] TieTable projected_ties() const;
    [[nodiscard]] ProjectionWeighting projection_weighting() const noexcept { return weighting_; }

    /// The same network with its projected ties weighted another way.
    [[nodiscard]] Network with_projection_weighting(ProjectionWeighting weighting) const;

    /// The same network, moved, with actor v's sector replaced by `sectors[v]` (the
    /// adjacency does not depend on sectors and is kept). @throws InvalidArgument unless
    /// there is one sector per actor.
    [[nodiscard]] Network with_sectors(std::vector<std::string> sectors) &&;

    /// The analysis view, built once: explicit and projected ties merged to one tie per
    /// pair (weights summed), self-ties left out. See core/adjacency.hpp.
    [[nodiscard]] const Adjacency& adjacency() const noexcept { return adjacency_; }

    friend bool operator==(const Network& a, const Network& b) {
        return a.name_ == b.name_ && a.directed_ == b.directed_ && a.actors_ == b.actors_ &&
               a.ties_ == b.ties_ && a.projects_ == b.projects_;
    }

private:
    friend class NetworkBuilder;
    friend Network make_network(std::string, bool, std::vector<Actor>, TieTable,
                                std::vector<Project>, ProjectionWeighting);
    /// Takes the parts and an index of the actor ids already built from `actors`, checks
    /// the indices of ties and members, builds the adjacency and refuses weight sums that
    /// overflow.
    static Network assemble(std::string name, bool directed, std::vector<Actor> actors,
                            TieTable ties, std::vector<Project> projects,
                            ProjectionWeighting weighting, detail::IdIndex index);
    void build_adjacency();
    /// Calls emit(arc) for every projected tie, in the order of projected_ties().
    template <class Emit>
    void for_each_projected_arc(const Emit& emit) const;

    std::string name_;
    bool directed_ = false;
    std::vector<Actor> actors_;
    TieTable ties_;
    std::vector<Project> projects_;
    ProjectionWeighting weighting_ = ProjectionWeighting::SharedProjects;
    detail::IdIndex index_;  ///< actor id -> NodeId, keyed by the actors' own ids
    Adjacency adjacency_;
};

/// Assembles an already consistent network (used by filters and tests). Throws
/// InvalidArgument when an index is out of range or an id repeats.
Network make_network(std::string name, bool directed, std::vector<Actor> actors, TieTable ties,
                     std::vector<Project> projects = {},
                     ProjectionWeighting weighting = ProjectionWeighting::SharedProjects);

/// What a reader knows of a tie before the actors are resolved.
struct TieRecord {
    std::string source;
    std::string target;
    double weight = 1.0;
    std::string kind;
    Period period;
    Attributes attributes;
};

struct ProjectRecord {
    std::string id;
    std::string label;
    Period period;
    Attributes attributes;
};

/// Collects actors, ties and projects in any order, with where each came from, and
/// checks them all at once. build() throws InputError listing every problem: empty or
/// duplicate ids, a tie or membership naming an unknown actor or project, a weight that
/// is not finite and > 0, a period whose since lies after its until, and control
/// characters (see the top of this file) in an id, in an id that a tie or membership
/// names, or in the name, a label, sector, kind or attribute.
///
/// Memory: a tie whose actors are known when it arrives and that passes its checks is
/// stored in the final TieTable at once (no ids, no location). Only ties that name an
/// actor not added yet, or that fail a check, keep their ids and their SourceLocation until
/// build(). Actor ids are indexed without copies (core/detail/id_index.hpp) and the index
/// passes on to the network. Kinds of equal text share one string.
class NetworkBuilder {
public:
    /// The network's name; control characters are reported at `where`.
    void set_name(std::string name, const SourceLocation& where = {});
    void set_directed(bool directed) { directed_ = directed; }
    void set_projection_weighting(ProjectionWeighting weighting) { weighting_ = weighting; }

    /// Makes room for this many actors and ties (a reader that knows its counts).
    void reserve(std::size_t actors, std::size_t ties);
    /// Makes room in the actor list only, for readers that know no more than an upper
    /// bound (the index grows as ids arrive). Room never written costs address space, not
    /// memory, and spares the copies of growing.
    void reserve_actor_list(std::size_t actors);

    void add_actor(Actor actor, SourceLocation where = {});
    void add_tie(TieRecord tie, SourceLocation where = {});
    void add_project(ProjectRecord project, SourceLocation where = {});
    void add_membership(std::string project_id, std::string actor_id, SourceLocation where = {});

    /// The index of the actor `id`; an actor with only this id (sector `other`) is added
    /// first when there is none: how readers that create actors on first sight (edge
    /// lists) name the ends of their ties. A new id with a control character is reported
    /// at `where` (copied only then). Throws InvalidArgument when `id` is empty.
    /// Expected O(|id|).
    NodeId actor_for(std::string_view id, const SourceLocation& where = {});

    /// Appends an actor with only this id (sector `other`) without looking the id up: for
    /// readers that keep their own index of the ids they added and so know `id` is new.
    /// Indexed in one go at the next lookup or at build(), which throws InvalidArgument
    /// when the id was there after all. Control characters are reported at `where`.
    NodeId add_new_actor(std::string_view id, const SourceLocation& where = {});

    /// Adds a tie whose ends are indices of actors added before (add_actor order, or
    /// actor_for). Checked like add_tie: a bad weight or a reversed period is reported by
    /// build() at `where`, which is copied only then. Throws InvalidArgument when an end is
    /// not the index of an actor added so far.
    void add_resolved_tie(Tie tie, const SourceLocation& where = {});

    /// A problem a reader found itself (bad number, missing column); build() will throw.
    void report(SourceLocation where, std::string message);

    [[nodiscard]] bool has_actor(std::string_view id) const;
    [[nodiscard]] std::size_t actor_count() const noexcept { return actors_.size(); }
    [[nodiscard]] const std::vector<Diagnostic>& problems() const noexcept { return problems_; }

    /// Validates and returns the network; throws InputError with every problem found.
    [[nodiscard]] Network build();

private:
    // A tie that build() must look at again: its ends as given when one was not known
    // yet (nullopt: resolved, see ties_[position]), and where it came from.
    struct DeferredTie {
        std::size_t position;
        std::optional<std::string> source;
        std::optional<std::string> target;
        SourceLocation where;
    };
    struct PendingMembership {
        std::string project;
        std::string actor;
        SourceLocation where;
    };

    [[nodiscard]] std::optional<NodeId> find_actor(std::string_view id) const;
    /// Indexes the actors appended by add_new_actor since the last call.
    void index_new_actors() const;
    [[nodiscard]] static bool passes_checks(const TieRef& tie);
    /// Reports at `where` the first control character of `text` that `allowed` does not
    /// allow, naming the text by what() (called only then).
    template <class What>
    void check_text(std::string_view text, ControlCharacters allowed, const SourceLocation& where,
                    const What& what);
    /// check_text() for every name and text value of `attributes`, named by owner().
    template <class Owner>
    void check_attributes(const Attributes& attributes, const SourceLocation& where,
                          const Owner& owner);
    /// check_text() for the kind and attributes of a tie.
    void check_tie_texts(std::string_view kind, const Attributes& attributes,
                         const SourceLocation& where);
    /// `text` as one block shared by every equal kind and sector the builder has seen.
    SharedString shared_text(std::string_view text);
    /// Records `deferred` for the tie just added (the last of ties_).
    void push_deferred(DeferredTie deferred);
    /// Appends `actor` and indexes its id; false (and `actor` handed back) when the id is
    /// taken. Nothing is kept when it throws.
    bool append_actor(Actor& actor);

    std::string name_;
    bool directed_ = false;
    ProjectionWeighting weighting_ = ProjectionWeighting::SharedProjects;
    std::vector<Actor> actors_;
    mutable detail::IdIndex actor_index_;  // caught up with actors_ before every lookup
    mutable std::size_t indexed_actors_ = 0;
    TieTable ties_;                      // in order of arrival, ends of deferred ones unset
    std::vector<DeferredTie> deferred_;  // by position
    struct TextHash {
        using is_transparent = void;  // looks up a std::string_view without a copy
        std::size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_set<SharedString, TextHash, std::equal_to<>> texts_;
    std::vector<Project> projects_;
    std::unordered_map<std::string, std::size_t> project_index_;
    std::vector<PendingMembership> memberships_;
    std::vector<Diagnostic> problems_;
};

}  // namespace coopnet
