// Test helper: what a workbook (.xlsx) holds, read with libzip and pugixml, independent of
// coopnet's own reader. Enough to check sheet names, cell types, the frozen header row and
// the autofilter of coopnet's workbooks.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace coopnet::test {

/// One cell as the sheet's XML has it: `type` "s" (shared string), "inlineStr", "str", "b"
/// (boolean), or "n" (a number, also when the attribute t is absent); `text` the string,
/// the number as written in <v>, or "1"/"0".
struct XlsxCellContents {
    std::string type;
    std::string text;
};

struct XlsxSheetContents {
    std::string name;
    /// The rows by position (row 1 first); a missing cell is an empty type and text.
    std::vector<std::vector<XlsxCellContents>> rows;
    std::string frozen_cell;            ///< topLeftCell of a frozen pane ("A2"), "" without one
    std::string autofilter;             ///< the ref of <autoFilter> ("A1:O44"), "" without one
    std::vector<double> column_widths;  ///< by <col> entry, in order
};

/// The zip entries of `bytes`, by name. Throws std::runtime_error when it is no zip.
std::map<std::string, std::string> unzip(const std::string& bytes);

/// The worksheets of the workbook `bytes`, in the workbook's order.
std::vector<XlsxSheetContents> xlsx_contents(const std::string& bytes);

}  // namespace coopnet::test
