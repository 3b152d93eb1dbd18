#include "analysis/community/consensus.hpp"

#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "analysis/detail/parallel_chunks.hpp"
#include "analysis/detail/random.hpp"
#include "core/error.hpp"

namespace coopnet {

std::size_t restart_count(std::size_t requested, std::size_t tie_count) {
    if (requested > 0) return requested;
    if (tie_count <= kSmallNetworkTies) return kSmallNetworkRestarts;
    return tie_count <= kManyTies ? kDefaultRestarts : kLargeNetworkRestarts;
}

std::uint64_t restart_seed(std::uint64_t seed, std::size_t restart) {
    if (restart == 0) return seed;
    return detail::splitmix64_mix(seed + static_cast<std::uint64_t>(restart) * detail::kSplitMixGamma);
}

CommunityStability partition_stability(const Partition& chosen, std::span<const Partition> runs) {
    if (runs.empty()) throw InvalidArgument("stability needs at least one partition");
    const std::size_t n = chosen.actor_count();
    auto check = [n](const Partition& p) {
        if (p.actor_count() != n) {
            throw InvalidArgument("stability: partitions of " + std::to_string(p.actor_count()) +
                                  " and " + std::to_string(n) + " actors");
        }
        for (CommunityId c : p.community) {
            if (c >= p.community_count) {
                throw InvalidArgument("stability: community id " + std::to_string(c) +
                                      " out of range");
            }
        }
    };
    check(chosen);
    for (const Partition& run : runs) check(run);

    const std::vector<std::vector<NodeId>> members = chosen.members();
    CommunityStability result;
    result.restarts = runs.size();
    result.actor.assign(n, 0.0);
    // For each run, |C ∩ C_r(v)| by counting run labels inside each chosen community;
    // `overlap` is indexed by run label and cleared after each community.
    std::vector<std::size_t> overlap;
    for (const Partition& run : runs) {
        overlap.assign(run.community_count, 0);
        for (const std::vector<NodeId>& group : members) {
            for (NodeId v : group) ++overlap[run.community[v]];
            if (group.size() >= 2) {
                const double others = static_cast<double>(group.size() - 1);
                for (NodeId v : group) {
                    result.actor[v] += static_cast<double>(overlap[run.community[v]] - 1) / others;
                }
            }
            for (NodeId v : group) overlap[run.community[v]] = 0;
        }
    }
    // Singletons of the chosen partition: alone in run r when its run community has one
    // member.
    for (const Partition& run : runs) {
        std::vector<std::size_t> run_sizes = run.sizes();
        for (const std::vector<NodeId>& group : members) {
            if (group.size() == 1 && run_sizes[run.community[group.front()]] == 1) {
                result.actor[group.front()] += 1.0;
            }
        }
    }
    const double r = static_cast<double>(runs.size());
    for (double& value : result.actor) value /= r;
    result.community.assign(chosen.community_count, 0.0);
    for (std::size_t c = 0; c < members.size(); ++c) {
        if (members[c].empty()) continue;
        double sum = 0.0;
        for (NodeId v : members[c]) sum += result.actor[v];
        result.community[c] = sum / static_cast<double>(members[c].size());
    }
    return result;
}

RestartedCommunities best_of_restarts(
    std::size_t restarts, std::uint64_t seed,
    const std::function<CommunityResult(std::uint64_t seed)>& search,
    const AnalysisOptions& analysis) {
    if (restarts == 0) throw InvalidArgument("--restarts must be at least 1");
    // Each restart writes only its own slot; a thread's state remembers which one it ran
    // so that the in-order merge has nothing to do but is still the synchronisation point.
    std::vector<std::optional<CommunityResult>> runs(restarts);
    std::vector<std::exception_ptr> errors(restarts);
    struct State {};
    std::vector<State> states(std::min(resolve_thread_count(analysis.threads), restarts));
    detail::run_chunks_in_order(
        states, restarts,
        [&](State&, std::size_t r) noexcept {
            try {
                runs[r] = search(restart_seed(seed, r));
            } catch (...) {
                errors[r] = std::current_exception();
            }
        },
        [](State&) noexcept {});
    for (const std::exception_ptr& error : errors) {
        if (error) std::rethrow_exception(error);
    }

    std::size_t best = 0;
    for (std::size_t r = 1; r < restarts; ++r) {
        if (runs[r]->quality > runs[best]->quality) best = r;
    }
    std::vector<Partition> partitions;
    partitions.reserve(restarts);
    for (std::optional<CommunityResult>& run : runs) partitions.push_back(std::move(run->partition));
    RestartedCommunities result;
    result.best_restart = best;
    result.stability = partition_stability(partitions[best], partitions);
    result.best = std::move(*runs[best]);
    result.best.partition = std::move(partitions[best]);
    return result;
}

}  // namespace coopnet
