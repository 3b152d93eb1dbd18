// A network as a folder of spreadsheet CSV files, the form in which planners keep
// their actor lists and cooperation tables.
//
// Files (names matched case-insensitively; the German name in brackets is read too, the
// writer uses the English one; two files for one table, such as actors.csv and
// akteure.csv, are an error naming both):
//   actors.csv       required  id, label, sector; further columns = text attributes
//                              [akteure.csv]
//   ties.csv         required  source, target (actor ids), weight, kind, since, until;
//                              further columns = text attributes
//                              [kooperationen.csv or beziehungen.csv]
//   projects.csv     optional  id, label, since, until; further columns = text attributes
//                              [projekte.csv]
//   memberships.csv  optional  project, actor (one row per membership)
//                              [mitgliedschaften.csv]
//   network.csv      optional  key, value rows: `name` (text), `directed` (true/false),
//                              `projection_weighting` (shared_projects/newman)
//                              [netzwerk.csv]
// A .csv file given instead of its folder is refused with the folder to give.
//
// Header names are compared by comparison_key() (core/text.hpp: without regard to case,
// Ä/Ö/Ü/ß also as ae/oe/ue/ss, blanks, `-` and `_` alike); German and a few English
// names are accepted:
//   id      ID, Kennung              label   Name, Bezeichnung, Label
//   sector  Sektor, Bereich          source  Quelle, Von, From
//   target  Ziel, An, To             weight  Gewicht
//   kind    Art, Typ, Type           since   Beginn, Start (projects.csv also: Von)
//   until   Ende, Bis, End           project Projekt
//   actor   Akteur                   key     Schlüssel     value  Wert
//   actors.csv only: label also Organisation, Einrichtung, Name der Einrichtung
// "Name" (like every name of the organisation) is the label, never the id: the id is the
// short key that ties.csv names (id, ID, Kennung), and an actors.csv without one is
// refused with that said. "Von" is ambiguous: in ties.csv it means the source actor
// ("von A an B"), in projects.csv, which has no source, the beginning of the period
// ("von 2003 bis 2005").
// Any other column of actors.csv, ties.csv and projects.csv is an attribute; each file
// with such columns gets one warning naming them (with a guess for a likely typo, "Sekter":
// did you mean 'sektor'?) and the names read as fields.
//
// Cells: ids, kind, sector, weights and dates are trimmed; labels and attribute values
// stay exactly as written ("04317" stays "04317"); an empty attribute cell means "no
// attribute". An empty weight is 1 (one warning per file counts such ties; a file without
// a weight column has weight 1 throughout, without warning); a weight must be a finite
// number > 0 (a decimal comma is accepted in `;` files, see parse_number_cell()). Dates
// are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (PartialDate::parse); an empty date leaves that
// end of the period open.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/network.hpp"
#include "io/csv.hpp"
#include "io/read_result.hpp"

namespace coopnet {

/// Reads a CSV folder (see the top of this header). Problems of all files are collected
/// and reported together.
/// @throws InputError listing every problem, each naming its file, line and (for a bad
///   cell) column: a missing folder, actors.csv or ties.csv (naming the folder), two files
///   for one table, a file given instead of a folder (naming the folder to give), an empty
///   file, CSV syntax errors (see parse_csv()), a missing required column (naming the
///   file and its header line), two columns for one field, a bad weight or date, and all
///   that NetworkBuilder checks (unknown or duplicate ids, reversed periods).
///   When actors.csv is missing or cannot be read (or has no id column), the cells of
///   ties.csv are still checked but its actor ids are not (each would be unknown), and of
///   memberships.csv only the header (its rows name actors and nothing else).
/// Warnings: a file read as Windows-1252, attribute columns (one per file), empty
///   weights (one per file), ignored columns of memberships.csv and network.csv, unknown
///   keys of network.csv.
ReadResult read_csv_folder(const std::filesystem::path& folder);

/// Writes `network` as a CSV folder that read_csv_folder() reads back to an equal
/// network. `folder` is created, or it is an existing folder that holds only these five
/// file names (an earlier output), which are replaced; any other file or subfolder there
/// makes it refuse (InvalidArgument) before anything is written (io/folder_output.hpp).
///
/// actors.csv: id, label, sector, then the union of the actors' attribute names in byte
/// order; ties.csv: source, target, weight, kind, since, until, then the ties' attribute
/// names; projects.csv (id, label, since, until, attributes) and memberships.csv
/// (project, actor) only when there are projects; network.csv only when the network has
/// a name, is directed or uses Newman projection weighting. Numbers (weights, numeric
/// attributes) are written with `style.number()`; numeric attributes therefore read back
/// as text. Empty text attributes read back as absent. Output is byte-identical for
/// equal networks and styles.
/// @throws InvalidArgument when `folder` is one of `inputs`, or an attribute name cannot
///   be a column (empty, blanks at either end, or read back as a field: "name", "von" ...).
/// @throws OutputError when writing fails.
/// One table of a network's spreadsheet form: what write_csv_folder() writes to one file,
/// and a workbook (io/xlsx_network_writer.hpp) to one sheet.
struct SpreadsheetTable {
    std::string name;  ///< actors, ties, projects, memberships or network (the file's stem)
    std::vector<std::vector<std::string>> rows;  ///< the header row first; cells as text
    /// The column whose cells are numbers written by the style (the ties' weight); every
    /// other cell is text, numeric attributes included.
    std::optional<std::size_t> number_column;
};

/// The tables write_csv_folder() writes, in its order (projects and memberships only when
/// there are projects, network only when needed), with the same checks of attribute names.
std::vector<SpreadsheetTable> spreadsheet_tables(const Network& network, const CsvStyle& style);

void write_csv_folder(const Network& network, const std::filesystem::path& folder,
                      const CsvStyle& style, std::span<const std::filesystem::path> inputs = {});

}  // namespace coopnet
