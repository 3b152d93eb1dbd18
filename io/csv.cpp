#include "io/csv.hpp"

#include <algorithm>
#include <array>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Walks decoded UTF-8 text one character at a time, keeping line and column.
class Cursor {
public:
    explicit Cursor(std::string_view text) : text_(text) {}

    [[nodiscard]] bool done() const { return i_ >= text_.size(); }
    [[nodiscard]] char peek() const { return text_[i_]; }
    [[nodiscard]] bool at_newline() const {
        return !done() && (text_[i_] == '\n' || text_[i_] == '\r');
    }
    [[nodiscard]] CsvPosition position() const { return {line_, column_}; }
    [[nodiscard]] std::size_t offset() const { return i_; }

    // Consumes one character (all its bytes) and returns them.
    std::string_view take_char() {
        const std::size_t start = i_++;
        while (i_ < text_.size() && is_continuation(text_[i_])) ++i_;
        ++column_;
        return text_.substr(start, i_ - start);
    }

    // Consumes CRLF, CR or LF as one line end and returns its bytes.
    std::string_view take_newline() {
        const std::size_t start = i_;
        i_ += (text_[i_] == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') ? 2 : 1;
        ++line_;
        column_ = 1;
        return text_.substr(start, i_ - start);
    }

private:
    std::string_view text_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
    std::size_t column_ = 1;
};

// Line and column (characters) of a byte offset, counting CRLF, CR and LF as line ends.
// The text up to `offset` must be valid UTF-8.
CsvPosition position_of(std::string_view text, std::size_t offset) {
    Cursor cursor(text.substr(0, offset));
    while (!cursor.done()) {
        if (cursor.at_newline()) {
            cursor.take_newline();
        } else {
            cursor.take_char();
        }
    }
    return cursor.position();
}

// The delimiter that occurs most often outside quotes on the first non-blank line.
char detect_delimiter(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == '\r' || text[i] == '\n')) ++i;
    std::size_t semicolons = 0, tabs = 0, commas = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice: no net change
        } else if (!quoted && (c == '\n' || c == '\r')) {
            break;
        } else if (!quoted && c == ';') {
            ++semicolons;
        } else if (!quoted && c == '\t') {
            ++tabs;
        } else if (!quoted && c == ',') {
            ++commas;
        }
    }
    if (semicolons == 0 && tabs == 0 && commas == 0) return ',';
    if (semicolons >= tabs && semicolons >= commas) return ';';
    if (tabs >= commas) return '\t';
    return ',';
}

std::string describe_byte(unsigned char byte) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text = "0x";
    text += kHex[byte >> 4];
    text += kHex[byte & 0xF];
    return text;
}

bool all_blank(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(),
                       [](const std::string& field) { return trim(field).empty(); });
}

class Parser {
public:
    Parser(std::string_view text, char delimiter, std::string file)
        : cursor_(text), delimiter_(delimiter), file_(std::move(file)) {}

    // Reads every record; returns false when an unterminated quote ended the read.
    bool run(std::vector<CsvRecord>& records) {
        while (!cursor_.done()) {
            if (cursor_.at_newline()) {  // blank line
                cursor_.take_newline();
                continue;
            }
            CsvRecord record;
            record.line = cursor_.position().line;
            record_quoted_ = false;
            if (!read_record(record)) return false;
            if (!all_blank(record.fields)) {
                records.push_back(std::move(record));
                quoted_.push_back(record_quoted_);
            }
        }
        return true;
    }

    std::vector<Diagnostic>& problems() { return problems_; }

    /// For each record run() kept: whether any of its fields was quoted.
    [[nodiscard]] const std::vector<bool>& quoted() const { return quoted_; }

private:
    bool is_blank(char c) const { return (c == ' ' || c == '\t') && c != delimiter_; }

    void problem(CsvPosition at, std::string message) {
        problems_.push_back({SourceLocation{file_, at.line, at.column}, std::move(message)});
    }

    // Reads one record up to and including its line end.
    bool read_record(CsvRecord& record) {
        while (true) {
            record.positions.push_back(cursor_.position());
            std::string field;
            if (!read_field(field)) return false;
            record.fields.push_back(std::move(field));
            if (cursor_.done()) return true;
            if (cursor_.at_newline()) {
                cursor_.take_newline();
                return true;
            }
            cursor_.take_char();  // the delimiter
        }
    }

    bool read_field(std::string& field) {
        // Blanks before an opening quote are allowed; otherwise they belong to the field.
        Cursor lookahead = cursor_;
        while (!lookahead.done() && is_blank(lookahead.peek())) lookahead.take_char();
        if (!lookahead.done() && lookahead.peek() == '"') {
            cursor_ = lookahead;
            record_quoted_ = true;
            return read_quoted(field);
        }
        bool reported = false;
        while (!cursor_.done() && !cursor_.at_newline() && cursor_.peek() != delimiter_) {
            if (cursor_.peek() == '"' && !reported) {
                problem(cursor_.position(),
                        "stray quote in an unquoted field; quote the whole field and double "
                        "the quotes inside it");
                reported = true;
            }
            field += cursor_.take_char();
        }
        return true;
    }

    bool read_quoted(std::string& field) {
        const CsvPosition opening = cursor_.position();
        cursor_.take_char();
        while (true) {
            if (cursor_.done()) {
                problem(opening,
                        "unterminated quoted field: the quote opened here is never "
                        "closed");
                return false;
            }
            if (cursor_.at_newline()) {
                field += cursor_.take_newline();
            } else if (cursor_.peek() == '"') {
                cursor_.take_char();
                if (cursor_.done() || cursor_.peek() != '"') break;
                field += cursor_.take_char();
            } else {
                field += cursor_.take_char();
            }
        }
        while (!cursor_.done() && is_blank(cursor_.peek())) cursor_.take_char();
        if (!cursor_.done() && !cursor_.at_newline() && cursor_.peek() != delimiter_) {
            problem(cursor_.position(),
                    "unexpected text after the closing quote of a quoted field");
            while (!cursor_.done() && !cursor_.at_newline() && cursor_.peek() != delimiter_) {
                field += cursor_.take_char();
            }
        }
        return true;
    }

    Cursor cursor_;
    char delimiter_;
    std::string file_;
    std::vector<Diagnostic> problems_;
    std::vector<bool> quoted_;
    bool record_quoted_ = false;
};

std::string delimiter_name(char delimiter) {
    if (delimiter == '\t') return "tab";
    return std::string("'") + delimiter + "'";
}

// The candidate delimiter other than `delimiter` that occurs most often in `field` (on a
// tie in the order of detect_delimiter: `;`, tab, `,`), or nothing when none occurs.
std::optional<char> other_delimiter(std::string_view field, char delimiter) {
    std::optional<char> best;
    std::size_t best_count = 0;
    for (const char candidate : {';', '\t', ','}) {
        if (candidate == delimiter) continue;
        const auto count =
            static_cast<std::size_t>(std::count(field.begin(), field.end(), candidate));
        if (count > best_count) {
            best = candidate;
            best_count = count;
        }
    }
    return best;
}

// Number of characters (code points) in the valid UTF-8 `text`.
std::size_t character_count(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

// Rows written with another delimiter than the header line's are read as one field each:
// a data row that is a single unquoted field holding another candidate delimiter, while the
// header has several fields, is reported once per file, at the first such row and at its
// first foreign delimiter, with the number of rows like it.
void check_row_delimiters(const CsvTable& table, const std::vector<CsvRecord>& records,
                          const std::vector<bool>& quoted, bool forced,
                          std::vector<Diagnostic>& problems) {
    if (table.header.size() < 2) return;
    const CsvRecord* first = nullptr;
    char foreign = 0;
    std::size_t rows = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const CsvRecord& record = records[i];
        if (record.fields.size() != 1 || quoted[i]) continue;
        const auto other = other_delimiter(record.fields.front(), table.delimiter);
        if (!other) continue;
        if (first == nullptr) {
            first = &record;
            foreign = *other;
        }
        ++rows;
    }
    if (first == nullptr) return;
    const std::string& field = first->fields.front();
    const CsvPosition start = first->positions.front();
    const std::size_t column = start.column + character_count(field.substr(0, field.find(foreign)));
    std::string message =
        "row is separated by " + delimiter_name(foreign) + " but the " +
        (forced ? std::string("delimiter given is ")
                : "header (line " + std::to_string(table.header_line) + ") is separated by ") +
        delimiter_name(table.delimiter) + ", so the row reads as one field; " +
        "use one delimiter throughout the file (or quote the field if its " +
        delimiter_name(foreign) + " is text)";
    if (rows > 1) {
        message +=
            "; " + std::to_string(rows - 1) + (rows == 2 ? " more row" : " more rows") + " like it";
    }
    problems.push_back({SourceLocation{table.file, start.line, column}, std::move(message)});
}

}  // namespace

SourceLocation CsvTable::location(const CsvRecord& record, std::size_t index) const {
    if (index < record.positions.size()) {
        return {file, record.positions[index].line, record.positions[index].column};
    }
    return {file, record.line, 0};
}

CsvTable parse_csv(std::string_view bytes, std::string file, const CsvReadOptions& options) {
    CsvTable table;
    table.file = std::move(file);
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                              (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        throw InputError(SourceLocation{table.file, 1, 1},
                         "UTF-16 text is not supported; save the sheet as \"CSV UTF-8\"");
    }
    std::string text;
    if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        bytes.remove_prefix(kUtf8Bom.size());
        table.encoding = CsvEncoding::Utf8Bom;
    }
    if (const auto invalid = find_invalid_utf8(bytes)) {
        const CsvPosition at = position_of(bytes, *invalid);
        table.warnings.push_back({SourceLocation{table.file, at.line, at.column},
                                  "not valid UTF-8 (byte " +
                                      describe_byte(static_cast<unsigned char>(bytes[*invalid])) +
                                      "); read as Windows-1252"});
        table.encoding = CsvEncoding::Windows1252;
        text = windows1252_to_utf8(bytes);
    } else {
        text.assign(bytes);
    }

    table.delimiter = options.delimiter ? *options.delimiter : detect_delimiter(text);
    Parser parser(text, table.delimiter, table.file);
    std::vector<CsvRecord> records;
    parser.run(records);
    std::vector<Diagnostic>& problems = parser.problems();
    if (records.empty() && problems.empty()) {
        throw InputError(SourceLocation{table.file, 0, 0}, "the file is empty (no header line)");
    }
    if (!records.empty()) {
        table.header = std::move(records.front().fields);
        table.header_positions = std::move(records.front().positions);
        table.header_line = records.front().line;
        records.erase(records.begin());
        const std::vector<bool> quoted(parser.quoted().begin() + 1, parser.quoted().end());
        check_row_delimiters(table, records, quoted, options.delimiter.has_value(), problems);
    }
    for (const CsvRecord& record : records) {
        if (record.fields.size() > table.header.size()) {
            const CsvPosition at = record.positions[table.header.size()];
            problems.push_back({SourceLocation{table.file, at.line, at.column},
                                "row has " + std::to_string(record.fields.size()) +
                                    " fields but the header has " +
                                    std::to_string(table.header.size()) + " (delimiter " +
                                    delimiter_name(table.delimiter) + ")"});
        }
    }
    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::pair(a.where.line, a.where.column) <
                                    std::pair(b.where.line, b.where.column);
                         });
        throw InputError(std::move(problems));
    }
    table.records = std::move(records);
    return table;
}

CsvTable read_csv_file(const std::filesystem::path& path, const CsvReadOptions& options) {
    return parse_csv(detail::read_whole_file(path), path.string(), options);
}

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1.000" or "12.345.678": groups of three digits after a first group of 1-3 digits that
// does not start with 0, as a German sheet writes thousands.
bool looks_like_point_grouping(std::string_view text) {
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
    const std::size_t first = text.find('.');
    if (first == std::string_view::npos) return false;
    const std::string_view lead = text.substr(0, first);
    if (!all_digits(lead) || lead.size() > 3 || lead.front() == '0') return false;
    std::string_view rest = text.substr(first + 1);
    while (true) {
        const std::size_t next = rest.find('.');
        const std::string_view group = rest.substr(0, next);
        if (group.size() != 3 || !all_digits(group)) return false;
        if (next == std::string_view::npos) return true;
        rest.remove_prefix(next + 1);
    }
}

}  // namespace

NumberCell parse_number_cell(std::string_view cell, char delimiter) {
    const std::string_view text = trim(cell);
    std::string quoted(1, '\'');
    quoted.append(text).push_back('\'');
    if (text.empty()) return {std::nullopt, "empty cell, expected a number"};
    const std::size_t commas = std::count(text.begin(), text.end(), ',');
    const std::size_t points = std::count(text.begin(), text.end(), '.');
    if (commas > 0 && points > 0) {
        return {std::nullopt, quoted +
                                  " mixes '.' and ',': thousands separators are ambiguous; "
                                  "write the number without them"};
    }
    if (commas > 0 && delimiter != ';') {
        return {std::nullopt, quoted + " has a comma: write numbers with a decimal point in " +
                                  delimiter_name(delimiter) + "-separated files"};
    }
    if (commas > 1) {
        return {std::nullopt, quoted +
                                  " has more than one comma: thousands separators are "
                                  "ambiguous; write the number without them"};
    }
    std::string number(text);
    if (delimiter == ';') {
        if (points > 0 && looks_like_point_grouping(text)) {
            return {std::nullopt, quoted +
                                      " may use '.' as a thousands separator; write the "
                                      "number without it, with a decimal comma"};
        }
        std::replace(number.begin(), number.end(), ',', '.');
    }
    if (const auto value = parse_number(number)) return {value, {}};
    return {std::nullopt, quoted + " is not a number"};
}

CsvStyle CsvStyle::from_name(std::string_view name) {
    if (name == "default") return standard();
    if (name == "excel-de") return excel_de();
    throw InvalidArgument("unknown CSV style '" + std::string(name) +
                          "' (expected default or excel-de)");
}

std::string CsvStyle::number(double value) const {
    return decimal_comma ? format_number_decimal_comma(value) : format_number(value);
}

std::string quote_csv_field(std::string_view field, const CsvStyle& style) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    const bool needed = field.find_first_of(std::string{style.delimiter, '"', '\r', '\n'}) !=
                            std::string_view::npos ||
                        (!field.empty() && (blank(field.front()) || blank(field.back())));
    if (!needed) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

CsvWriter::CsvWriter(std::ostream& out, CsvStyle style) : out_(&out), style_(style) {
    if (style_.byte_order_mark) *out_ << kUtf8Bom;
}

void CsvWriter::write_row(std::span<const std::string> fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += style_.delimiter;
        line += quote_csv_field(fields[i], style_);
    }
    line += style_.crlf ? "\r\n" : "\n";
    *out_ << line;
}

}  // namespace coopnet
