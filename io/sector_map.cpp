#include "io/sector_map.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/csv.hpp"

namespace coopnet {

namespace fs = std::filesystem;

namespace {

bool is_one_of(std::string_view cell, std::initializer_list<std::string_view> names) {
    const std::string key = to_lower_ascii(trim(cell));
    for (std::string_view name : names) {
        if (key == name) return true;
    }
    return false;
}

bool is_header(const std::vector<std::string>& row) {
    return row.size() >= 2 && is_one_of(row[0], {"wort", "word", "begriff"}) &&
           is_one_of(row[1], {"sektor", "sector", "bereich"});
}

}  // namespace

SectorMap read_sector_map(const fs::path& path) {
    const CsvTable table = read_csv_file(path);
    SectorMap map;
    map.source = table.file;
    std::vector<Diagnostic> problems;
    std::map<std::string, std::pair<std::string, std::size_t>> seen;  // key -> sector, line

    const auto take = [&](const std::vector<std::string>& fields, std::size_t line) {
        const SourceLocation where{table.file, line, 0};
        if (fields.size() > 2) {
            problems.push_back({where,
                                "a sector map has two columns (word and sector), "
                                "this row has " +
                                    std::to_string(fields.size())});
            return;
        }
        const std::string word(trim(fields.empty() ? std::string_view() : fields[0]));
        const std::string sector(trim(fields.size() < 2 ? std::string_view() : fields[1]));
        if (word.empty() || sector.empty()) {
            problems.push_back(
                {where, word.empty() ? "a row without a word" : "no sector for '" + word + "'"});
            return;
        }
        const auto [it, inserted] = seen.emplace(sector_word_key(word), std::pair{sector, line});
        if (!inserted && it->second.first != sector) {
            problems.push_back({where, "'" + word + "' is mapped to '" + it->second.first +
                                           "' on line " + std::to_string(it->second.second) +
                                           " and to '" + sector + "' here"});
            return;
        }
        if (inserted) map.entries.emplace_back(word, sector);
    };
    if (!is_header(table.header)) take(table.header, table.header_line);
    for (const CsvRecord& record : table.records) take(record.fields, record.line);
    if (!problems.empty()) throw InputError(std::move(problems));
    return map;
}

std::optional<fs::path> find_folder_sector_map(const fs::path& folder) {
    std::vector<fs::path> found;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = to_lower_ascii(it->path().filename().string());
        if ((name == "sectors.csv" || name == "sektoren.csv") && it->is_regular_file(error)) {
            found.push_back(it->path());
        }
    }
    if (found.size() > 1) {
        std::sort(found.begin(), found.end());
        throw InputError(SourceLocation{folder.string(), 0, 0},
                         "two sector maps, " + found[0].filename().string() + " and " +
                             found[1].filename().string() + ": keep one");
    }
    if (found.empty()) return std::nullopt;
    return found.front();
}

}  // namespace coopnet
