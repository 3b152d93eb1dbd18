// The seam between spreadsheet tables and a network: the tables a network is kept in
// (actors, ties, projects, memberships, network), the names their columns may have, and
// the reading of parsed tables (CsvTable) into a NetworkBuilder. The CSV folder reader
// (io/csv_folder.hpp) feeds it the files it parsed, the workbook reader (io/xlsx_reader.hpp)
// the sheets it read; both therefore accept the same columns and report the same problems.
// Internal to io.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/network.hpp"
#include "io/csv.hpp"

namespace coopnet::detail {

/// The fields a column of a table may hold.
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

/// The name of a field as the writer spells it ("id", "source" ...).
std::string_view field_name(Field field);

/// One accepted header name of a field (lower case).
struct Alias {
    std::string_view name;  // lower case
    Field field;
};

/// What one table holds: its file name (the writer's; the table's English name with
/// ".csv"), the German file names the reader accepts too, the header names of its fields,
/// the required fields, and whether other columns are attributes.
struct Schema {
    std::string_view file_name;                      // the name the writer uses
    std::vector<std::string_view> other_file_names;  // German names the reader accepts too
    std::vector<Alias> aliases;
    std::vector<Field> required;
    bool attributes = false;
};

extern const Schema kActors;
extern const Schema kTies;
extern const Schema kProjects;
extern const Schema kMemberships;
extern const Schema kNetwork;

/// The field a header name means in `schema` (compared by comparison_key(), trimmed).
std::optional<Field> lookup(const Schema& schema, std::string_view header);

/// Reads the network table (key, value rows: name, directed, projection_weighting) of a
/// parsed table. Problems go to `builder`, warnings (unknown keys, ignored columns) to
/// `warnings`, each at the table's locations (CsvTable::file and the records' positions).
void read_network_table(const CsvTable& table, NetworkBuilder& builder,
                        std::vector<Diagnostic>& warnings);

/// Reads the actors table; false when its columns are unusable (no id column): the ties'
/// and memberships' actor ids are then not checked.
bool read_actors_table(const CsvTable& table, NetworkBuilder& builder,
                       std::vector<Diagnostic>& warnings);

/// Reads the projects table.
void read_projects_table(const CsvTable& table, NetworkBuilder& builder,
                         std::vector<Diagnostic>& warnings);

/// Reads the ties table. With `actors_read` false (the actors table missing or unusable)
/// the cells are still checked, but no tie is added: each would only repeat that its
/// actors are unknown. Empty weights count as 1, with one warning per table.
void read_ties_table(const CsvTable& table, NetworkBuilder& builder, bool actors_read,
                     std::vector<Diagnostic>& warnings);

/// Reads the memberships table; `actors_read` as for read_ties_table() (only the header
/// is checked when false).
void read_memberships_table(const CsvTable& table, NetworkBuilder& builder, bool actors_read,
                            std::vector<Diagnostic>& warnings);

}  // namespace coopnet::detail
