// The words planners write in a sector column, read as coopnet's documented sectors
// (kDefaultSectors): "Kommune", "Stadtverwaltung" and "kommunal" are `municipality`,
// "Stiftungen" is `foundation`, "Freier Träger" is `civil_society`. Without this, an
// actor list kept in German would have no municipality, business or foundation at all,
// and the cooperation triangle could not see the groups it exists for.
//
// How a word is read, first rule that applies:
//  1. the planner's own mapping (sectors.csv in a CSV folder, or --sector-map FILE);
//  2. the built-in vocabulary (README, "Sector words"), German and English;
//  3. a plural or inflected form of a word in it ("Stiftungen", "Vereine", "Kirchen");
//  4. a German compound whose last part is an unambiguous head word ("Bürgerstiftung",
//     "Sportverein", "Grundschule", "Jugendamt", "Handwerkskammer");
//  5. an ambiguous word ("Gemeinde": municipality or parish?) is not guessed: it stays a
//     group of its own, with a warning that asks for a mapping;
//  6. any other word stays a group of its own (sectors are an open vocabulary), with a
//     warning that names the closest known word.
// Words compare case-insensitively, with ä/ae, ö/oe, ü/ue, ß/ss spelled either way, and
// with `-`, `_`, `/` and runs of spaces read as one space.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/network.hpp"

namespace coopnet {

/// How a sector word was read.
enum class SectorWordMatch {
    Canonical,  ///< already a documented sector, as written
    Planner,    ///< the planner's own mapping
    Known,      ///< the built-in vocabulary (also plurals and compounds)
    Ambiguous,  ///< several sectors fit; kept as its own group
    Unknown,    ///< not recognised; kept as its own group
};

/// What one word means.
struct SectorReading {
    std::string sector;  ///< the sector it is read as (the word itself when
                         ///< ambiguous or unknown)
    SectorWordMatch match = SectorWordMatch::Unknown;
    std::vector<std::string> meanings;  ///< Ambiguous: the sectors it could be
    std::string closest;                ///< Unknown: the nearest known word, if any is near
};

/// The planner's mapping, word -> sector (any text; a documented sector or a group of
/// their own), and the file it came from for messages.
struct SectorMap {
    std::vector<std::pair<std::string, std::string>> entries;
    std::string source;

    [[nodiscard]] bool empty() const noexcept { return entries.empty(); }
};

/// Reads sector words: the built-in vocabulary and, over it, a planner's mapping.
class SectorVocabulary {
public:
    explicit SectorVocabulary(const SectorMap& planner = {});

    /// What `word` means. An empty word is `other`.
    [[nodiscard]] SectorReading read(std::string_view word) const;

private:
    std::vector<std::pair<std::string, std::string>> planner_;  // normalised key -> sector
};

/// The comparison key of a word: comparison_key() (core/text.hpp), lower case, umlauts
/// and ß spelled out, separators as one space ("Freier Träger" and "freier_traeger" are
/// both "freier traeger").
std::string sector_word_key(std::string_view word);

/// One distinct sector word of a network and how it was read.
struct SectorWordUse {
    std::string word;  ///< as written in the data
    SectorReading reading;
    std::size_t actors = 0;
    std::vector<std::string> examples;  ///< ids of up to three actors with this word
};

/// A network whose sector words are read as sectors, and the account of how.
struct SectorNormalisation {
    Network network;
    std::vector<SectorWordUse> words;  ///< in order of first appearance
};

/// Reads every actor's sector with `vocabulary` and returns the network with the sectors
/// it means (the same network, moved, when every word was already a sector).
SectorNormalisation normalise_sectors(Network network, const SectorVocabulary& vocabulary);

}  // namespace coopnet
