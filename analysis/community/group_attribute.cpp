#include "analysis/community/group_attribute.hpp"

namespace coopnet {

std::string group_name(const Actor& actor, std::string_view attribute) {
    if (attribute == "sector") {
        return actor.sector.empty() ? std::string(kNoGroup) : actor.sector.str();
    }
    const auto found = actor.attributes.find(attribute);
    if (found == actor.attributes.end()) return std::string(kNoGroup);
    std::string text = attribute_text(found->second);
    return text.empty() ? std::string(kNoGroup) : text;
}

}  // namespace coopnet
