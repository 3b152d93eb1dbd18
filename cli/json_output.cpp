#include "cli/json_output.hpp"

#include <string>

#include "core/version.hpp"

namespace coopnet::cli {

void write_json(std::ostream& out, const nlohmann::ordered_json& document) {
    nlohmann::ordered_json stamped;
    stamped["coopnet"] = {{"version", std::string(version())},
                          {"commit", std::string(build_commit())}};
    for (const auto& [key, value] : document.items()) stamped[key] = value;
    out << stamped.dump(2) << '\n';
}

}  // namespace coopnet::cli
