#include "cli/data_names.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "core/error.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"

namespace coopnet::cli {

namespace {

constexpr std::size_t kNamesListed = 30;

std::vector<std::string> sorted(const std::set<std::string>& names) {
    return {names.begin(), names.end()};
}

std::string listed(const std::vector<std::string>& names) {
    return names.empty() ? "none" : join_names(names, kNamesListed);
}

[[noreturn]] void refuse(std::string_view option, std::string_view missing,
                         const std::string& value, const std::optional<std::string>& guess,
                         const std::vector<std::string>& present) {
    std::string message = std::string(option) + ": " + std::string(missing) + " '" + value + "'";
    message += guess ? "; did you mean '" + *guess + "'? " : ". ";
    throw InvalidArgument(message + "Present: " + listed(present));
}

}  // namespace

void require_present(std::string_view option, std::string_view missing, const std::string& value,
                     const std::vector<std::string>& present) {
    if (std::binary_search(present.begin(), present.end(), value)) return;
    refuse(option, missing, value, closest_match(value, present), present);
}

std::vector<std::string> sectors_present(std::span<const Network* const> networks) {
    std::set<std::string> names;
    for (const Network* network : networks) {
        for (const Actor& actor : network->actors()) names.insert(actor.sector);
    }
    return sorted(names);
}

std::vector<std::string> kinds_present(std::span<const Network* const> networks) {
    std::set<std::string> names;
    for (const Network* network : networks) {
        for (const TieRef& tie : network->ties()) {
            if (!tie.kind.str().empty()) names.insert(tie.kind.str());
        }
        for (const Project& project : network->projects()) {
            names.insert("project");
            names.insert(projected_tie_kind(project));
        }
    }
    return sorted(names);
}

std::vector<std::string> actor_attributes_present(std::span<const Network* const> networks) {
    std::set<std::string> names{"sector"};
    for (const Network* network : networks) {
        for (const Actor& actor : network->actors()) {
            for (const auto& [name, value] : actor.attributes) names.insert(name);
        }
    }
    return sorted(names);
}

void require_actor_attribute(std::string_view option, const std::string& name,
                             std::span<const Network* const> networks) {
    require_present(option, "no actor has the attribute", name, actor_attributes_present(networks));
}

void require_actor_id(std::string_view option, const std::string& id, const Network& network) {
    if (network.find(id)) return;
    std::vector<std::string> ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    std::optional<std::string> guess = closest_match(id, ids);
    if (!guess) {
        std::vector<std::string> labels;
        for (const Actor& actor : network.actors()) labels.push_back(actor.label);
        if (const auto label = closest_match(id, labels)) {
            const auto it = std::find(labels.begin(), labels.end(), *label);
            guess = ids[static_cast<std::size_t>(it - labels.begin())];
        }
    }
    std::sort(ids.begin(), ids.end());
    refuse(option, "no actor has the id", id, guess, ids);
}

}  // namespace coopnet::cli
