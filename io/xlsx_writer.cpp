#include "io/xlsx_writer.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"

namespace coopnet {

namespace {

constexpr std::size_t kMaxRows = 1'048'576;  // Excel's rows, the header included
constexpr std::size_t kMaxColumns = 16'384;
constexpr std::size_t kMaxTextBytes = 32'767;  // Excel counts characters; bytes are stricter

std::string reason(lxw_error error) { return lxw_strerror(error); }

/// A file in the system's temporary folder that exists only while this object does. Its
/// name is what libxlsxwriter writes to; its descriptor reads the result back.
class ScratchFile {
public:
    ScratchFile() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "coopnet-xlsx-XXXXXX").string();
        fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
        if (fd_ < 0) {
            throw OutputError("cannot create a temporary file for the workbook in " +
                              std::filesystem::temp_directory_path().string() + ": " +
                              std::strerror(errno));
        }
        path_ = pattern;
    }
    ~ScratchFile() {
        ::unlink(path_.c_str());
        ::close(fd_);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    [[nodiscard]] const std::string& path() const noexcept { return path_; }

    /// Everything in the file now (read through the descriptor opened at creation).
    [[nodiscard]] std::string contents() const {
        std::string bytes;
        char buffer[1 << 16];
        off_t offset = 0;
        for (;;) {
            const ssize_t n = ::pread(fd_, buffer, sizeof buffer, offset);
            if (n < 0) {
                if (errno == EINTR) continue;
                throw OutputError("cannot read the temporary workbook " + path_ + ": " +
                                  std::strerror(errno));
            }
            if (n == 0) return bytes;
            bytes.append(buffer, static_cast<std::size_t>(n));
            offset += n;
        }
    }

private:
    std::string path_;
    int fd_ = -1;
};

/// An open lxw_workbook: freed without writing unless close() wrote it.
class Workbook {
public:
    explicit Workbook(const std::string& path) : workbook_(workbook_new(path.c_str())) {
        if (workbook_ == nullptr) throw OutputError("libxlsxwriter cannot start a workbook");
    }
    ~Workbook() {
        if (workbook_ != nullptr) lxw_workbook_free(workbook_);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    [[nodiscard]] lxw_workbook* get() const noexcept { return workbook_; }

    /// Writes the file (and frees the workbook, whatever the outcome).
    void close() {
        lxw_workbook* workbook = std::exchange(workbook_, nullptr);
        if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR) {
            throw OutputError("libxlsxwriter cannot write the workbook: " + reason(error));
        }
    }

private:
    lxw_workbook* workbook_;
};

void check(lxw_error error, const XlsxTable& table, std::size_t row, std::size_t column) {
    if (error == LXW_NO_ERROR) return;
    throw OutputError("sheet '" + table.name + "', row " + std::to_string(row + 1) + ", column " +
                      std::to_string(column + 1) + ": " + reason(error));
}

void check_table(lxw_workbook* workbook, const XlsxTable& table, std::set<std::string>& names) {
    if (table.name.empty() || table.name.front() == '\'' || table.name.back() == '\'') {
        throw InvalidArgument("'" + table.name +
                              "' cannot name a worksheet: it is empty or starts or ends with '");
    }
    if (const lxw_error error = workbook_validate_sheet_name(workbook, table.name.c_str());
        error != LXW_NO_ERROR) {
        throw InvalidArgument("'" + table.name + "' cannot name a worksheet: " + reason(error));
    }
    std::string key = table.name;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!names.insert(key).second) {
        throw InvalidArgument("two worksheets named '" + table.name + "'");
    }
    if (table.rows.size() + 1 > kMaxRows) {
        throw InvalidArgument("sheet '" + table.name + "' has " +
                              std::to_string(table.rows.size()) +
                              " rows; a worksheet holds at most " + std::to_string(kMaxRows - 1) +
                              " below its header");
    }
    std::size_t columns = table.header.size();
    for (const auto& row : table.rows) columns = std::max(columns, row.size());
    if (columns > kMaxColumns) {
        throw InvalidArgument("sheet '" + table.name + "' has " + std::to_string(columns) +
                              " columns; a worksheet holds at most " + std::to_string(kMaxColumns));
    }
    const auto check_text = [&](const std::string& text, std::size_t row) {
        if (text.size() <= kMaxTextBytes) return;
        throw InvalidArgument("sheet '" + table.name + "', row " + std::to_string(row + 1) +
                              ": a text of " + std::to_string(text.size()) +
                              " bytes; an Excel cell holds at most " +
                              std::to_string(kMaxTextBytes));
    };
    for (const std::string& text : table.header) check_text(text, 0);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        for (const XlsxCell& cell : table.rows[r]) {
            if (const auto* text = std::get_if<std::string>(&cell)) check_text(*text, r + 1);
        }
    }
}

/// `text` as Excel stores it: a literal `_xHHHH_` (which Excel and every reader decode as the
/// character U+HHHH) gets its `_` escaped as `_x005F_`, so that it reads back as written.
/// libxlsxwriter escapes the control characters itself.
std::string escape_underscores(const std::string& text) {
    const auto escaped_at = [&](std::size_t i) {
        if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') {
            return false;
        }
        return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                           text.begin() + static_cast<std::ptrdiff_t>(i) + 6,
                           [](unsigned char c) { return std::isxdigit(c) != 0; });
    };
    std::string result;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (escaped_at(i)) {
            result += "_x005F";
        }
        result += text[i];
    }
    return result;
}

/// How many characters a cell shows (numbers as Excel's General format roughly does).
double cell_width(const XlsxCell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        return static_cast<double>(display_width(*text));
    }
    if (const auto* number = std::get_if<double>(&cell)) {
        if (!std::isfinite(*number)) return 0.0;
        char buffer[32];
        const int n = std::snprintf(buffer, sizeof buffer, "%.10g", *number);
        return static_cast<double>(std::max(n, 0));
    }
    if (std::holds_alternative<bool>(cell)) return 5.0;  // FALSE
    return 0.0;
}

void write_table(lxw_workbook* workbook, lxw_format* bold, const XlsxTable& table) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.name.c_str());
    if (sheet == nullptr) throw OutputError("libxlsxwriter cannot add sheet '" + table.name + "'");
    std::vector<double> widths(table.header.size(), 0.0);
    const auto widen = [&](std::size_t column, double width) {
        if (column >= widths.size()) widths.resize(column + 1, 0.0);
        // The header needs room for the autofilter's button too.
        widths[column] = std::max(widths[column], width);
    };
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                     escape_underscores(table.header[c]).c_str(), bold),
              table, 0, c);
        widen(c, static_cast<double>(display_width(table.header[c])) + 3.0);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            const XlsxCell& cell = table.rows[r][c];
            const auto column = static_cast<lxw_col_t>(c);
            widen(c, cell_width(cell));
            lxw_error error = LXW_NO_ERROR;
            if (const auto* text = std::get_if<std::string>(&cell)) {
                // An empty text is no cell: Excel keeps no empty strings either.
                if (!text->empty()) {
                    error = worksheet_write_string(sheet, row, column,
                                                   escape_underscores(*text).c_str(), nullptr);
                }
            } else if (const auto* number = std::get_if<double>(&cell)) {
                if (std::isfinite(*number)) {
                    error = worksheet_write_number(sheet, row, column, *number, nullptr);
                }
            } else if (const auto* flag = std::get_if<bool>(&cell)) {
                error = worksheet_write_boolean(sheet, row, column, *flag ? 1 : 0, nullptr);
            }
            check(error, table, r + 1, c);
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const double width = std::clamp(widths[c] + 1.0, 8.0, kXlsxMaxColumnWidth);
        const auto column = static_cast<lxw_col_t>(c);
        check(worksheet_set_column(sheet, column, column, width, nullptr), table, 0, c);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!widths.empty()) {
        check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                   static_cast<lxw_col_t>(widths.size() - 1)),
              table, 0, 0);
    }
}

}  // namespace

bool xlsx_number_exact(double value) {
    if (!std::isfinite(value)) return false;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.16G", value);  // as libxlsxwriter writes it
    return std::strtod(buffer, nullptr) == value;
}

std::string xlsx_workbook_bytes(std::span<const XlsxTable> tables) {
    ScratchFile scratch;
    {
        Workbook workbook(scratch.path());
        std::set<std::string> names;
        for (const XlsxTable& table : tables) check_table(workbook.get(), table, names);
        lxw_doc_properties properties{};
        properties.created = kXlsxCreated;
        if (const lxw_error error = workbook_set_properties(workbook.get(), &properties);
            error != LXW_NO_ERROR) {
            throw OutputError("libxlsxwriter cannot set the document properties: " + reason(error));
        }
        lxw_format* bold = workbook_add_format(workbook.get());
        if (bold == nullptr) throw OutputError("libxlsxwriter cannot add a format");
        format_set_bold(bold);
        for (const XlsxTable& table : tables) write_table(workbook.get(), bold, table);
        workbook.close();
    }
    return scratch.contents();
}

void write_xlsx_workbook(const std::filesystem::path& target, std::span<const XlsxTable> tables,
                         std::span<const std::filesystem::path> inputs) {
    refuse_inputs(target, inputs);  // before any work
    const std::string bytes = xlsx_workbook_bytes(tables);
    write_file_atomically(
        target,
        [&](std::ostream& out) {
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        },
        inputs);
}

}  // namespace coopnet
