// The planner's own sector words: a two-column sheet `Wort;Sektor` (or `word,sector`)
// that says what each word of the data's sector column means. It is `sectors.csv` (or
// `sektoren.csv`) inside a CSV folder, or any file given with --sector-map; it wins over
// the built-in vocabulary (core/sector_vocabulary.hpp).
#pragma once

#include <filesystem>
#include <optional>

#include "core/sector_vocabulary.hpp"

namespace coopnet {

/// Reads a sector map: CSV as io/csv.hpp reads it (`,` `;` or tab, BOM, Windows-1252),
/// first column the word, second the sector (a documented sector such as `foundation`,
/// or a group of the planner's own). A first row whose cells are `Wort`/`word`/`Begriff`
/// and `Sektor`/`sector`/`Bereich` (any case) is a header; any other first row is data.
/// @throws InputError listing every problem with file and line: a row without a word or
/// a sector, a third column, one word mapped to two different sectors.
SectorMap read_sector_map(const std::filesystem::path& path);

/// The sector map of a CSV folder: `sectors.csv` or `sektoren.csv` (any case), if there.
/// @throws InputError when the folder holds both.
std::optional<std::filesystem::path> find_folder_sector_map(const std::filesystem::path& folder);

}  // namespace coopnet
