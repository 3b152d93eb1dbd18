// How every JSON output of the CLI (analyze, brokers, gaps, diff, info, qap, compare,
// timeline) is written: indented by two, ending in a newline, and naming the coopnet version
// and commit that computed it, so that a number in a saved file can be traced to its code.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace coopnet::cli {

/// `value` as a JSON number, or null when it is not finite: JSON has no NaN or infinity, and
/// a measure that is undefined (the modularity of a network without ties) reads as null.
nlohmann::ordered_json number_or_null(double value);

/// Writes the object `document` with "coopnet": {"version": "0.7.0", "commit": "1a2b3c4d5e6f"}
/// (core/version.hpp) as its first key, the others in their order.
void write_json(std::ostream& out, const nlohmann::ordered_json& document);

/// An array member written one element at a time and never held whole: the actor table of
/// a million actors takes gigabytes as a JSON tree, and a few hundred bytes per element as
/// text.
struct StreamedArray {
    std::string key;  ///< the member; the document holds it as a placeholder where it goes
    std::size_t size = 0;
    std::function<nlohmann::ordered_json(std::size_t)> element;  ///< element i, 0 <= i < size
};

/// As above, with the member `streamed.key` written element by element; the text is the
/// same as that of the document holding the whole array.
void write_json(std::ostream& out, const nlohmann::ordered_json& document,
                const StreamedArray& streamed);

}  // namespace coopnet::cli
