#include "io/detail/network_tables.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/date.hpp"
#include "core/suggest.hpp"
#include "core/text.hpp"

namespace coopnet::detail {

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

namespace {

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

// Reads one table; its problems go to the builder, its warnings to `warnings`.
class TableReader {
public:
    TableReader(NetworkBuilder& builder, std::vector<Diagnostic>& warnings)
        : builder_(builder), warnings_(warnings) {}

    // The file of `schema`'s role, by any of its names, matched without regard to ASCII

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

void read_network_file(TableReader& reader, const CsvTable& table, NetworkBuilder& builder,
                       std::vector<Diagnostic>& warnings) {
    const auto columns = reader.map_columns(table, kNetwork);
    if (!columns) return;
    std::set<std::string> seen;
    for (const CsvRecord& record : table.records) {
        const std::string key = to_lower_ascii(TableReader::text(*columns, record, Field::Key));
        const SourceLocation key_at = reader.where(table, *columns, record, Field::Key);
        const SourceLocation value_at = reader.where(table, *columns, record, Field::Value);
        if (!seen.insert(key).second) {
            builder.report(key_at, "key '" + key + "' given twice");
            continue;
        }
        const std::string value = TableReader::text(*columns, record, Field::Value);
        if (key == "name") {
            builder.set_name(TableReader::raw(*columns, record, Field::Value), value_at);
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
bool read_actors(TableReader& reader, const CsvTable& table, NetworkBuilder& builder) {
    const auto columns = reader.map_columns(table, kActors);
    if (!columns) return false;
    for (const CsvRecord& record : table.records) {
        Actor actor;
        actor.id = TableReader::text(*columns, record, Field::Id);
        actor.label = TableReader::raw(*columns, record, Field::Label);
        actor.sector = TableReader::text(*columns, record, Field::Sector);
        actor.attributes = reader.attributes(*columns, record);
        builder.add_actor(std::move(actor), reader.where(table, *columns, record, Field::Id));
    }
    return true;
}

// With `actors_read` false (actors.csv missing or unreadable) the cells are still checked,
// but no tie is added: each would only repeat that its actors are unknown.
void read_ties(TableReader& reader, const CsvTable& table, NetworkBuilder& builder,
               bool actors_read, std::vector<Diagnostic>& warnings) {
    const auto columns = reader.map_columns(table, kTies);
    if (!columns) return;
    std::size_t empty_weights = 0;
    for (const CsvRecord& record : table.records) {
        TieRecord tie;
        tie.source = TableReader::text(*columns, record, Field::Source);
        tie.target = TableReader::text(*columns, record, Field::Target);
        tie.weight = reader.weight(table, *columns, record, empty_weights);
        tie.kind = TableReader::text(*columns, record, Field::Kind);
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

void read_projects(TableReader& reader, const CsvTable& table, NetworkBuilder& builder) {
    const auto columns = reader.map_columns(table, kProjects);
    if (!columns) return;
    for (const CsvRecord& record : table.records) {
        ProjectRecord project;
        project.id = TableReader::text(*columns, record, Field::Id);
        project.label = TableReader::raw(*columns, record, Field::Label);
        project.period = reader.period(table, *columns, record);
        project.attributes = reader.attributes(*columns, record);
        builder.add_project(std::move(project), reader.where(table, *columns, record, Field::Id));
    }
}

// `actors_read` as for read_ties().
void read_memberships(TableReader& reader, const CsvTable& table, NetworkBuilder& builder,
                      bool actors_read) {
    const auto columns = reader.map_columns(table, kMemberships);
    if (!columns || !actors_read) return;
    for (const CsvRecord& record : table.records) {
        builder.add_membership(TableReader::text(*columns, record, Field::Project),
                               TableReader::text(*columns, record, Field::Actor),
                               {table.file, record.line, 0});
    }
}

}  // namespace

void read_network_table(const CsvTable& table, NetworkBuilder& builder,
                        std::vector<Diagnostic>& warnings) {
    TableReader reader(builder, warnings);
    read_network_file(reader, table, builder, warnings);
}

bool read_actors_table(const CsvTable& table, NetworkBuilder& builder,
                       std::vector<Diagnostic>& warnings) {
    TableReader reader(builder, warnings);
    return read_actors(reader, table, builder);
}

void read_projects_table(const CsvTable& table, NetworkBuilder& builder,
                         std::vector<Diagnostic>& warnings) {
    TableReader reader(builder, warnings);
    read_projects(reader, table, builder);
}

void read_ties_table(const CsvTable& table, NetworkBuilder& builder, bool actors_read,
                     std::vector<Diagnostic>& warnings) {
    TableReader reader(builder, warnings);
    read_ties(reader, table, builder, actors_read, warnings);
}

void read_memberships_table(const CsvTable& table, NetworkBuilder& builder, bool actors_read,
                            std::vector<Diagnostic>& warnings) {
    TableReader reader(builder, warnings);
    read_memberships(reader, table, builder, actors_read);
}

}  // namespace coopnet::detail
