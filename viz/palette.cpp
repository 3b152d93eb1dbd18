#include "viz/palette.hpp"

#include <cmath>
#include <set>

#include "analysis/community/partition.hpp"
#include "core/error.hpp"

namespace coopnet {

namespace {

struct SectorColour {
    std::string_view sector;
    std::string_view colour;
};

constexpr SectorColour kSectorColours[] = {
    {"municipality", "#0072B2"},  {"public_agency", "#56B4E9"}, {"business", "#E69F00"},
    {"foundation", "#009E73"},    {"civil_society", "#F0E442"}, {"religious", "#CC79A7"},
    {"education", "#D55E00"},     {"politics", "#000000"},      {"other", kUncolouredGrey},
};

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// sRGB channel (0..255) to linear light, WCAG 2.1.
double linear_channel(int value) {
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::optional<std::string_view> default_sector_colour(std::string_view sector) {
    for (const SectorColour& entry : kSectorColours) {
        if (entry.sector == sector) return entry.colour;
    }
    return std::nullopt;
}

ActorColours colour_actors(const Network& network, std::string_view attribute) {
    const AttributePartition groups = attribute_partition(network, attribute);
    ActorColours result;
    result.groups = groups.names;
    result.actor_group.assign(groups.partition.community.begin(),
                              groups.partition.community.end());
    result.colours.assign(result.groups.size(), std::string(kUncolouredGrey));

    const bool by_sector = attribute == "sector";
    std::set<std::string_view> used;
    if (by_sector) {
        for (std::size_t g = 0; g < result.groups.size(); ++g) {
            if (const auto fixed = default_sector_colour(result.groups[g])) {
                result.colours[g] = std::string(*fixed);
                used.insert(*fixed);
            }
        }
    }
    std::size_t next = 0;
    for (std::size_t g = 0; g < result.groups.size(); ++g) {
        if (by_sector && default_sector_colour(result.groups[g])) continue;
        if (!by_sector && result.groups[g] == kNoGroup) continue;
        while (next < kOkabeIto.size() && used.count(kOkabeIto[next]) > 0) ++next;
        if (next == kOkabeIto.size()) break;
        result.colours[g] = std::string(kOkabeIto[next]);
        used.insert(kOkabeIto[next]);
    }
    return result;
}

std::vector<std::string> kind_colours(std::size_t kind_count) {
    std::vector<std::string> colours;
    colours.reserve(kind_count);
    for (std::size_t k = 0; k < kind_count; ++k) {
        colours.emplace_back(k < kTolMutedDarkFirst.size() ? kTolMutedDarkFirst[k]
                                                           : kOtherKindGrey);
    }
    return colours;
}

std::string_view contrasting_text_colour(std::string_view background) {
    int channel[3] = {0, 0, 0};
    bool valid = background.size() == 7 && background[0] == '#';
    for (int i = 0; valid && i < 3; ++i) {
        const int high = hex_digit(background[1 + 2 * i]);
        const int low = hex_digit(background[2 + 2 * i]);
        valid = high >= 0 && low >= 0;
        channel[i] = high * 16 + low;
    }
    if (!valid) {
        throw InvalidArgument("expected a colour as #RRGGBB, not '" + std::string(background) +
                              "'");
    }
    const double luminance = 0.2126 * linear_channel(channel[0]) +
                             0.7152 * linear_channel(channel[1]) +
                             0.0722 * linear_channel(channel[2]);
    const double against_black = (luminance + 0.05) / 0.05;
    const double against_white = 1.05 / (luminance + 0.05);
    return against_white > against_black ? "#FFFFFF" : "#000000";
}

}  // namespace coopnet
