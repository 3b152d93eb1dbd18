// Spreadsheet CSV: an RFC 4180 reader that accepts what Excel and LibreOffice export
// (`,` `;` or tab, quoted fields, CRLF/CR/LF, UTF-8 with or without BOM, Windows-1252),
// a writer with the two styles coopnet offers, and the number cells of German sheets.
//
// References:
// [1] Y. Shafranovich, "Common Format and MIME Type for Comma-Separated Values (CSV)
//     Files", RFC 4180 (2005), doi:10.17487/RFC4180.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace coopnet {

/// How the bytes of a CSV file were decoded.
enum class CsvEncoding {
    Utf8,         ///< valid UTF-8 without byte order mark
    Utf8Bom,      ///< valid UTF-8 after a UTF-8 byte order mark (EF BB BF), which is dropped
    Windows1252,  ///< not valid UTF-8: decoded as Windows-1252 (German Excel), with a warning
};

/// Where a field starts: 1-based line and 1-based column, the column counted in
/// characters (Unicode code points) of the decoded text, the byte order mark not counted.
/// For a Windows-1252 file this equals the byte column of the original file.
struct CsvPosition {
    std::size_t line = 0;
    std::size_t column = 0;
};

/// One data record: its fields, exactly as written (quotes removed, doubled quotes
/// undone, embedded line breaks kept byte for byte), and where each field starts.
struct CsvRecord {
    std::size_t line = 0;                ///< 1-based line on which the record starts
    std::vector<std::string> fields;     ///< may be fewer than the header's (missing = empty)
    std::vector<CsvPosition> positions;  ///< one per field
};

/// A parsed CSV file: the header record, the data records, and what was detected.
struct CsvTable {
    std::string file;      ///< name used in every message
    char delimiter = ',';  ///< detected (or forced) field delimiter
    CsvEncoding encoding = CsvEncoding::Utf8;
    std::vector<std::string> header;  ///< fields of the first non-blank record, as written
    std::vector<CsvPosition> header_positions;
    std::size_t header_line = 1;
    std::vector<CsvRecord> records;    ///< data records after the header, blank rows left out
    std::vector<Diagnostic> warnings;  ///< e.g. the Windows-1252 fallback

    /// Location of field `index` of `record` for messages; column 0 when the record is
    /// shorter than that.
    [[nodiscard]] SourceLocation location(const CsvRecord& record, std::size_t index) const;
};

struct CsvReadOptions {
    /// Force a delimiter instead of detecting it from the header line.
    std::optional<char> delimiter;
};

/// Parses CSV text (the raw bytes of a file) as RFC 4180 [1] with the spreadsheet
/// extensions below.
///
/// - Encoding: a UTF-8 byte order mark is dropped. Text that is not valid UTF-8 is taken
///   to be Windows-1252 and converted to UTF-8, with a warning naming the first invalid
///   byte. A UTF-16 byte order mark is refused (save the sheet as "CSV UTF-8").
/// - Delimiter: the one of `,` `;` and tab that occurs most often outside quotes on the
///   header line; on a tie `;` before tab before `,`; `,` when none occurs (one column).
/// - Line ends: CRLF, lone CR and LF each end a record and count as one line. Inside a
///   quoted field they are kept as written.
/// - Fields: a field that starts with `"` (blanks before it allowed) is quoted; `""`
///   inside stands for one quote; blanks between the closing quote and the next
///   delimiter are skipped. Unquoted fields are kept as written, blanks included.
/// - Rows: blank lines and rows whose fields are all blank are skipped. A row may have
///   fewer fields than the header (the missing ones are empty), not more.
/// - Mixed delimiters: when the header has several fields, a data row that reads as one
///   unquoted field holding another of the three delimiters was written with that other
///   delimiter; it is refused rather than read as an id like "a,b,2" (quote such a field
///   when the character is text).
///
/// @param bytes  the file contents
/// @param file   the name to use in messages and warnings
/// @throws InputError listing every problem, each with file, line and column: an
///   unterminated quoted field (at its opening quote; the rest of the file is not read),
///   a stray quote inside an unquoted field, text after a closing quote, a row with more
///   fields than the header (at its first extra field), rows separated by another
///   delimiter than the header (once per file, at the first such row's first foreign
///   delimiter, naming both delimiters and how many rows are like it), an empty file,
///   UTF-16 text.
/// Complexity: linear in the size of the text.
CsvTable parse_csv(std::string_view bytes, std::string file, const CsvReadOptions& options = {});

/// Reads and parses a file with parse_csv(), naming it by `path.string()`.
/// @throws InputError when the file cannot be read or parse_csv() refuses it.
CsvTable read_csv_file(const std::filesystem::path& path, const CsvReadOptions& options = {});

/// The result of parse_number_cell(): a value, or why the cell is not a number.
struct NumberCell {
    std::optional<double> value;
    std::string problem;  ///< set when `value` is empty
};

/// Parses a spreadsheet number cell (blanks around it ignored). Accepts everything
/// core parse_number() accepts ("1", "-0.5", "1e-3", "nan", "inf": callers check range).
/// When `delimiter` is `;` (German Excel) a decimal comma is accepted too: "1,5" -> 1.5.
/// Thousands separators are refused rather than guessed: "1.000,5" and "1,000.5" (both
/// marks), "1,000,000" (two commas), and in `;` files a point that reads as a German
/// thousands separator ("1.000", "12.345.678"; but "0.125" and "1.5" are decimals). In
/// `,` and tab files a comma is refused.
NumberCell parse_number_cell(std::string_view cell, char delimiter);

/// How CSV files are written.
struct CsvStyle {
    char delimiter = ',';
    bool decimal_comma = false;    ///< numbers as "1,5" instead of "1.5"
    bool byte_order_mark = false;  ///< start with the UTF-8 byte order mark EF BB BF
    bool crlf = false;             ///< end records with CR LF instead of LF

    /// The default style: `,`, decimal point, no byte order mark, LF.
    static CsvStyle standard() { return {}; }
    /// What German Excel opens without an import dialog: `;`, decimal comma, UTF-8 byte
    /// order mark, CRLF.
    static CsvStyle excel_de() { return {';', true, true, true}; }
    /// The style called `default` or `excel-de`; throws InvalidArgument for other names.
    static CsvStyle from_name(std::string_view name);

    /// `value` in shortest round-trip form (format_number), with a decimal comma when
    /// the style asks for one (format_number_decimal_comma).
    [[nodiscard]] std::string number(double value) const;

    friend bool operator==(const CsvStyle&, const CsvStyle&) = default;
};

/// `field` quoted only when it must be: when it contains the delimiter, a quote, CR or
/// LF, or begins or ends with a space or tab. Quotes inside are doubled.
std::string quote_csv_field(std::string_view field, const CsvStyle& style);

/// Writes records in a CsvStyle; the byte order mark, when the style has one, is written
/// on construction. Does not own the stream.
class CsvWriter {
public:
    CsvWriter(std::ostream& out, CsvStyle style);

    /// Writes one record: fields quoted as quote_csv_field() says, then the line end.
    void write_row(std::span<const std::string> fields);

    [[nodiscard]] const CsvStyle& style() const noexcept { return style_; }

private:
    std::ostream* out_;
    CsvStyle style_;
};

}  // namespace coopnet
