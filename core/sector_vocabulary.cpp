#include "core/sector_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "core/text.hpp"

namespace coopnet {

namespace {

struct Entry {
    std::string_view word;           // as a planner writes it (for messages and the README)
    std::string_view sector;         // a documented sector, or "" for an ambiguous word
    std::string_view meanings = {};  // ambiguous words: the sectors it could be, `,`-separated
};

// The built-in vocabulary. Plurals that a suffix rule finds ("Stiftungen" -> "Stiftung")
// need no entry; umlaut plurals ("Ämter") and irregular ones do.
constexpr Entry kVocabulary[] = {
    // municipality: the city's own offices and its administration
    {"municipality", "municipality"},
    {"municipal", "municipality"},
    {"city", "municipality"},
    {"city administration", "municipality"},
    {"local authority", "municipality"},
    {"local government", "municipality"},
    {"Kommune", "municipality"},
    {"kommunal", "municipality"},
    {"Stadt", "municipality"},
    {"Stadtverwaltung", "municipality"},
    {"Verwaltung", "municipality"},
    {"Kommunalverwaltung", "municipality"},
    {"Amt", "municipality"},
    {"Ämter", "municipality"},
    {"Rathaus", "municipality"},
    {"Bezirksamt", "municipality"},
    {"städtisch", "municipality"},
    // public_agency: state and federal agencies, the job centre, the police
    {"public agency", "public_agency"},
    {"public agencies", "public_agency"},
    {"agency", "public_agency"},
    {"government agency", "public_agency"},
    {"job centre", "public_agency"},
    {"job center", "public_agency"},
    {"employment agency", "public_agency"},
    {"police", "public_agency"},
    {"Behörde", "public_agency"},
    {"Landesbehörde", "public_agency"},
    {"Bundesbehörde", "public_agency"},
    {"Jobcenter", "public_agency"},
    {"Agentur für Arbeit", "public_agency"},
    {"Arbeitsagentur", "public_agency"},
    {"Bundesagentur für Arbeit", "public_agency"},
    {"Arbeitsamt", "public_agency"},
    {"Landesamt", "public_agency"},
    {"Bundesamt", "public_agency"},
    {"Finanzamt", "public_agency"},
    {"Polizei", "public_agency"},
    // business
    {"business", "business"},
    {"businesses", "business"},
    {"company", "business"},
    {"companies", "business"},
    {"enterprise", "business"},
    {"firm", "business"},
    {"private sector", "business"},
    {"retail", "business"},
    {"chamber", "business"},
    {"industry", "business"},
    {"Wirtschaft", "business"},
    {"Privatwirtschaft", "business"},
    {"Unternehmen", "business"},
    {"Firma", "business"},
    {"Firmen", "business"},
    {"Betrieb", "business"},
    {"Kammer", "business"},
    {"IHK", "business"},
    {"HWK", "business"},
    {"Einzelhandel", "business"},
    {"Handel", "business"},
    {"Gewerbe", "business"},
    {"Handwerk", "business"},
    {"Industrie", "business"},
    {"Wohnungswirtschaft", "business"},
    {"Unternehmer", "business"},
    {"Arbeitgeberverband", "business"},
    {"Unternehmerverband", "business"},
    {"Wirtschaftsverband", "business"},
    // foundation
    {"foundation", "foundation"},
    {"Stiftung", "foundation"},
    // civil_society: associations, initiatives, welfare organisations
    {"civil society", "civil_society"},
    {"association", "civil_society"},
    {"NGO", "civil_society"},
    {"nonprofit", "civil_society"},
    {"non profit", "civil_society"},
    {"charity", "civil_society"},
    {"initiative", "civil_society"},
    {"community group", "civil_society"},
    {"voluntary sector", "civil_society"},
    {"welfare association", "civil_society"},
    {"Zivilgesellschaft", "civil_society"},
    {"Verein", "civil_society"},
    {"e.V.", "civil_society"},
    {"eingetragener Verein", "civil_society"},
    {"Initiative", "civil_society"},
    {"Verband", "civil_society"},
    {"Verbände", "civil_society"},
    {"Wohlfahrtsverband", "civil_society"},
    {"Wohlfahrtsverbände", "civil_society"},
    {"freier Träger", "civil_society"},
    {"freie Träger", "civil_society"},
    {"Ehrenamt", "civil_society"},
    {"Selbsthilfe", "civil_society"},
    {"Migrantenorganisation", "civil_society"},
    {"Migrantenselbstorganisation", "civil_society"},
    // religious
    {"religious", "religious"},
    {"religion", "religious"},
    {"faith", "religious"},
    {"faith community", "religious"},
    {"church", "religious"},
    {"mosque", "religious"},
    {"synagogue", "religious"},
    {"parish", "religious"},
    {"Kirche", "religious"},
    {"Moschee", "religious"},
    {"Synagoge", "religious"},
    {"Religionsgemeinschaft", "religious"},
    {"Glaubensgemeinschaft", "religious"},
    {"Kirchengemeinde", "religious"},
    {"Pfarrei", "religious"},
    {"Pfarrgemeinde", "religious"},
    {"Moscheegemeinde", "religious"},
    {"Moscheeverein", "religious"},
    {"religiös", "religious"},
    // education
    {"education", "education"},
    {"school", "education"},
    {"university", "education"},
    {"college", "education"},
    {"kindergarten", "education"},
    {"daycare", "education"},
    {"training provider", "education"},
    {"Bildung", "education"},
    {"Schule", "education"},
    {"Kita", "education"},
    {"Kindertagesstätte", "education"},
    {"Kindertageseinrichtung", "education"},
    {"Hochschule", "education"},
    {"Universität", "education"},
    {"Bildungsträger", "education"},
    {"Bildungseinrichtung", "education"},
    {"Volkshochschule", "education"},
    {"VHS", "education"},
    {"Weiterbildung", "education"},
    // politics
    {"politics", "politics"},
    {"political", "politics"},
    {"party", "politics"},
    {"parties", "politics"},
    {"Politik", "politics"},
    {"Partei", "politics"},
    {"Rat", "politics"},
    {"Räte", "politics"},
    {"Stadtrat", "politics"},
    {"Gemeinderat", "politics"},
    {"Bezirksvertretung", "politics"},
    {"Bezirksbeirat", "politics"},
    {"Beirat", "politics"},
    {"Ortsbeirat", "politics"},
    {"Integrationsrat", "politics"},
    {"Fraktion", "politics"},
    {"Ausschuss", "politics"},
    {"Kommunalpolitik", "politics"},
    {"Landtag", "politics"},
    {"Bundestag", "politics"},
    // other
    {"other", "other"},
    {"others", "other"},
    {"miscellaneous", "other"},
    {"Sonstige", "other"},
    {"Sonstiges", "other"},
    {"andere", "other"},
    {"anderes", "other"},
    // Not guessed: the planner says which in sectors.csv or --sector-map.
    {"Gemeinde", "", "municipality,religious"},
    {"Träger", "", "civil_society,education"},
    {"council", "", "municipality,politics"},
    {"city council", "", "municipality,politics"},
    {"öffentlich", "", "municipality,public_agency"},
    {"öffentliche Hand", "", "municipality,public_agency"},
};

// German compounds read by their last part: "Sportverein" is a Verein. Only head words
// whose compounds keep their meaning; "-rat" is not one ("Referat" is an office).
constexpr std::string_view kCompoundHeads[] = {
    "Verwaltung", "Amt",         "Behörde", "Stiftung", "Verein", "Initiative",
    "Verband",    "Kirche",      "Moschee", "Gemeinde", "Schule", "Kita",
    "Kammer",     "Unternehmen", "Betrieb", "Partei",   "Träger",
};
constexpr std::size_t kCompoundMinimumStem = 3;

// Plural and adjective endings tried when a word is not in the vocabulary as written.
constexpr std::string_view kEndings[] = {"en", "n", "e", "s", "es", "er"};

struct Lookup {
    std::unordered_map<std::string, const Entry*> by_key;
    std::vector<std::pair<std::string, std::string_view>> heads;  // key -> head word
    std::vector<std::pair<std::string, std::string_view>> known;  // key -> word, for hints
};

const Lookup& lookup() {
    static const Lookup table = [] {
        Lookup built;
        for (const Entry& entry : kVocabulary) {
            std::string key = sector_word_key(entry.word);
            built.known.emplace_back(key, entry.word);
            built.by_key.emplace(std::move(key), &entry);
        }
        for (std::string_view head : kCompoundHeads) {
            built.heads.emplace_back(sector_word_key(head), head);
        }
        return built;
    }();
    return table;
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::vector<std::string> split_meanings(std::string_view meanings) {
    std::vector<std::string> parts;
    while (!meanings.empty()) {
        const std::size_t comma = meanings.find(',');
        parts.emplace_back(meanings.substr(0, comma));
        if (comma == std::string_view::npos) break;
        meanings.remove_prefix(comma + 1);
    }
    return parts;
}

SectorReading reading_of(const Entry& entry) {
    SectorReading reading;
    if (entry.sector.empty()) {
        reading.match = SectorWordMatch::Ambiguous;
        reading.meanings = split_meanings(entry.meanings);
    } else {
        reading.match = SectorWordMatch::Known;
        reading.sector = entry.sector;
    }
    return reading;
}

// Rules 2 and 3: the key as written, or with a plural or adjective ending taken off.
const Entry* find_inflected(const std::string& key) {
    const Lookup& table = lookup();
    if (const auto it = table.by_key.find(key); it != table.by_key.end()) return it->second;
    for (std::string_view ending : kEndings) {
        if (key.size() > ending.size() + 2 && ends_with(key, ending)) {
            const auto it = table.by_key.find(key.substr(0, key.size() - ending.size()));
            if (it != table.by_key.end()) return it->second;
        }
    }
    return nullptr;
}

// Rule 4: a compound whose last part (also inflected) is a head word.
const Entry* find_compound(const std::string& key) {
    if (key.find(' ') != std::string::npos) return nullptr;
    const Lookup& table = lookup();
    std::vector<std::string> forms = {key};
    for (std::string_view ending : kEndings) {
        if (ends_with(key, ending)) forms.push_back(key.substr(0, key.size() - ending.size()));
    }
    for (const std::string& form : forms) {
        for (const auto& [head_key, head] : table.heads) {
            if (form.size() >= head_key.size() + kCompoundMinimumStem &&
                ends_with(form, head_key)) {
                return table.by_key.at(head_key);
            }
        }
    }
    return nullptr;
}

const Entry* find_entry(const std::string& key) {
    if (const Entry* entry = find_inflected(key)) return entry;
    if (const Entry* entry = find_compound(key)) return entry;
    // Several words ("evangelische Kirche", "private foundation"): the last one decides.
    const std::size_t space = key.rfind(' ');
    if (space != std::string::npos) return find_entry(key.substr(space + 1));
    return nullptr;
}

// The nearest word of the vocabulary within a small edit distance, for "did you mean".
std::string closest_known(const std::string& key) {
    const std::size_t limit = key.size() < 5 ? 1 : 2;
    std::size_t best = limit + 1;
    std::string_view word;
    for (const auto& [known_key, known_word] : lookup().known) {
        const std::size_t distance = edit_distance(key, known_key);
        if (distance < best) {
            best = distance;
            word = known_word;
        }
    }
    return std::string(word);
}

bool is_documented_sector(std::string_view word) {
    return std::find(std::begin(kDefaultSectors), std::end(kDefaultSectors), word) !=
           std::end(kDefaultSectors);
}

}  // namespace

std::string sector_word_key(std::string_view word) { return comparison_key(word); }

SectorVocabulary::SectorVocabulary(const SectorMap& planner) {
    for (const auto& [word, sector] : planner.entries) {
        planner_.emplace_back(sector_word_key(word), sector);
    }
}

SectorReading SectorVocabulary::read(std::string_view word) const {
    const std::string_view trimmed = trim(word);
    SectorReading reading;
    if (trimmed.empty()) {
        reading.sector = kDefaultSector;
        reading.match = SectorWordMatch::Canonical;
        return reading;
    }
    const std::string key = sector_word_key(trimmed);
    // The planner's mapping first; a later line for the same word wins, as in a spreadsheet.
    for (auto it = planner_.rbegin(); it != planner_.rend(); ++it) {
        if (it->first == key) {
            reading.sector = it->second;
            reading.match = SectorWordMatch::Planner;
            return reading;
        }
    }
    if (is_documented_sector(trimmed)) {
        reading.sector = trimmed;
        reading.match = SectorWordMatch::Canonical;
        return reading;
    }
    if (const Entry* entry = find_entry(key)) {
        reading = reading_of(*entry);
        if (reading.match == SectorWordMatch::Ambiguous) reading.sector = trimmed;
        return reading;
    }
    reading.sector = trimmed;
    reading.match = SectorWordMatch::Unknown;
    reading.closest = closest_known(key);
    return reading;
}

SectorNormalisation normalise_sectors(Network network, const SectorVocabulary& vocabulary) {
    SectorNormalisation result;
    std::unordered_map<std::string_view, std::size_t> seen;  // word -> index in result.words
    std::vector<std::size_t> word_of(network.actor_count());
    bool changes = false;
    constexpr std::size_t kExamples = 3;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        auto [it, inserted] = seen.emplace(actor.sector, result.words.size());
        if (inserted) {
            SectorWordUse use;
            use.word = actor.sector;
            use.reading = vocabulary.read(actor.sector);
            changes = changes || use.reading.sector != actor.sector;
            result.words.push_back(std::move(use));
        }
        SectorWordUse& use = result.words[it->second];
        ++use.actors;
        if (use.examples.size() < kExamples) use.examples.push_back(actor.id);
        word_of[v] = it->second;
    }
    if (!changes) {
        result.network = std::move(network);
        return result;
    }
    std::vector<std::string> sectors(network.actor_count());
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        sectors[v] = result.words[word_of[v]].reading.sector;
    }
    seen.clear();  // its keys view the old sector strings
    result.network = std::move(network).with_sectors(std::move(sectors));
    return result;
}

}  // namespace coopnet
