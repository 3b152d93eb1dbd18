#include "io/csv_folder.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/text.hpp"
#include "io/detail/network_tables.hpp"
#include "io/folder_output.hpp"

namespace coopnet {

namespace fs = std::filesystem;

using detail::Field;
using detail::field_name;
using detail::kActors;
using detail::kMemberships;
using detail::kNetwork;
using detail::kProjects;
using detail::kTies;
using detail::lookup;
using detail::read_actors_table;
using detail::read_memberships_table;
using detail::read_network_table;
using detail::read_projects_table;
using detail::read_ties_table;
using detail::Schema;

namespace {

// "actors.csv (or akteure.csv)".
std::string file_names(const Schema& schema) {
    std::string names(schema.file_name);
    for (std::size_t i = 0; i < schema.other_file_names.size(); ++i) {
        names += i == 0 ? " (or " : ", ";
        names += schema.other_file_names[i];
    }
    if (!schema.other_file_names.empty()) names += ")";
    return names;
}

// Whether `file` is named as one of `schema`'s files, without regard to ASCII case.
bool has_name_of(const fs::path& file, const Schema& schema) {
    const std::string name = to_lower_ascii(file.filename().string());
    return name == schema.file_name ||
           std::find(schema.other_file_names.begin(), schema.other_file_names.end(), name) !=
               schema.other_file_names.end();
}

// Reads one file of the folder; its problems go to the builder, its warnings to `warnings`.
class FolderReader {
public:
    FolderReader(const fs::path& folder, NetworkBuilder& builder, std::vector<Diagnostic>& warnings)
        : folder_(folder), builder_(builder), warnings_(warnings) {}

    // The file of `schema`'s role, by any of its names, matched without regard to ASCII
    // case. Two such files are an error naming both; the first in name order is read.
    std::optional<fs::path> find(const Schema& schema) {
        std::vector<fs::path> matches;
        std::error_code error;
        for (const auto& entry : fs::directory_iterator(folder_, error)) {
            if (has_name_of(entry.path(), schema) && entry.is_regular_file(error)) {
                matches.push_back(entry.path());
            }
        }
        if (matches.empty()) return std::nullopt;
        std::sort(matches.begin(), matches.end());
        if (matches.size() > 1) {
            std::string names;
            for (std::size_t i = 0; i < matches.size(); ++i) {
                if (i > 0) names += i + 1 == matches.size() ? " and " : ", ";
                names += matches[i].filename().string();
            }
            const std::string_view table =
                schema.file_name.substr(0, schema.file_name.size() - 4);  // without ".csv"
            builder_.report({folder_.string(), 0, 0}, "the folder has " + names +
                                                          ": two files for the " +
                                                          std::string(table) + " table; keep one");
        }
        return matches.front();
    }

    std::optional<CsvTable> load(const fs::path& path) {
        try {
            CsvTable table = read_csv_file(path);
            warnings_.insert(warnings_.end(), table.warnings.begin(), table.warnings.end());
            return table;
        } catch (const InputError& error) {
            for (const Diagnostic& problem : error.problems()) {
                builder_.report(problem.where, problem.message);
            }
            return std::nullopt;
        }
    }

private:
    fs::path folder_;
    NetworkBuilder& builder_;
    std::vector<Diagnostic>& warnings_;
};

// Why `file` is not a CSV folder, and what to give instead: its folder when that is a CSV
// folder (one of its tables, or another .csv file in it, was given), else how to make one.
std::string not_a_folder(const fs::path& file) {
    const fs::path parent = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    bool table = false;
    for (const Schema* schema : {&kActors, &kTies, &kProjects, &kMemberships, &kNetwork}) {
        table = table || has_name_of(file, *schema);
    }
    std::error_code error;
    bool in_csv_folder = table;
    for (const auto& entry : fs::directory_iterator(parent, error)) {
        if (in_csv_folder) break;
        in_csv_folder = has_name_of(entry.path(), kActors) || has_name_of(entry.path(), kTies);
    }
    if (in_csv_folder) {
        return std::string(table ? "this is one table of a CSV folder"
                                 : "this file lies in a CSV folder") +
               "; give the folder itself: " + parent.string();
    }
    if (to_lower_ascii(file.extension().string()) == ".csv") {
        return "a CSV network is a folder holding actors.csv and ties.csv (or akteure.csv and "
               "kooperationen.csv), not one .csv file; give the folder that holds them";
    }
    return "not a folder";
}

}  // namespace

ReadResult read_csv_folder(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        if (!fs::exists(folder, error)) {
            throw InputError(SourceLocation{folder.string(), 0, 0}, "no such folder");
        }
        throw InputError(SourceLocation{folder.string(), 0, 0}, not_a_folder(folder));
    }
    NetworkBuilder builder;
    ReadResult result;
    FolderReader reader(folder, builder, result.warnings);

    const auto network_file = reader.find(kNetwork);
    const auto actors_file = reader.find(kActors);
    const auto ties_file = reader.find(kTies);
    const auto projects_file = reader.find(kProjects);
    const auto memberships_file = reader.find(kMemberships);
    const SourceLocation at_folder{folder.string(), 0, 0};
    if (!actors_file) builder.report(at_folder, "the folder has no " + file_names(kActors));
    if (!ties_file) builder.report(at_folder, "the folder has no " + file_names(kTies));
    if (memberships_file && !projects_file) {
        builder.report(at_folder, "the folder has " + memberships_file->filename().string() +
                                      " but no " + file_names(kProjects));
    }

    if (network_file) {
        if (auto table = reader.load(*network_file)) {
            read_network_table(*table, builder, result.warnings);
        }
    }
    bool actors_read = false;
    if (actors_file) {
        if (auto table = reader.load(*actors_file)) {
            actors_read = read_actors_table(*table, builder, result.warnings);
        }
    }
    if (projects_file) {
        if (auto table = reader.load(*projects_file))
            read_projects_table(*table, builder, result.warnings);
    }
    if (ties_file) {
        if (auto table = reader.load(*ties_file)) {
            read_ties_table(*table, builder, actors_read, result.warnings);
        }
    }
    if (memberships_file) {
        if (auto table = reader.load(*memberships_file)) {
            read_memberships_table(*table, builder, actors_read, result.warnings);
        }
    }
    result.network = builder.build();
    return result;
}

namespace {

// The attribute names of `items` in byte order, checked to read back as attributes.
template <typename Items>
std::vector<std::string> attribute_columns(const Items& items, const Schema& schema) {
    std::set<std::string> names;
    for (const auto& item : items) {
        for (const auto& [name, value] : item.attributes) names.insert(name);
    }
    for (const std::string& name : names) {
        if (name.empty() || trim(name) != name) {
            throw InvalidArgument("attribute name '" + name + "' cannot be a column of " +
                                  std::string(schema.file_name) +
                                  ": it is empty or has blanks at an end");
        }
        if (const auto field = lookup(schema, name)) {
            throw InvalidArgument("attribute name '" + name + "' cannot be a column of " +
                                  std::string(schema.file_name) + ": it would read back as " +
                                  std::string(field_name(*field)));
        }
    }
    return {names.begin(), names.end()};
}

void append_attributes(std::vector<std::string>& row, const std::vector<std::string>& names,
                       const Attributes& attributes, const CsvStyle& style) {
    for (const std::string& name : names) {
        const auto it = attributes.find(name);
        if (it == attributes.end()) {
            row.emplace_back();
        } else if (const auto* number = std::get_if<double>(&it->second)) {
            row.push_back(style.number(*number));
        } else {
            row.push_back(std::get<std::string>(it->second));
        }
    }
}

std::string date_text(const std::optional<PartialDate>& date) {
    return date ? date->to_string() : std::string();
}

void write_table(std::ostream& out, const CsvStyle& style,
                 const std::vector<std::vector<std::string>>& rows) {
    CsvWriter writer(out, style);
    for (const auto& row : rows) writer.write_row(row);
}

}  // namespace

std::vector<SpreadsheetTable> spreadsheet_tables(const Network& network, const CsvStyle& style) {
    const auto actors = network.actors();
    const TieTable& ties = network.ties();
    const auto projects = network.projects();
    const std::vector<std::string> actor_attributes = attribute_columns(actors, kActors);
    const std::vector<std::string> tie_attributes = attribute_columns(ties, kTies);
    const std::vector<std::string> project_attributes = attribute_columns(projects, kProjects);
    const auto table = [](const Schema& schema) {
        SpreadsheetTable result;
        result.name = schema.file_name.substr(0, schema.file_name.size() - 4);  // without .csv
        return result;
    };

    SpreadsheetTable actor_table = table(kActors);
    auto& actor_rows = actor_table.rows;
    actor_rows.push_back({"id", "label", "sector"});
    actor_rows.front().insert(actor_rows.front().end(), actor_attributes.begin(),
                              actor_attributes.end());
    for (const Actor& actor : actors) {
        std::vector<std::string> row{actor.id, actor.label, actor.sector};
        append_attributes(row, actor_attributes, actor.attributes, style);
        actor_rows.push_back(std::move(row));
    }

    SpreadsheetTable tie_table = table(kTies);
    tie_table.number_column = 2;  // weight
    auto& tie_rows = tie_table.rows;
    tie_rows.push_back({"source", "target", "weight", "kind", "since", "until"});
    tie_rows.front().insert(tie_rows.front().end(), tie_attributes.begin(), tie_attributes.end());
    for (const TieRef& tie : ties) {
        std::vector<std::string> row{network.actor(tie.source).id, network.actor(tie.target).id,
                                     style.number(tie.weight),     tie.kind,
                                     date_text(tie.period.since),  date_text(tie.period.until)};
        append_attributes(row, tie_attributes, tie.attributes, style);
        tie_rows.push_back(std::move(row));
    }

    std::vector<SpreadsheetTable> tables;
    tables.push_back(std::move(actor_table));
    tables.push_back(std::move(tie_table));
    if (!projects.empty()) {
        SpreadsheetTable project_table = table(kProjects);
        SpreadsheetTable membership_table = table(kMemberships);
        auto& project_rows = project_table.rows;
        auto& membership_rows = membership_table.rows;
        project_rows.push_back({"id", "label", "since", "until"});
        project_rows.front().insert(project_rows.front().end(), project_attributes.begin(),
                                    project_attributes.end());
        membership_rows.push_back({"project", "actor"});
        for (const Project& project : projects) {
            std::vector<std::string> row{project.id, project.label, date_text(project.period.since),
                                         date_text(project.period.until)};
            append_attributes(row, project_attributes, project.attributes, style);
            project_rows.push_back(std::move(row));
            for (NodeId member : project.members) {
                membership_rows.push_back({project.id, network.actor(member).id});
            }
        }
        tables.push_back(std::move(project_table));
        tables.push_back(std::move(membership_table));
    }

    const bool newman = network.projection_weighting() == ProjectionWeighting::Newman;
    if (!network.name().empty() || network.directed() || newman) {
        SpreadsheetTable network_table = table(kNetwork);
        auto& network_rows = network_table.rows;
        network_rows.push_back({"key", "value"});
        if (!network.name().empty()) network_rows.push_back({"name", network.name()});
        network_rows.push_back({"directed", network.directed() ? "true" : "false"});
        if (newman) network_rows.push_back({"projection_weighting", "newman"});
        tables.push_back(std::move(network_table));
    }
    return tables;
}

void write_csv_folder(const Network& network, const fs::path& folder, const CsvStyle& style,
                      std::span<const fs::path> inputs) {
    const std::vector<SpreadsheetTable> tables = spreadsheet_tables(network, style);
    FolderOutput output(folder,
                        {std::string(kActors.file_name), std::string(kTies.file_name),
                         std::string(kProjects.file_name), std::string(kMemberships.file_name),
                         std::string(kNetwork.file_name)},
                        inputs);
    for (const SpreadsheetTable& table : tables) {
        output.write(table.name + ".csv",
                     [&](std::ostream& out) { write_table(out, style, table.rows); });
    }
    output.commit();
}

}  // namespace coopnet
