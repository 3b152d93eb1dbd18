// `coopnet info NET`: what is in a network file, at a glance.
#include <algorithm>
#include <iostream>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "analysis/centrality/degree.hpp"
#include "analysis/structure/components.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "cli/sector_words_output.hpp"
#include "core/network_facts.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

struct InfoOptions {
    InputOptions input;
    std::string format = "text";
    std::string language;
};

std::string period_text(const NetworkFacts& facts, const Words& w) {
    if (!facts.earliest && !facts.latest) return std::string(w(Word::InfoUndated));
    const std::string open(w(Word::Open));
    return w(Word::InfoPeriodRange, {facts.earliest ? facts.earliest->to_string() : open,
                                     facts.latest ? facts.latest->to_string() : open});
}

constexpr std::size_t kIsolatesNamed = 10;

/// Rows of "  label   value", the values aligned by characters (umlauts count once).
class Rows {
public:
    void add(std::string label, std::string value) {
        width_ = std::max(width_, display_width(label) + 2);
        rows_.emplace_back(std::move(label), std::move(value));
    }
    void write(std::ostream& out) const {
        for (const auto& [label, value] : rows_) out << "  " << pad_right(label, width_) << value << "\n";
    }

private:
    std::size_t width_ = 16;
    std::vector<std::pair<std::string, std::string>> rows_;
};

void write_text(const LoadedNetwork& loaded, const NetworkFacts& facts, const Components& weak,
                const Components* strong, const Words& w, std::ostream& out) {
    const Network& network = loaded.network;
    const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
    out << w(Word::InfoNetwork) << (network.name().empty() ? "" : ": " + printable(network.name())) << "\n";
    out << "  " << w(network.directed() ? Word::InfoDirected : Word::InfoUndirected) << "\n";
    Rows rows;
    rows.add(std::string(w(Word::InfoActors)), integer(network.actor_count()));
    std::string ties = integer(facts.explicit_ties);
    if (facts.projected_ties > 0) {
        ties = w(Word::InfoTiesFromProjects, {ties, integer(facts.projected_ties),
                                              w.count(Word::Projects, network.projects().size())});
    }
    rows.add(std::string(w(Word::InfoTies)),
             ties + " -> " + w.count(Word::InfoTiesMerged, network.adjacency().tie_count()));
    rows.add(std::string(w(Word::InfoDensity)), w.percent(density(network)));
    std::string components = integer(weak.count()) + " (" +
                             w(Word::InfoLargest, {w.count(Word::Actors, weak.largest_size())}) +
                             ")";
    if (strong) components += ", " + w(Word::InfoStrong, {integer(strong->count())});
    rows.add(std::string(w(Word::InfoComponents)), components);
    std::string period = period_text(facts, w);
    if (facts.undated_ties > 0) {
        period += " (" + w.count(Word::InfoUndatedTies, facts.undated_ties) + ")";
    }
    rows.add(std::string(w(Word::InfoPeriod)), period);
    rows.write(out);

    out << "\n" << w(Word::InfoSectors) << "\n";
    Rows sectors;
    for (const auto& [sector, count] : facts.sectors) sectors.add(printable(w.sector(sector)), integer(count));
    sectors.write(out);
    if (sector_words_worth_showing(loaded.sector_words)) {
        out << "\n";
        write_sector_words_text(loaded.sector_words, w, out);
    }
    out << "\n" << w(Word::InfoTieKinds) << "\n";
    Rows kinds;
    for (const auto& [kind, count] : facts.kinds) {
        kinds.add(printable(tie_kind_display_name(network, kind, w)), integer(count));
    }
    kinds.write(out);
    if (facts.kinds.empty()) out << "  " << w(Word::InfoNoTies) << "\n";

    out << "\n" << w(Word::InfoWarnings) << "\n";
    bool any = false;
    if (!facts.isolates.empty()) {
        any = true;
        out << "  " << w.count(Word::InfoIsolates, facts.isolates.size()) << ":";
        for (std::size_t i = 0; i < facts.isolates.size() && i < kIsolatesNamed; ++i) {
            out << (i == 0 ? " " : ", ")
                << printable(network.actor(facts.isolates[i]).display_name());
        }
        if (facts.isolates.size() > kIsolatesNamed) out << ", ...";
        out << "\n";
    }
    if (facts.self_ties > 0) {
        any = true;
        out << "  " << w.count(Word::InfoSelfTies, facts.self_ties) << "\n";
    }
    if (facts.merged_ties > 0) {
        any = true;
        out << "  " << w.count(Word::InfoDuplicateTies, facts.merged_ties) << "\n";
    }
    if (!any) out << "  " << w(Word::NoneListed) << "\n";
}

void write_info_json(const LoadedNetwork& loaded, const NetworkFacts& facts, const Components& weak,
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
    write_json(out, json);
}

}  // namespace

Action add_info_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<InfoOptions>();
    CLI::App* command = app.add_subcommand(
        "info", "Summarise a network: actors, ties, sectors, components, period, warnings.");
    add_input_options(*command, options->input);
    command->add_option("--format", options->format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    add_language_option(*command, options->language);
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
                write_info_json(loaded, facts, weak, strong_ptr, out);
            } else {
                const Words words(command_language(options->language, global));
                write_text(loaded, facts, weak, strong_ptr, words, out);
            }
        });
        return 0;
    };
}

}  // namespace coopnet::cli
