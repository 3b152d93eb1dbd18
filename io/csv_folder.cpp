#include "io/csv_folder.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/number_format.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"
#include "io/folder_output.hpp"

namespace coopnet {

namespace fs = std::filesystem;

namespace {

enum class Field {
    Id,
    Label,
    Sector,
    Source,
    Target,
    Weight,
    Kind,
    Since,
    Until,
    Project,
    Actor,
    Key,
    Value
};

std::string_view field_name(Field field) {
    switch (field) {
        case Field::Id:
            return "id";
        case Field::Label:
            return "label";
        case Field::Sector:
            return "sector";
        case Field::Source:
            return "source";
        case Field::Target:
            return "target";
        case Field::Weight:
            return "weight";
        case Field::Kind:
            return "kind";
        case Field::Since:
            return "since";
        case Field::Until:
            return "until";
        case Field::Project:
            return "project";
        case Field::Actor:
            return "actor";
        case Field::Key:
            return "key";
        case Field::Value:
            return "value";
    }
    return "?";
}

struct Alias {
    std::string_view name;  // lower case
    Field field;
};

// What one file of the folder holds. Extra columns are attributes when `attributes`.
struct Schema {
    std::string_view file_name;                    // the name the writer uses
    std::vector<std::string_view> other_file_names;  // German names the reader accepts too
    std::vector<Alias> aliases;
    std::vector<Field> required;
    bool attributes = false;
};

const Schema kActors{"actors.csv",
                     {"akteure.csv"},
                     {{"id", Field::Id},
                      {"kennung", Field::Id},
                      {"label", Field::Label},
                      {"name", Field::Label},
                      {"bezeichnung", Field::Label},
                      {"organisation", Field::Label},
                      {"einrichtung", Field::Label},
                      {"name der einrichtung", Field::Label},
                      {"sector", Field::Sector},
                      {"sektor", Field::Sector},
                      {"bereich", Field::Sector}},
                     {Field::Id},
                     true};

// "von" is the source here: a tie runs "von A an B".
const Schema kTies{
    "ties.csv",
    {"kooperationen.csv", "beziehungen.csv"},
    {{"source", Field::Source},  {"quelle", Field::Source}, {"von", Field::Source},
     {"from", Field::Source},    {"target", Field::Target}, {"ziel", Field::Target},
     {"an", Field::Target},      {"to", Field::Target},     {"weight", Field::Weight},
     {"gewicht", Field::Weight}, {"kind", Field::Kind},     {"art", Field::Kind},
     {"typ", Field::Kind},       {"type", Field::Kind},     {"since", Field::Since},
     {"beginn", Field::Since},   {"start", Field::Since},   {"until", Field::Until},
     {"ende", Field::Until},     {"bis", Field::Until},     {"end", Field::Until}},
    {Field::Source, Field::Target},
    true};

// A project has no source, so "von" is the beginning of its period: "von 2003 bis 2005".
const Schema kProjects{"projects.csv",
                       {"projekte.csv"},
                       {{"id", Field::Id},
                        {"kennung", Field::Id},
                        {"label", Field::Label},
                        {"name", Field::Label},
                        {"bezeichnung", Field::Label},
                        {"since", Field::Since},
                        {"beginn", Field::Since},
                        {"start", Field::Since},
                        {"von", Field::Since},
                        {"until", Field::Until},
                        {"ende", Field::Until},
                        {"bis", Field::Until},
                        {"end", Field::Until}},
                       {Field::Id},
                       true};

const Schema kMemberships{"memberships.csv",
                          {"mitgliedschaften.csv"},
                          {{"project", Field::Project},
                           {"projekt", Field::Project},
                           {"actor", Field::Actor},
                           {"akteur", Field::Actor}},
                          {Field::Project, Field::Actor},
                          false};

const Schema kNetwork{"network.csv",
                      {"netzwerk.csv"},
                      {{"key", Field::Key},
                       {"schl\xC3\xBCssel", Field::Key},
                       {"value", Field::Value},
                       {"wert", Field::Value}},
                      {Field::Key, Field::Value},
                      false};

std::string other_names(const Schema& schema, Field field) {
    std::string names;
    for (const Alias& alias : schema.aliases) {
        if (alias.field != field || alias.name == field_name(field)) continue;
        if (!names.empty()) names += ", ";
        names += alias.name;
    }
    return names;
}

// Header names are compared by comparison_key() (core/text.hpp): "SCHLÜSSEL", "Schluessel"
// and "schlüssel" are one name, and so are "Name der Einrichtung" and "name_der_einrichtung".
std::optional<Field> lookup(const Schema& schema, std::string_view header) {
    const std::string key = comparison_key(trim(header));
    for (const Alias& alias : schema.aliases) {
        if (comparison_key(alias.name) == key) return alias.field;
    }
    return std::nullopt;
}

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

// The fields of `schema` with their other names, for a message about an unknown column:
// "id (kennung), label (name, bezeichnung), sector (sektor, bereich)".
std::string known_columns(const Schema& schema) {
    std::vector<Field> fields;
    for (const Alias& alias : schema.aliases) {
        if (std::find(fields.begin(), fields.end(), alias.field) == fields.end()) {
            fields.push_back(alias.field);
        }
    }
    std::string text;
    for (Field field : fields) {
        if (!text.empty()) text += ", ";
        text += field_name(field);
        const std::string others = other_names(schema, field);
        if (!others.empty()) text += " (" + others + ")";
    }
    return text;
}

struct Columns {
    std::map<Field, std::size_t> fields;
    std::vector<std::pair<std::string, std::size_t>> attributes;  // name, column index
};

std::string_view cell(const CsvRecord& record, std::size_t index) {
    return index < record.fields.size() ? std::string_view(record.fields[index])
                                        : std::string_view();
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
                                                          std::string(table) +
                                                          " table; keep one");
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

    std::optional<Columns> map_columns(const CsvTable& table, const Schema& schema) {
        Columns columns;
        bool ok = true;
        std::set<std::string, std::less<>> attribute_names;
        std::vector<std::size_t> unknown;  // attribute columns, for one warning
        for (std::size_t i = 0; i < table.header.size(); ++i) {
            const SourceLocation where{table.file, table.header_line,
                                       table.header_positions[i].column};
            const std::string_view name = trim(table.header[i]);
            if (name.empty()) {
                const bool used = std::any_of(
                    table.records.begin(), table.records.end(),
                    [&](const CsvRecord& record) { return !trim(cell(record, i)).empty(); });
                if (used) {
                    builder_.report(
                        where, "column " + std::to_string(i + 1) + " holds values but has no name");
                    ok = false;
                }
                continue;
            }
            if (const auto field = lookup(schema, name)) {
                if (!columns.fields.emplace(*field, i).second) {
                    builder_.report(where, "column '" + std::string(name) + "' is a second " +
                                               std::string(field_name(*field)) + " column");
                    ok = false;
                }
            } else if (schema.attributes) {
                if (!attribute_names.emplace(name).second) {
                    builder_.report(where,
                                    "attribute column '" + std::string(name) + "' appears twice");
                    ok = false;
                }
                columns.attributes.emplace_back(std::string(name), i);
                unknown.push_back(i);
            } else {
                warnings_.push_back({where, "column '" + std::string(name) + "' ignored"});
            }
        }
        for (Field field : schema.required) {
            if (columns.fields.count(field) == 0) {
                std::string message =
                    "missing the required column '" + std::string(field_name(field)) + "'";
                const std::string others = other_names(schema, field);
                if (!others.empty()) message += " (also accepted: " + others + ")";
                const auto label = columns.fields.find(Field::Label);
                if (field == Field::Id && label != columns.fields.end()) {
                    message += "; '" + std::string(trim(table.header[label->second])) +
                               "' is the label, shown in tables and maps: add a column of "
                               "short unique ids that ties.csv names";
                }
                builder_.report({table.file, table.header_line, 0}, message);
                ok = false;
            }
        }
        if (!unknown.empty()) warn_unknown_columns(table, schema, unknown);
        if (!ok) return std::nullopt;
        return columns;
    }

    // One warning for all attribute columns of a file whose names are not fields, with a
    // guess for a likely typo ("Sekter": did you mean 'Sektor'?) and the known names.
    void warn_unknown_columns(const CsvTable& table, const Schema& schema,
                              const std::vector<std::size_t>& unknown) {
        std::vector<std::string> names;
        for (const Alias& alias : schema.aliases) names.emplace_back(alias.name);
        std::string list;
        for (std::size_t i : unknown) {
            const std::string name(trim(table.header[i]));
            if (!list.empty()) list += ", ";
            list += "'" + name + "'";
            if (const auto guess = closest_match(name, names)) {
                list += " (did you mean '" + *guess + "'?)";
            }
        }
        const bool one = unknown.size() == 1;
        warnings_.push_back(
            {{table.file, table.header_line, table.header_positions[unknown.front()].column},
             std::string(one ? "column " : "columns ") + list + (one ? " is" : " are") +
                 " kept as " + (one ? "an attribute" : "attributes") +
                 "; the columns read as fields are " + known_columns(schema)});
    }

    // The trimmed text of `field`, empty when the file has no such column.
    static std::string text(const Columns& columns, const CsvRecord& record, Field field) {
        const auto it = columns.fields.find(field);
        return it == columns.fields.end() ? std::string()
                                          : std::string(trim(cell(record, it->second)));
    }

    // The text of `field` exactly as written.
    static std::string raw(const Columns& columns, const CsvRecord& record, Field field) {
        const auto it = columns.fields.find(field);
        return it == columns.fields.end() ? std::string() : std::string(cell(record, it->second));
    }

    SourceLocation where(const CsvTable& table, const Columns& columns, const CsvRecord& record,
                         Field field) const {
        const auto it = columns.fields.find(field);
        if (it == columns.fields.end()) return {table.file, record.line, 0};
        return table.location(record, it->second);
    }

    Attributes attributes(const Columns& columns, const CsvRecord& record) const {
        Attributes attributes;
        for (const auto& [name, index] : columns.attributes) {
            const std::string_view value = cell(record, index);
            if (!value.empty()) attributes.emplace(name, std::string(value));
        }
        return attributes;
    }

    Period period(const CsvTable& table, const Columns& columns, const CsvRecord& record) {
        Period period;
        period.since = date(table, columns, record, Field::Since);
        period.until = date(table, columns, record, Field::Until);
        return period;
    }

    std::optional<PartialDate> date(const CsvTable& table, const Columns& columns,
                                    const CsvRecord& record, Field field) {
        const std::string value = text(columns, record, field);
        if (value.empty()) return std::nullopt;
        if (auto parsed = PartialDate::parse(value)) return parsed;
        std::string message = std::string(field_name(field)) + " '" + value +
                              "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)";
        if (value.find('.') != std::string::npos) {
            message += "; write 17.05.2003 as 2003-05-17";
        }
        builder_.report(where(table, columns, record, field), message);
        return std::nullopt;
    }

    // The weight of a tie; an empty cell is 1 and counted in `empty_weights`.
    double weight(const CsvTable& table, const Columns& columns, const CsvRecord& record,
                  std::size_t& empty_weights) {
        const std::string value = text(columns, record, Field::Weight);
        if (value.empty()) {
            if (columns.fields.count(Field::Weight) > 0) ++empty_weights;
            return 1.0;
        }
        const NumberCell number = parse_number_cell(value, table.delimiter);
        const SourceLocation at = where(table, columns, record, Field::Weight);
        if (!number.value) {
            builder_.report(at, "weight " + number.problem);
            return 1.0;
        }
        if (!std::isfinite(*number.value) || *number.value <= 0) {
            builder_.report(at, "weight must be a finite number > 0, not '" + value + "'");
            return 1.0;
        }
        return *number.value;
    }

private:
    fs::path folder_;
    NetworkBuilder& builder_;
    std::vector<Diagnostic>& warnings_;
};

std::optional<bool> parse_flag(std::string_view text) {
    const std::string value = to_lower_ascii(trim(text));
    if (value == "true" || value == "yes" || value == "1" || value == "ja" || value == "wahr") {
        return true;
    }
    if (value == "false" || value == "no" || value == "0" || value == "nein" || value == "falsch") {
        return false;
    }
    return std::nullopt;
}

void read_network_file(FolderReader& reader, const CsvTable& table, NetworkBuilder& builder,
                       std::vector<Diagnostic>& warnings) {
    const auto columns = reader.map_columns(table, kNetwork);
    if (!columns) return;
    std::set<std::string> seen;
    for (const CsvRecord& record : table.records) {
        const std::string key = to_lower_ascii(FolderReader::text(*columns, record, Field::Key));
        const SourceLocation key_at = reader.where(table, *columns, record, Field::Key);
        const SourceLocation value_at = reader.where(table, *columns, record, Field::Value);
        if (!seen.insert(key).second) {
            builder.report(key_at, "key '" + key + "' given twice");
            continue;
        }
        const std::string value = FolderReader::text(*columns, record, Field::Value);
        if (key == "name") {
            builder.set_name(FolderReader::raw(*columns, record, Field::Value), value_at);
        } else if (key == "directed") {
            if (const auto flag = parse_flag(value)) {
                builder.set_directed(*flag);
            } else {
                builder.report(value_at, "directed must be true or false, not '" + value + "'");
            }
        } else if (key == "projection_weighting") {
            if (value == "shared_projects") {
                builder.set_projection_weighting(ProjectionWeighting::SharedProjects);
            } else if (value == "newman") {
                builder.set_projection_weighting(ProjectionWeighting::Newman);
            } else {
                builder.report(value_at,
                               "projection_weighting must be shared_projects or "
                               "newman, not '" +
                                   value + "'");
            }
        } else {
            warnings.push_back({key_at, "unknown key '" + key + "' ignored"});
        }
    }
}

// False when the columns are unusable (no id): the ties' ids are then not checked.
bool read_actors(FolderReader& reader, const CsvTable& table, NetworkBuilder& builder) {
    const auto columns = reader.map_columns(table, kActors);
    if (!columns) return false;
    for (const CsvRecord& record : table.records) {
        Actor actor;
        actor.id = FolderReader::text(*columns, record, Field::Id);
        actor.label = FolderReader::raw(*columns, record, Field::Label);
        actor.sector = FolderReader::text(*columns, record, Field::Sector);
        actor.attributes = reader.attributes(*columns, record);
        builder.add_actor(std::move(actor), reader.where(table, *columns, record, Field::Id));
    }
    return true;
}

// With `actors_read` false (actors.csv missing or unreadable) the cells are still checked,
// but no tie is added: each would only repeat that its actors are unknown.
void read_ties(FolderReader& reader, const CsvTable& table, NetworkBuilder& builder,
               bool actors_read, std::vector<Diagnostic>& warnings) {
    const auto columns = reader.map_columns(table, kTies);
    if (!columns) return;
    std::size_t empty_weights = 0;
    for (const CsvRecord& record : table.records) {
        TieRecord tie;
        tie.source = FolderReader::text(*columns, record, Field::Source);
        tie.target = FolderReader::text(*columns, record, Field::Target);
        tie.weight = reader.weight(table, *columns, record, empty_weights);
        tie.kind = FolderReader::text(*columns, record, Field::Kind);
        tie.period = reader.period(table, *columns, record);
        tie.attributes = reader.attributes(*columns, record);
        if (actors_read) builder.add_tie(std::move(tie), {table.file, record.line, 0});
    }
    if (empty_weights > 0) {
        const auto column = columns->fields.at(Field::Weight);
        warnings.push_back({{table.file, table.header_line, table.header_positions[column].column},
                            std::to_string(empty_weights) +
                                (empty_weights == 1 ? " tie without weight counts as 1"
                                                    : " ties without weight count as 1")});
    }
}

void read_projects(FolderReader& reader, const CsvTable& table, NetworkBuilder& builder) {
    const auto columns = reader.map_columns(table, kProjects);
    if (!columns) return;
    for (const CsvRecord& record : table.records) {
        ProjectRecord project;
        project.id = FolderReader::text(*columns, record, Field::Id);
        project.label = FolderReader::raw(*columns, record, Field::Label);
        project.period = reader.period(table, *columns, record);
        project.attributes = reader.attributes(*columns, record);
        builder.add_project(std::move(project), reader.where(table, *columns, record, Field::Id));
    }
}

// `actors_read` as for read_ties().
void read_memberships(FolderReader& reader, const CsvTable& table, NetworkBuilder& builder,
                      bool actors_read) {
    const auto columns = reader.map_columns(table, kMemberships);
    if (!columns || !actors_read) return;
    for (const CsvRecord& record : table.records) {
        builder.add_membership(FolderReader::text(*columns, record, Field::Project),
                               FolderReader::text(*columns, record, Field::Actor),
                               {table.file, record.line, 0});
    }
}

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
            read_network_file(reader, *table, builder, result.warnings);
        }
    }
    bool actors_read = false;
    if (actors_file) {
        if (auto table = reader.load(*actors_file)) {
            actors_read = read_actors(reader, *table, builder);
        }
    }
    if (projects_file) {
        if (auto table = reader.load(*projects_file)) read_projects(reader, *table, builder);
    }
    if (ties_file) {
        if (auto table = reader.load(*ties_file)) {
            read_ties(reader, *table, builder, actors_read, result.warnings);
        }
    }
    if (memberships_file) {
        if (auto table = reader.load(*memberships_file)) {
            read_memberships(reader, *table, builder, actors_read);
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
    const auto ties = network.ties();
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
    for (const Tie& tie : ties) {
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
