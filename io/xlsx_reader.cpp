#include "io/xlsx_reader.hpp"

#include <zip.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <vector>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"
#include "io/detail/network_tables.hpp"

namespace coopnet {

namespace {

constexpr std::size_t kMaxColumn = 16384;  // XFD
constexpr std::size_t kMaxRow = 1048576;   // Excel's last row
constexpr std::string_view kCfbMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

std::string mebibytes(std::size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// ---------------------------------------------------------------------------------------
// The archive: libzip over the bytes in memory, parts looked up by name without regard to
// ASCII case (OPC part names are case-insensitive), limits counted while inflating.

struct ZipDiscard {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct ZipFileClose {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// A name that stays inside the archive's root: no absolute path, drive or `..` segment.
bool inside_root(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return false;
    if (name.find(':') != std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") return false;
        start = end + 1;
    }
    return true;
}

class Archive {
public:
    Archive(std::string_view bytes, std::string name) : name_(std::move(name)) {
        if (bytes.empty()) fail("the file is empty");
        if (bytes.substr(0, kCfbMagic.size()) == kCfbMagic) {
            fail("password-protected or old .xls: save as .xlsx (Excel Workbook, no password)");
        }
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source == nullptr) {
            zip_error_fini(&error);
            throw std::bad_alloc();
        }
        zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (zip == nullptr) {
            zip_source_free(source);
            const bool no_zip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
            const std::string reason = to_lower_ascii(zip_error_strerror(&error));
            zip_error_fini(&error);
            fail(no_zip ? "not an .xlsx workbook: not a zip archive"
                        : "not an .xlsx workbook: a damaged zip archive (" + reason + ")");
        }
        zip_error_fini(&error);
        zip_.reset(zip);
        const zip_int64_t count = zip_get_num_entries(zip, 0);
        if (count < 0 || static_cast<std::uint64_t>(count) > kXlsxMaxEntries) {
            fail("the archive has more than " + std::to_string(kXlsxMaxEntries) +
                 " entries; a workbook has a few dozen");
        }
        for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
            const char* entry = zip_get_name(zip, i, ZIP_FL_ENC_GUESS);
            if (entry == nullptr) continue;
            std::string key(entry);
            if (!inside_root(key)) {
                outside_.push_back(key);
                continue;
            }
            std::replace(key.begin(), key.end(), '\\', '/');
            entries_.emplace(to_lower_ascii(key), i);
        }
    }

    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] const std::vector<std::string>& outside_root() const { return outside_; }
    [[nodiscard]] bool has(const std::string& part) const {
        return entries_.count(to_lower_ascii(part)) > 0;
    }

    // The unpacked bytes of `part`, nothing when the archive has no such entry.
    std::optional<std::string> read(const std::string& part) {
        const auto entry = entries_.find(to_lower_ascii(part));
        if (entry == entries_.end()) return std::nullopt;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip_.get(), entry->second, 0, &stat) != 0) damaged(part);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 &&
            stat.encryption_method != ZIP_EM_NONE) {
            encrypted();
        }
        if ((stat.valid & ZIP_STAT_SIZE) != 0) check_size(part, stat.size, stat.size);
        std::unique_ptr<zip_file_t, ZipFileClose> file(
            zip_fopen_index(zip_.get(), entry->second, 0));
        if (!file) {
            const int code = zip_error_code_zip(zip_get_error(zip_.get()));
            if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ||
                code == ZIP_ER_ENCRNOTSUPP) {
                encrypted();
            }
            if (code == ZIP_ER_COMPNOTSUPP) {
                fail(part +
                     " is compressed with a method coopnet cannot unpack: save the "
                     "workbook again as .xlsx");
            }
            damaged(part);
        }
        std::string bytes;
        char buffer[1 << 16];
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0) damaged(part);
            if (n == 0) break;
            // Counted while inflating: the declared size may lie.
            check_size(part, bytes.size() + static_cast<std::size_t>(n), 0);
            bytes.append(buffer, static_cast<std::size_t>(n));
        }
        total_ += bytes.size();
        return bytes;
    }

    [[noreturn]] void fail(const std::string& message) const {
        throw InputError(SourceLocation{name_, 0, 0}, message);
    }

private:
    void check_size(const std::string& part, std::uint64_t size, std::uint64_t declared) const {
        const char* how = declared > 0 ? "is declared to unpack" : "unpacks";
        if (size > kXlsxMaxPartBytes) {
            fail(part + " " + how + " to more than " + mebibytes(kXlsxMaxPartBytes) +
                 ", the limit for one part of a workbook");
        }
        if (total_ + size > kXlsxMaxTotalBytes) {
            fail("the parts read " +
                 std::string(declared > 0 ? "are declared to unpack" : "unpack") +
                 " to more than " + mebibytes(kXlsxMaxTotalBytes) + ", the limit for one workbook");
        }
    }
    [[noreturn]] void encrypted() const {
        fail("the workbook's archive is encrypted: save as .xlsx without a password");
    }
    [[noreturn]] void damaged(const std::string& part) const {
        fail("cannot unpack " + part + ": " +
             to_lower_ascii(zip_error_strerror(zip_get_error(zip_.get()))) + " (a damaged file?)");
    }

    std::string name_;
    std::unique_ptr<zip_t, ZipDiscard> zip_;
    std::map<std::string, zip_uint64_t> entries_;  // lower-case name -> index
    std::vector<std::string> outside_;
    std::size_t total_ = 0;
};

// ---------------------------------------------------------------------------------------
// XML: pugixml, element and attribute names by their local part (a generator may use
// prefixes), and no DOCTYPE.

std::string_view local_name(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
    }
    return {};
}

template <typename F>
void for_children(pugi::xml_node node, std::string_view name, F&& f) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local_name(c.name()) == name) f(c);
    }
}

std::string_view attribute(pugi::xml_node node, std::string_view name) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        if (local_name(a.name()) == name) return a.value();
    }
    return {};
}

std::unique_ptr<pugi::xml_document> parse_part(const Archive& archive, const std::string& part,
                                               std::string& bytes) {
    auto document = std::make_unique<pugi::xml_document>();
    const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
    const pugi::xml_parse_result parsed =
        document->load_buffer_inplace(bytes.data(), bytes.size(), flags);
    if (!parsed) {
        archive.fail(part + ": not well-formed XML at byte " + std::to_string(parsed.offset) +
                     " (" + to_lower_ascii(parsed.description()) + ")");
    }
    for (pugi::xml_node node = document->first_child(); node; node = node.next_sibling()) {
        if (node.type() == pugi::node_doctype) {
            archive.fail(part +
                         ": a DOCTYPE is not accepted in a workbook (Excel writes none; "
                         "its entity declarations are not read)");
        }
    }
    return document;
}

// `_xHHHH_` (ST_Xstring) stands for the character U+HHHH: how Excel keeps control characters.
std::string unescape_xstring(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        unsigned code = 0;
        if (i + 7 <= text.size() && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_' &&
            std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr ==
                text.data() + i + 6) {
            append_utf8(out, code);
            i += 7;
        } else {
            out += text[i++];
        }
    }
    return out;
}

// The text of a shared string item or inline string: its <t>, or its rich text runs' <t>
// joined; phonetic runs (<rPh>) are left out.
std::string rich_text(pugi::xml_node node) {
    std::string text;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        const std::string_view name = local_name(c.name());
        if (name == "t") {
            text += c.text().get();
        } else if (name == "r") {
            text += child(c, "t").text().get();
        }
    }
    return unescape_xstring(text);
}

// ---------------------------------------------------------------------------------------
// Numbers and dates.

// Whether a custom number format shows a date: d, m or y outside quoted text, escapes and
// [brackets]; m alone is minutes when the format has h or s.
bool is_date_format(std::string_view code) {
    bool day_or_year = false;
    bool month = false;
    bool time = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(code[i])));
        if (c == '"') {
            const auto end = code.find('"', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const auto end = code.find(']', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == 'd' || c == 'y') {
            day_or_year = true;
        } else if (c == 'm') {
            month = true;
        } else if (c == 'h' || c == 's') {
            time = true;
        }
    }
    return day_or_year || (month && !time);
}

bool is_builtin_date_format(unsigned id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

// Which cell styles (the index in cellXfs) show dates.
std::vector<bool> date_styles(const pugi::xml_node style_sheet) {
    std::map<unsigned, std::string> custom;
    for_children(child(style_sheet, "numFmts"), "numFmt", [&](pugi::xml_node format) {
        unsigned id = 0;
        const std::string_view text = attribute(format, "numFmtId");
        if (std::from_chars(text.data(), text.data() + text.size(), id).ec == std::errc()) {
            custom[id] = std::string(attribute(format, "formatCode"));
        }
    });
    std::vector<bool> dates;
    for_children(child(style_sheet, "cellXfs"), "xf", [&](pugi::xml_node xf) {
        unsigned id = 0;
        const std::string_view text = attribute(xf, "numFmtId");
        (void)std::from_chars(text.data(), text.data() + text.size(), id);
        const auto it = custom.find(id);
        dates.push_back(it != custom.end() ? is_date_format(it->second)
                                           : is_builtin_date_format(id));
    });
    return dates;
}

// A number as Excel shows it: rounded to 15 significant digits, then in shortest form.
std::string number_text(std::string_view value) {
    const std::string_view trimmed = trim(value);
    double number = 0;
    const auto [end, error] =
        std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), number);
    if (error != std::errc() || end != trimmed.data() + trimmed.size() || !std::isfinite(number)) {
        return std::string(value);
    }
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.15g", number);
    (void)std::from_chars(buffer, buffer + std::char_traits<char>::length(buffer), number);
    return format_number(number == 0 ? 0.0 : number);
}

// The ISO date of a date serial: days since 1899-12-31 in the 1900 system, where Excel counts
// a 29 February 1900 (serial 60), or since 1904-01-01. Nothing for serials before the first
// day or after 9999-12-31.
std::optional<std::string> serial_date(double serial, bool date1904) {
    using namespace std::chrono;
    if (!std::isfinite(serial) || serial < (date1904 ? 0.0 : 1.0) || serial >= 2958466.0) {
        return std::nullopt;
    }
    const auto days_since = static_cast<int>(std::floor(serial));
    if (!date1904 && days_since == 60) return "1900-02-29";  // Excel's, the day that never was
    sys_days day;
    if (date1904) {
        day = sys_days{year{1904} / January / 1} + days{days_since};
    } else if (days_since < 60) {
        day = sys_days{year{1899} / December / 31} + days{days_since};
    } else {
        day = sys_days{year{1899} / December / 30} + days{days_since};
    }
    const year_month_day date{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return std::string(buffer);
}

// ---------------------------------------------------------------------------------------
// Cell references.

std::string column_letters(std::size_t column) {
    std::string letters;
    while (column > 0) {
        letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
        column = (column - 1) / 26;
    }
    return letters;
}

// "C7" -> column 3, row 7; nothing when it is no reference inside Excel's grid.
std::optional<std::pair<std::size_t, std::size_t>> parse_reference(std::string_view ref) {
    std::size_t i = 0;
    std::size_t column = 0;
    while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) && i < 3) {
        column = column * 26 + static_cast<std::size_t>(std::toupper(ref[i]) - 'A' + 1);
        ++i;
    }
    std::size_t row = 0;
    const auto [end, error] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    if (i == 0 || error != std::errc() || end != ref.data() + ref.size() || column > kMaxColumn ||
        row == 0 || row > kMaxRow) {
        return std::nullopt;
    }
    return std::pair{column, row};
}

// A sheet name as Excel writes it in a reference: quoted unless letters, digits, `_` and `.`.
std::string sheet_reference(const std::string& sheet) {
    const bool plain = !sheet.empty() && std::none_of(sheet.begin(), sheet.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x80 && !std::isalnum(u) && c != '_' && c != '.';
    }) && !std::isdigit(static_cast<unsigned char>(sheet.front()));
    if (plain) return sheet;
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

// ---------------------------------------------------------------------------------------
// The workbook.

struct Sheet {
    std::string name;
    std::string part;  // empty when its relationship names no part inside the archive
};

// `target` of a relationship of `source` (a part name), as a part name; nothing when it
// leaves the archive's root.
std::optional<std::string> resolve_target(const std::string& source, std::string_view target) {
    std::string path;
    if (!target.empty() && target.front() == '/') {
        path = std::string(target.substr(1));
    } else {
        const auto slash = source.rfind('/');
        path = (slash == std::string::npos ? std::string() : source.substr(0, slash + 1)) +
               std::string(target);
    }
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (segments.empty()) return std::nullopt;
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string part;
    for (const std::string& segment : segments) part += (part.empty() ? "" : "/") + segment;
    if (part.empty() || !inside_root(part)) return std::nullopt;
    return part;
}

struct Relationship {
    std::string type;  // the last segment of the type URI: "worksheet", "sharedStrings" ...
    std::string part;
};

// The relationships of `source` ("" for the package), by id.
std::map<std::string, Relationship> relationships(Archive& archive, const std::string& source) {
    const auto slash = source.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : source.substr(0, slash + 1);
    const std::string file = slash == std::string::npos ? source : source.substr(slash + 1);
    const std::string rels = folder + "_rels/" + file + ".rels";
    std::map<std::string, Relationship> result;
    auto bytes = archive.read(rels);
    if (!bytes) return result;
    const auto document = parse_part(archive, rels, *bytes);
    for_children(child(*document, "Relationships"), "Relationship", [&](pugi::xml_node node) {
        if (attribute(node, "TargetMode") == "External") return;
        const std::string_view type = attribute(node, "Type");
        const auto target = resolve_target(source, attribute(node, "Target"));
        result[std::string(attribute(node, "Id"))] = {std::string(type.substr(type.rfind('/') + 1)),
                                                      target.value_or("")};
    });
    return result;
}

class WorkbookReader {
public:
    WorkbookReader(std::string_view bytes, const std::string& name) : archive_(bytes, name) {}

    ReadResult read();

private:
    void read_workbook();
    void read_shared_strings(const std::string& part);
    std::optional<CsvTable> read_sheet(const Sheet& sheet);
    std::string cell_value(pugi::xml_node cell, const std::string& key, std::size_t column,
                           std::size_t row);
    void report(const std::string& where, std::size_t column, std::size_t row,
                const std::string& message) {
        builder_.report({where, row, column}, message);
    }
    SourceLocation at_file() const { return {archive_.name(), 0, 0}; }
    Diagnostic in_sheets(Diagnostic diagnostic) const;

    Archive archive_;
    NetworkBuilder builder_;
    std::vector<Diagnostic> warnings_;
    std::string workbook_part_;
    std::vector<Sheet> sheets_;
    std::vector<std::string> shared_strings_;
    std::vector<bool> date_styles_;
    bool date1904_ = false;
    std::set<std::string> sheet_keys_;  // the CsvTable::file of each sheet read
    std::size_t formulas_without_value_ = 0;
};

void WorkbookReader::read_workbook() {
    workbook_part_ = "xl/workbook.xml";
    for (const auto& [id, relation] : relationships(archive_, "")) {
        if (relation.type == "officeDocument" && !relation.part.empty()) {
            workbook_part_ = relation.part;
        }
    }
    auto bytes = archive_.read(workbook_part_);
    if (!bytes) {
        archive_.fail("a zip archive, but not an .xlsx workbook (it has no " + workbook_part_ +
                      "): save it from Excel or LibreOffice as .xlsx");
    }
    const auto document = parse_part(archive_, workbook_part_, *bytes);
    const pugi::xml_node workbook = child(*document, "workbook");
    const std::string_view date1904 = attribute(child(workbook, "workbookPr"), "date1904");
    date1904_ = date1904 == "1" || date1904 == "true";
    const auto relations = relationships(archive_, workbook_part_);
    for_children(child(workbook, "sheets"), "sheet", [&](pugi::xml_node node) {
        const auto relation = relations.find(std::string(attribute(node, "id")));
        Sheet sheet{std::string(attribute(node, "name")), ""};
        if (relation != relations.end() && relation->second.type == "worksheet") {
            sheet.part = relation->second.part;
        }
        sheets_.push_back(std::move(sheet));
    });
    std::string shared_strings = "xl/sharedStrings.xml";
    std::string styles = "xl/styles.xml";
    for (const auto& [id, relation] : relations) {
        if (relation.type == "sharedStrings" && !relation.part.empty()) {
            shared_strings = relation.part;
        }
        if (relation.type == "styles" && !relation.part.empty()) styles = relation.part;
    }
    read_shared_strings(shared_strings);
    if (auto style_bytes = archive_.read(styles)) {
        const auto style_document = parse_part(archive_, styles, *style_bytes);
        date_styles_ = date_styles(child(*style_document, "styleSheet"));
    }
}

void WorkbookReader::read_shared_strings(const std::string& part) {
    auto bytes = archive_.read(part);
    if (!bytes) return;
    const auto document = parse_part(archive_, part, *bytes);
    const pugi::xml_node table = child(*document, "sst");
    const auto too_many = [&] {
        archive_.fail(part + ": more than " + std::to_string(kXlsxMaxSharedStrings) +
                      " shared strings, the limit for one workbook");
    };
    std::size_t declared = 0;
    const std::string_view count = attribute(table, "uniqueCount");
    if (std::from_chars(count.data(), count.data() + count.size(), declared).ec == std::errc() &&
        declared > kXlsxMaxSharedStrings) {
        too_many();
    }
    for_children(table, "si", [&](pugi::xml_node item) {
        if (shared_strings_.size() == kXlsxMaxSharedStrings) too_many();
        shared_strings_.push_back(rich_text(item));
    });
}

std::string WorkbookReader::cell_value(pugi::xml_node cell, const std::string& key,
                                       std::size_t column, std::size_t row) {
    const std::string_view type = attribute(cell, "t");
    const pugi::xml_node value_node = child(cell, "v");
    const std::string_view value = value_node.text().get();
    if (value.empty() && child(cell, "f")) ++formulas_without_value_;
    if (type == "s") {
        std::size_t index = 0;
        const std::string_view text = trim(value);
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), index);
        if (error != std::errc() || end != text.data() + text.size() ||
            index >= shared_strings_.size()) {
            report(key, column, row,
                   "shared string '" + std::string(value) + "' does not exist (the workbook has " +
                       std::to_string(shared_strings_.size()) + ")");
            return {};
        }
        return shared_strings_[index];
    }
    if (type == "inlineStr") return rich_text(child(cell, "is"));
    if (type == "str" || type == "e") return unescape_xstring(value);
    if (type == "b") return trim(value) == "1" ? "true" : trim(value).empty() ? "" : "false";
    if (type == "d") return std::string(trim(value).substr(0, trim(value).find('T')));
    if (trim(value).empty()) return {};
    std::size_t style = 0;
    const std::string_view style_text = attribute(cell, "s");
    (void)std::from_chars(style_text.data(), style_text.data() + style_text.size(), style);
    if (style < date_styles_.size() && date_styles_[style]) {
        double serial = 0;
        const std::string_view text = trim(value);
        if (std::from_chars(text.data(), text.data() + text.size(), serial).ec == std::errc()) {
            if (auto date = serial_date(serial, date1904_)) return *date;
        }
    }
    return number_text(value);
}

std::optional<CsvTable> WorkbookReader::read_sheet(const Sheet& sheet) {
    const std::string key = archive_.name() + ": " + sheet_reference(sheet.name);
    sheet_keys_.insert(key);
    std::optional<std::string> bytes;
    if (!sheet.part.empty()) bytes = archive_.read(sheet.part);
    if (!bytes) {
        builder_.report({key, 0, 0},
                        "the sheet is no worksheet of cells (a chart sheet?) or its "
                        "part is missing");
        return std::nullopt;
    }
    const auto document = parse_part(archive_, sheet.part, *bytes);
    const pugi::xml_node data = child(child(*document, "worksheet"), "sheetData");

    // Rows by number, each up to its last filled cell.
    std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
    std::size_t cells = 0;
    std::size_t last_row = 0;
    formulas_without_value_ = 0;
    for_children(data, "row", [&](pugi::xml_node row_node) {
        std::size_t row = last_row + 1;
        const std::string_view row_text = attribute(row_node, "r");
        if (!row_text.empty()) {
            const auto [end, error] =
                std::from_chars(row_text.data(), row_text.data() + row_text.size(), row);
            if (error != std::errc() || end != row_text.data() + row_text.size() || row == 0 ||
                row > kMaxRow) {
                archive_.fail(sheet.part + ": row number '" + std::string(row_text) +
                              "' lies outside a sheet");
            }
        }
        last_row = row;
        std::vector<std::string> fields;
        std::size_t last_column = 0;
        for_children(row_node, "c", [&](pugi::xml_node cell) {
            std::size_t column = last_column + 1;
            const std::string_view ref = attribute(cell, "r");
            if (!ref.empty()) {
                const auto parsed = parse_reference(ref);
                if (!parsed) {
                    archive_.fail(sheet.part + ": cell reference '" + std::string(ref) +
                                  "' lies outside a sheet (A1 to XFD1048576)");
                }
                column = parsed->first;
            }
            if (column > kMaxColumn) {
                archive_.fail(sheet.part + ": a cell lies right of column XFD, outside a sheet");
            }
            last_column = column;
            std::string value = cell_value(cell, key, column, row);
            if (value.empty()) return;
            if (fields.size() < column) {
                cells += column - fields.size();
                if (cells > kXlsxMaxCells) {
                    archive_.fail(sheet_reference(sheet.name) + ": more than " +
                                  std::to_string(kXlsxMaxCells) +
                                  " cells, the limit for one sheet");
                }
                fields.resize(column);
            }
            fields[column - 1] = std::move(value);
        });
        const bool blank = std::all_of(fields.begin(), fields.end(),
                                       [](const std::string& f) { return trim(f).empty(); });
        if (!blank) rows.emplace_back(row, std::move(fields));
    });
    if (formulas_without_value_ > 0) {
        Diagnostic warning;
        warning.where.file = key;
        warning.message = std::to_string(formulas_without_value_) +
                          (formulas_without_value_ == 1 ? " formula has" : " formulas have") +
                          " no stored result and read as empty: open the workbook in Excel or "
                          "LibreOffice and save it again";
        warnings_.push_back(std::move(warning));
    }
    if (rows.empty()) {
        builder_.report({key, 0, 0}, "the sheet is empty (no header row)");
        return std::nullopt;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    CsvTable table;
    table.file = key;
    table.delimiter = ',';
    std::size_t width = 0;
    for (const auto& [row, fields] : rows) width = std::max(width, fields.size());
    const auto positions = [](std::size_t row, std::size_t count) {
        std::vector<CsvPosition> result(count);
        for (std::size_t i = 0; i < count; ++i) result[i] = {row, i + 1};
        return result;
    };
    table.header_line = rows.front().first;
    table.header = std::move(rows.front().second);
    table.header.resize(width);
    table.header_positions = positions(table.header_line, width);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CsvRecord record;
        record.line = rows[i].first;
        record.positions = positions(record.line, rows[i].second.size());
        record.fields = std::move(rows[i].second);
        table.records.push_back(std::move(record));
    }
    return table;
}

// A location in a sheet as a planner sees it: `plan.xlsx: Kooperationen!C7`, a whole row
// `Kooperationen!7:7`.
Diagnostic WorkbookReader::in_sheets(Diagnostic diagnostic) const {
    SourceLocation& where = diagnostic.where;
    if (where.line == 0 || sheet_keys_.count(where.file) == 0) return diagnostic;
    const std::string row = std::to_string(where.line);
    where.file += "!" + (where.column > 0 ? column_letters(where.column) + row : row + ":" + row);
    where.line = 0;
    where.column = 0;
    return diagnostic;
}

// "actors (or Akteure)".
std::string sheet_names(const detail::Schema& schema) {
    const auto table = [](std::string_view file, bool capital) {
        std::string name(file.substr(0, file.size() - 4));  // without ".csv"
        if (capital && !name.empty()) {
            name.front() =
                static_cast<char>(std::toupper(static_cast<unsigned char>(name.front())));
        }
        return name;
    };
    std::string names = table(schema.file_name, false);
    for (std::size_t i = 0; i < schema.other_file_names.size(); ++i) {
        names += (i == 0 ? " (or " : ", ") + table(schema.other_file_names[i], true);
    }
    return names + (schema.other_file_names.empty() ? "" : ")");
}

bool names_table(const std::string& sheet, const detail::Schema& schema) {
    const std::string key = comparison_key(trim(sheet));
    const auto same = [&](std::string_view file) {
        return comparison_key(file.substr(0, file.size() - 4)) == key;
    };
    return same(schema.file_name) ||
           std::any_of(schema.other_file_names.begin(), schema.other_file_names.end(), same);
}

std::string quoted_list(const std::vector<const Sheet*>& sheets) {
    std::string text;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        if (i > 0) text += i + 1 == sheets.size() ? " and " : ", ";
        text += "'" + sheets[i]->name + "'";
    }
    return text;
}

ReadResult WorkbookReader::read() {
    read_workbook();
    if (!archive_.outside_root().empty()) {
        warnings_.push_back({at_file(), std::to_string(archive_.outside_root().size()) +
                                            " archive entries outside its root ignored, such as '" +
                                            archive_.outside_root().front() + "'"});
    }
    if (sheets_.empty()) archive_.fail("the workbook has no sheets");

    using detail::Schema;
    const std::vector<const Schema*> schemas{&detail::kNetwork, &detail::kActors, &detail::kTies,
                                             &detail::kProjects, &detail::kMemberships};
    std::map<const Schema*, const Sheet*> chosen;
    std::vector<const Sheet*> unread;
    for (const Sheet& sheet : sheets_) {
        const auto schema = std::find_if(schemas.begin(), schemas.end(), [&](const Schema* s) {
            return names_table(sheet.name, *s);
        });
        if (schema == schemas.end()) unread.push_back(&sheet);
    }
    for (const Schema* schema : schemas) {
        std::vector<const Sheet*> matches;
        for (const Sheet& sheet : sheets_) {
            if (names_table(sheet.name, *schema)) matches.push_back(&sheet);
        }
        if (matches.empty()) continue;
        chosen[schema] = matches.front();
        if (matches.size() > 1) {
            builder_.report(
                at_file(),
                "the workbook has sheets " + quoted_list(matches) + ": two sheets for the " +
                    std::string(schema->file_name.substr(0, schema->file_name.size() - 4)) +
                    " table; keep one");
        }
    }
    if (chosen.empty()) {
        // No sheet is named after a table: the first holds the actors, the second the ties.
        chosen[&detail::kActors] = &sheets_[0];
        std::string message = "no sheet is named after a table (" + sheet_names(detail::kActors) +
                              ", " + sheet_names(detail::kTies) + "): read the first sheet '" +
                              sheets_[0].name + "' as actors";
        if (sheets_.size() > 1) {
            chosen[&detail::kTies] = &sheets_[1];
            message += " and the second '" + sheets_[1].name + "' as ties";
        }
        unread.erase(unread.begin(),
                     unread.begin() +
                         std::min<std::ptrdiff_t>(2, static_cast<std::ptrdiff_t>(unread.size())));
        warnings_.push_back({at_file(), message});
        if (sheets_.size() == 1) {
            builder_.report(at_file(),
                            "the workbook has one sheet only, read as actors: the ties "
                            "go on a second sheet (or name the sheets " +
                                sheet_names(detail::kActors) + " and " +
                                sheet_names(detail::kTies) + ")");
        }
    } else {
        for (const Schema* required : {&detail::kActors, &detail::kTies}) {
            if (chosen.count(required) == 0) {
                builder_.report(at_file(), "the workbook has no sheet " + sheet_names(*required));
            }
        }
        if (chosen.count(&detail::kMemberships) > 0 && chosen.count(&detail::kProjects) == 0) {
            builder_.report(at_file(), "the workbook has the sheet '" +
                                           chosen[&detail::kMemberships]->name + "' but no " +
                                           sheet_names(detail::kProjects));
        }
    }
    if (!unread.empty()) {
        warnings_.push_back(
            {at_file(), std::string(unread.size() == 1 ? "sheet " : "sheets ") +
                            quoted_list(unread) + (unread.size() == 1 ? " is" : " are") +
                            " not read: only sheets named after a table are (actors, ties, "
                            "projects, memberships, network; Akteure, Kooperationen, "
                            "Beziehungen, Projekte, Mitgliedschaften, Netzwerk)"});
    }

    const auto table = [&](const Schema& schema) -> std::optional<CsvTable> {
        const auto it = chosen.find(&schema);
        if (it == chosen.end()) return std::nullopt;
        return read_sheet(*it->second);
    };
    if (auto network = table(detail::kNetwork)) {
        detail::read_network_table(*network, builder_, warnings_);
    }
    bool actors_read = false;
    if (auto actors = table(detail::kActors)) {
        actors_read = detail::read_actors_table(*actors, builder_, warnings_);
    }
    if (auto projects = table(detail::kProjects)) {
        detail::read_projects_table(*projects, builder_, warnings_);
    }
    if (auto ties = table(detail::kTies)) {
        detail::read_ties_table(*ties, builder_, actors_read, warnings_);
    }
    if (auto memberships = table(detail::kMemberships)) {
        detail::read_memberships_table(*memberships, builder_, actors_read, warnings_);
    }
    ReadResult result;
    try {
        result.network = builder_.build();
    } catch (const InputError& error) {
        std::vector<Diagnostic> problems;
        for (const Diagnostic& problem : error.problems()) problems.push_back(in_sheets(problem));
        throw InputError(std::move(problems));
    }
    for (Diagnostic& warning : warnings_) result.warnings.push_back(in_sheets(std::move(warning)));
    return result;
}

}  // namespace

ReadResult parse_xlsx(std::string_view bytes, const std::string& name) {
    WorkbookReader reader(bytes, name);
    return reader.read();
}

ReadResult read_xlsx(const std::filesystem::path& path) {
    const std::string bytes = detail::read_whole_file(path);
    return parse_xlsx(bytes, path.string());
}

}  // namespace coopnet
