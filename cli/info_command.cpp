// `coopnet info NET`: what is in a network file, at a glance.
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis/components.hpp"
#include "analysis/degree.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/output_target.hpp"
#include "cli/sector_words_output.hpp"
#include "core/network_facts.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet::cli {

namespace {

struct InfoOptions {
    InputOptions input;
    std::string format = "text";
};

std::string period_text(const NetworkFacts& facts) {
    if (!facts.earliest && !facts.latest) return "undated";
    return (facts.earliest ? facts.earliest->to_string() : std::string("open")) + " to " +
           (facts.latest ? facts.latest->to_string() : std::string("open"));
}

constexpr std::size_t kIsolatesNamed = 10;

void write_text(const LoadedNetwork& loaded, const NetworkFacts& facts, const Components& weak,
                const Components* strong, std::ostream& out) {
    const Network& network = loaded.network;
    out << "Network" << (network.name().empty() ? "" : ": " + network.name()) << "\n";
    out << "  " << (network.directed() ? "directed" : "undirected") << "\n";
    out << "  actors          " << network.actor_count() << "\n";
    out << "  ties            " << facts.explicit_ties;
    if (facts.projected_ties > 0) {
        out << " + " << facts.projected_ties << " from " << network.projects().size()
            << " projects";
    }
    out << " -> " << network.adjacency().tie_count() << " pairs after merging\n";
    out << "  density         " << format_number(density(network)) << "\n";
    out << "  components      " << weak.count() << " (largest: " << weak.largest_size()
        << " actors)";
    if (strong) out << ", strong: " << strong->count();
    out << "\n";
    out << "  period          " << period_text(facts);
    if (facts.undated_ties > 0) out << " (" << facts.undated_ties << " undated ties)";
    out << "\n\nSectors\n";
    for (const auto& [sector, count] : facts.sectors) {
        out << "  " << pad_right(sector, 16) << count << "\n";
    }
    if (sector_words_worth_showing(loaded.sector_words)) {
        out << "\n";
        write_sector_words_text(loaded.sector_words, out);
    }
    out << "\nTie kinds\n";
    for (const auto& [kind, count] : facts.kinds) {
        out << "  " << pad_right(kind, 16) << count << "\n";
    }
    if (facts.kinds.empty()) out << "  (no ties)\n";

    out << "\nWarnings\n";
    bool any = false;
    if (!facts.isolates.empty()) {
        any = true;
        out << "  " << facts.isolates.size() << " actor(s) without any tie:";
        for (std::size_t i = 0; i < facts.isolates.size() && i < kIsolatesNamed; ++i) {
            out << (i == 0 ? " " : ", ") << network.actor(facts.isolates[i]).display_name();
        }
        if (facts.isolates.size() > kIsolatesNamed) out << ", ...";
        out << "\n";
    }
    if (facts.self_ties > 0) {
        any = true;
        out << "  " << facts.self_ties << " self-tie(s): kept in the file, dropped for analysis\n";
    }
    if (facts.merged_ties > 0) {
        any = true;
        out << "  " << facts.merged_ties
            << " duplicate tie(s) between the same pair: merged for analysis (weights summed)\n";
    }
    if (!any) out << "  (none)\n";
}

void write_json(const LoadedNetwork& loaded, const NetworkFacts& facts, const Components& weak,
                const Components* strong, std::ostream& out) {
    const Network& network = loaded.network;
    nlohmann::ordered_json json;
    json["name"] = network.name();
    json["directed"] = network.directed();
    json["actors"] = network.actor_count();
    json["ties"] = facts.explicit_ties;
    json["projects"] = network.projects().size();
    json["projected_ties"] = facts.projected_ties;
    json["merged_ties"] = network.adjacency().tie_count();
    json["density"] = density(network);
    json["components"] = weak.count();
    json["largest_component"] = weak.largest_size();
    if (strong) json["strong_components"] = strong->count();
    json["since"] = facts.earliest ? nlohmann::ordered_json(facts.earliest->to_string()) : nullptr;
    json["until"] = facts.latest ? nlohmann::ordered_json(facts.latest->to_string()) : nullptr;
    json["undated_ties"] = facts.undated_ties;
    nlohmann::ordered_json sectors = nlohmann::ordered_json::object();
    for (const auto& [sector, count] : facts.sectors) sectors[sector] = count;
    json["sectors"] = sectors;
    json["sector_words"] = sector_words_json(loaded.sector_words);
    nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
    for (const auto& [kind, count] : facts.kinds) kinds[kind] = count;
    json["kinds"] = kinds;
    nlohmann::ordered_json isolates = nlohmann::ordered_json::array();
    for (NodeId v : facts.isolates) isolates.push_back(network.actor(v).id);
    json["isolates"] = isolates;
    json["self_ties"] = facts.self_ties;
    json["duplicate_ties"] = facts.merged_ties;
    out << json.dump(2) << "\n";
}

}  // namespace

Action add_info_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<InfoOptions>();
    CLI::App* command = app.add_subcommand(
        "info", "Summarise a network: actors, ties, sectors, components, period, warnings.");
    add_input_options(*command, options->input);
    command->add_option("--format", options->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    return [options, &global]() {
        const LoadedNetwork loaded = load_network_with_sectors(options->input, global.quiet);
        const Network& network = loaded.network;
        const NetworkFacts facts = network_facts(network);
        const Components weak = weak_components(network);
        std::optional<Components> strong;
        if (network.directed()) strong = strong_components(network);
        const Components* strong_ptr = strong ? &*strong : nullptr;
        write_output({}, [&](std::ostream& out) {
            if (options->format == "json") {
                write_json(loaded, facts, weak, strong_ptr, out);
            } else {
                write_text(loaded, facts, weak, strong_ptr, out);
            }
        });
        return 0;
    };
}

}  // namespace coopnet::cli
