// A network as an Excel workbook (.xlsx): the CSV folder's tables (io/csv_folder.hpp) as
// sheets of one file, for planners who keep their lists in Excel.
//
// Sheets: actors, ties, projects and memberships (when there are projects), network (when
// the network has a name, is directed or uses Newman projection weighting): the same
// columns, headers and cell texts as write_csv_folder() with the default style. Ids,
// labels, kinds, sectors, dates (ISO: 2003, 2015-04, 2015-04-01) and attribute values are
// text cells ("04317" stays "04317"; numeric attributes are written as text, as in the CSV
// folder, and read back as text); the ties' weights are number cells, but for a weight
// that a number cell cannot keep exactly (17 significant digits, xlsx_number_exact()),
// which is a text cell of its shortest form, so nothing is lost. An empty text is an
// empty cell. The workbook is deterministic (io/xlsx_writer.hpp): equal networks give equal
// bytes.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/network.hpp"
#include "io/xlsx_writer.hpp"

namespace coopnet {

/// The sheets of `network`, in the order above.
/// @throws InvalidArgument as spreadsheet_tables() (an attribute name that cannot be a
///   column).
std::vector<XlsxTable> network_workbook_tables(const Network& network);

/// Writes `network` as a workbook to `path` atomically, refusing to overwrite any of
/// `inputs`. @throws InvalidArgument as network_workbook_tables() and write_xlsx_workbook()
///   (a text longer than a cell holds, more ties than a sheet has rows); OutputError.
void write_xlsx_network(const Network& network, const std::filesystem::path& path,
                        std::span<const std::filesystem::path> inputs = {});

}  // namespace coopnet
