// Tables as an Excel workbook (.xlsx), written through libxlsxwriter: one worksheet per
// table, the header row in bold and frozen, an autofilter over the table, column widths from
// the longest cell (capped). Text cells are always text ("04317" stays "04317"), numbers are
// numbers, true/false are Excel's booleans; an empty cell is left out. A text holding
// `_xHHHH_` (Excel's escape of a character) is escaped in turn, so it reads back as written.
// libxlsxwriter writes a number with 16 significant digits ("%.16G"; Excel shows 15): a
// double that needs 17 to read back exactly (0.10113960113960113) comes back off in its last
// bit (xlsx_number_exact() tells). JSON and CSV keep every digit.
//
// Deterministic: equal tables give the same bytes. The document's creation date is fixed
// (kXlsxCreated, 2000-01-01T00:00:00Z, not the time of writing), and libxlsxwriter stamps
// the zip entries with that date.
//
// libxlsxwriter (1.1.4) writes only to a file name. The workbook is assembled in an
// anonymous temporary file of the system's temporary folder and then handed to
// io/atomic_file.hpp as bytes, so the target is written like every other output: complete
// or not at all, never onto an input.
#pragma once

#include <ctime>
#include <filesystem>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace coopnet {

/// One cell: empty, text, a number (NaN and infinities are written as empty cells) or a
/// boolean.
using XlsxCell = std::variant<std::monostate, std::string, double, bool>;

/// One worksheet: a header row (text) and the rows below it (which may be shorter or longer
/// than the header).
struct XlsxTable {
    /// The sheet's name: 1 to 31 characters, none of `[]:*?/\`, not starting or ending with
    /// `'`, unique in the workbook (without regard to ASCII case).
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<XlsxCell>> rows;
};

/// The creation date written into every workbook's document properties (and zip entries).
inline constexpr std::time_t kXlsxCreated = 946684800;  // 2000-01-01T00:00:00Z

/// Widest column, in characters: longer cells are cut off on screen, not in the cell.
inline constexpr double kXlsxMaxColumnWidth = 60.0;

/// Whether a number cell keeps `value` exactly: false for a double that needs 17 significant
/// digits to read back (libxlsxwriter writes 16), and for NaN and infinities.
bool xlsx_number_exact(double value);

/// The workbook of `tables` (in this order) as bytes: a zip container.
/// @throws InvalidArgument for a bad or repeated sheet name, a text longer than Excel's
///   32,767 characters, or a table of more than 1,048,575 rows or 16,384 columns;
///   OutputError when libxlsxwriter or the temporary file fails (with the reason).
std::string xlsx_workbook_bytes(std::span<const XlsxTable> tables);

/// Writes the workbook of `tables` to `target` atomically (io/atomic_file.hpp), refusing
/// to overwrite any of `inputs`. Same errors as xlsx_workbook_bytes() and PendingFile.
void write_xlsx_workbook(const std::filesystem::path& target, std::span<const XlsxTable> tables,
                         std::span<const std::filesystem::path> inputs = {});

}  // namespace coopnet
