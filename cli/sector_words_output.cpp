#include "cli/sector_words_output.hpp"

#include <algorithm>
#include <string>

#include "core/text.hpp"

namespace coopnet::cli {

namespace {

std::string_view match_name(SectorWordMatch match) {
    switch (match) {
        case SectorWordMatch::Canonical:
            return "sector";
        case SectorWordMatch::Planner:
            return "sector_map";
        case SectorWordMatch::Known:
            return "vocabulary";
        case SectorWordMatch::Ambiguous:
            return "ambiguous";
        case SectorWordMatch::Unknown:
            return "unknown";
    }
    return "unknown";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        text += (i == 0 ? "" : std::string(separator)) + parts[i];
    }
    return text;
}

}  // namespace

bool sector_words_worth_showing(std::span<const SectorWordUse> words) {
    return std::any_of(words.begin(), words.end(), [](const SectorWordUse& use) {
        return use.reading.match != SectorWordMatch::Canonical;
    });
}

void write_sector_words_text(std::span<const SectorWordUse> words, const Words& w,
                             std::ostream& out) {
    std::size_t word_width = 4;
    std::size_t sector_width = 6;
    for (const SectorWordUse& use : words) {
        word_width = std::max(word_width, display_width(printable(use.word)) + 2);
        sector_width = std::max(sector_width, display_width(printable(w.sector(use.reading.sector))) + 2);
    }
    out << w(Word::SectorWordsHeading) << "\n";
    for (const SectorWordUse& use : words) {
        const SectorReading& reading = use.reading;
        out << "  " << pad_right(printable(use.word), word_width) << "-> "
            << pad_right(printable(w.sector(reading.sector)), sector_width)
            << w.integer(static_cast<long long>(use.actors));
        switch (reading.match) {
            case SectorWordMatch::Planner:
                out << "  " << w(Word::SectorWordsPlanner);
                break;
            case SectorWordMatch::Ambiguous: {
                std::vector<std::string> meanings;
                for (const std::string& meaning : reading.meanings) meanings.push_back(w.sector(meaning));
                out << "  " << w(Word::SectorWordsAmbiguous, {joined(meanings, w(Word::SectorWordsOr))});
                break;
            }
            case SectorWordMatch::Unknown:
                out << "  " << w(Word::SectorWordsUnknown);
                if (!reading.closest.empty()) {
                    out << " " << w(Word::SectorWordsClosest, {reading.closest});
                }
                break;
            case SectorWordMatch::Canonical:
            case SectorWordMatch::Known:
                break;
        }
        out << "\n";
    }
}

nlohmann::ordered_json sector_words_json(std::span<const SectorWordUse> words) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const SectorWordUse& use : words) {
        nlohmann::ordered_json entry;
        entry["word"] = use.word;
        entry["sector"] = use.reading.sector;
        entry["read_as"] = match_name(use.reading.match);
        entry["actors"] = use.actors;
        if (!use.reading.meanings.empty()) entry["meanings"] = use.reading.meanings;
        if (!use.reading.closest.empty()) entry["closest"] = use.reading.closest;
        list.push_back(std::move(entry));
    }
    return list;
}

}  // namespace coopnet::cli
