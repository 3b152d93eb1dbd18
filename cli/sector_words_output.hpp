// How the sector words of a network were read, as `info` and `validate` show it: the
// planner sees at once that "Kommune" became municipality and that "Kommnue" became
// nothing the cooperation triangle can see.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <span>

#include "core/sector_vocabulary.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

/// True when some word was not already a documented sector (then the account is worth
/// showing; a network written in coopnet's own sector names needs none).
bool sector_words_worth_showing(std::span<const SectorWordUse> words);

/// The block "Sector words" of text output, in the language of `w`: word -> sector (its
/// display name), actors, and for ambiguous and unknown words what to do.
void write_sector_words_text(std::span<const SectorWordUse> words, const Words& w,
                             std::ostream& out);

/// The same as a JSON array of {word, sector, read_as, actors[, meanings][, closest]}.
nlohmann::ordered_json sector_words_json(std::span<const SectorWordUse> words);

}  // namespace coopnet::cli
