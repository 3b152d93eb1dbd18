// A network as a folder of spreadsheet CSV files, the form in which planners keep
// their actor lists and cooperation tables.
//
// Files (names matched case-insensitively):
//   actors.csv       required  id, label, sector; further columns = text attributes
//   ties.csv         required  source, target (actor ids), weight, kind, since, until;
//                              further columns = text attributes
//   projects.csv     optional  id, label, since, until; further columns = text attributes
//   memberships.csv  optional  project, actor (one row per membership)
//   network.csv      optional  key, value rows: `name` (text), `directed` (true/false),
//                              `projection_weighting` (shared_projects/newman)
//
// Header names are trimmed and matched without regard to ASCII case; German and a few
// English names are accepted:
//   id      ID, Kennung              label   Name, Bezeichnung, Label
//   sector  Sektor, Bereich          source  Quelle, Von, From
//   target  Ziel, An, To             weight  Gewicht
//   kind    Art, Typ, Type           since   Beginn, Start (projects.csv also: Von)
//   until   Ende, Bis, End           project Projekt
//   actor   Akteur                   key     Schlüssel     value  Wert
// "Von" is ambiguous: in ties.csv it means the source actor ("von A an B"), in
// projects.csv, which has no source, the beginning of the period ("von 2003 bis 2005").
//
// Cells: ids, kind, sector, weights and dates are trimmed; labels and attribute values
// stay exactly as written ("04317" stays "04317"); an empty attribute cell means "no
// attribute". An empty weight is 1; a weight must be a finite number > 0 (a decimal
// comma is accepted in `;` files, see parse_number_cell()). Dates are `YYYY`, `YYYY-MM`
// or `YYYY-MM-DD` (PartialDate::parse); an empty date leaves that end of the period open.
#pragma once

#include <filesystem>
#include <span>

#include "core/network.hpp"
#include "io/csv.hpp"
#include "io/read_result.hpp"

namespace coopnet {

/// Reads a CSV folder (see the top of this header). Problems of all files are collected
/// and reported together.
/// @throws InputError listing every problem, each naming its file, line and (for a bad
///   cell) column: a missing folder, actors.csv or ties.csv (naming the folder), an empty
///   file, CSV syntax errors (see parse_csv()), a missing required column (naming the
///   file and its header line), two columns for one field, a bad weight or date, and all
///   that NetworkBuilder checks (unknown or duplicate ids, reversed periods).
///   When actors.csv is missing or cannot be read, the cells of ties.csv are still checked
///   but its actor ids are not (each would be unknown), and of memberships.csv only the
///   header (its rows name actors and nothing else).
/// Warnings: a file read as Windows-1252, ignored columns of memberships.csv, unknown
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
void write_csv_folder(const Network& network, const std::filesystem::path& folder,
                      const CsvStyle& style, std::span<const std::filesystem::path> inputs = {});

}  // namespace coopnet
