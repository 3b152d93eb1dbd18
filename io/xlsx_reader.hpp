// A network kept in an Excel workbook (.xlsx, Office Open XML SpreadsheetML [1]), read
// through the same tables as the CSV folder (io/csv_folder.hpp, io/detail/network_tables.hpp).
//
// Sheets: named like the CSV folder's files, in English or German, compared as header names
// are (comparison_key(): case, umlauts and blanks do not matter):
//   actors       required   [Akteure]
//   ties         required   [Kooperationen or Beziehungen]
//   projects     optional   [Projekte]
//   memberships  optional   [Mitgliedschaften]
//   network      optional   [Netzwerk]
// The first non-blank row of a sheet is its header; the columns, header synonyms, sector
// words and cell rules are the CSV folder's. Two sheets for one table are an error naming
// both; other sheets are not read (one warning names them). When no sheet is named after a
// table, the first sheet is read as actors and the second as ties, with a warning naming both.
//
// Cells as Excel stores them: shared strings and inline strings (rich text runs joined,
// phonetic runs left out, `_xHHHH_` escapes undone), numbers as a planner typed them (the 15
// significant digits Excel shows, in shortest form: 2 -> "2", 0.5 -> "0.5", 4317 -> "4317"),
// booleans as "true"/"false", error values as written ("#N/A"), the cached result of a
// formula (a formula without one reads as an empty cell, with a warning), ISO 8601 date cells
// (t="d"), and numbers in a date format (built-in formats 14-22 and 45-47, or a custom format
// with d, m or y outside quotes and brackets, m only without h or s) as ISO dates YYYY-MM-DD,
// counted from 1900 (with Excel's 29 February 1900: serial 60 reads as 1900-02-29, which is
// refused as a date, and 61 as 1900-03-01) or from 1904 when the workbook says date1904.
// The time of day of a date is left out. Blank rows, trailing ones included, are skipped.
//
// Messages name the file and the cell as a planner sees it: `plan.xlsx: Kooperationen!C7:
// weight 'hoch' is not a number`; a whole row is `Kooperationen!7:7` (what Excel's name box
// takes), a whole sheet `Kooperationen`. Sheet names with other characters than letters,
// digits, `_` and `.` are quoted as in Excel: `'Akteure 2024'!B2`.
//
// Hostile workbooks are refused with the file named, never read in part:
// - Only the parts the reader needs are unpacked (workbook, its relationships, shared strings,
//   styles, the sheets read); each may unpack to kXlsxMaxPartBytes at most and all together to
//   kXlsxMaxTotalBytes: the sizes the archive declares are checked first, and the bytes are
//   counted while inflating, so a zip bomb with false sizes stops at the limit too.
// - At most kXlsxMaxEntries entries; entries whose names leave the archive's root (`..`, an
//   absolute path, a drive letter) are never read, with a warning; a relationship that points
//   outside the root names no part.
// - A part with a DOCTYPE is refused (Excel never writes one), so no entity is declared or
//   expanded ("billion laughs"); pugixml expands no entity beyond the five of XML anyway.
// - At most kXlsxMaxSharedStrings shared strings and kXlsxMaxCells cells per sheet (the cells
//   up to the last filled one of each row); a cell reference outside Excel's grid
//   (XFD1048576) is refused.
// - Not a zip archive, a zip without a workbook, a password-protected workbook or an old
//   .xls (both OLE compound files, magic D0 CF 11 E0), encrypted entries: a clear message.
//
// References:
// [1] ECMA-376, Office Open XML File Formats, 5th edition (2021), Part 1, §18 (SpreadsheetML)
//     and Part 2 (Open Packaging Conventions).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "io/read_result.hpp"

namespace coopnet {

/// The most one part of a workbook (a sheet, the shared strings) may unpack to: 32 MiB.
inline constexpr std::size_t kXlsxMaxPartBytes = std::size_t{32} << 20;
/// The most all parts read from one workbook may unpack to together: 128 MiB.
inline constexpr std::size_t kXlsxMaxTotalBytes = std::size_t{128} << 20;
/// The most entries a workbook's archive may have.
inline constexpr std::size_t kXlsxMaxEntries = 10'000;
/// The most shared strings a workbook may have.
inline constexpr std::size_t kXlsxMaxSharedStrings = 1'000'000;
/// The most cells one sheet may hold (counting each row up to its last filled cell).
inline constexpr std::size_t kXlsxMaxCells = 4'000'000;

/// Reads a network from an .xlsx workbook (see the top of this header), naming the file by
/// `path.string()`.
/// @throws InputError listing every problem, each naming the file and, where there is one,
///   the sheet and cell (`plan.xlsx: Kooperationen!C7: ...`): the CSV folder's problems
///   (missing tables and columns, bad weights and dates, unknown or duplicate ids ...), and
///   the workbook's own (not a zip, no workbook, encrypted or .xls, limits exceeded, a
///   DOCTYPE, malformed XML, a shared string that does not exist).
/// Warnings: the sheets read in place of named ones, sheets not read, entries outside the
///   archive's root, formulas without a stored result, and the CSV folder's warnings.
/// Complexity: linear in the unpacked size of the parts read.
ReadResult read_xlsx(const std::filesystem::path& path);

/// Reads a workbook from its bytes, naming it `name` in every message; as read_xlsx().
ReadResult parse_xlsx(std::string_view bytes, const std::string& name);

}  // namespace coopnet
