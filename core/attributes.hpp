// Free attributes of actors, ties and projects: a name mapped to text or a number.
// Kept in name order so that every writer emits them deterministically.
#pragma once

#include <map>
#include <string>
#include <variant>

namespace coopnet {

/// Text stays text exactly as written ("04317" stays "04317"); numbers come only from
/// formats that type them (JSON numbers, GraphML attr.type double/int).
using AttributeValue = std::variant<std::string, double>;
using Attributes = std::map<std::string, AttributeValue, std::less<>>;

/// The value as text: strings unchanged, numbers in shortest round-trip form.
std::string attribute_text(const AttributeValue& value);

}  // namespace coopnet
