#include "cli/json_output.hpp"

#include <cmath>
#include <string>
#include <string_view>

#include "core/version.hpp"

namespace coopnet::cli {

namespace {

// `value` as dump(2) writes it, every line after the first indented by `indent` more:
// as it appears nested in a document (a JSON string holds no raw line break).
void write_nested(std::ostream& out, const nlohmann::ordered_json& value, std::size_t indent) {
    const std::string text = value.dump(2);
    std::string line_break(indent + 1, ' ');  // built in place: GCC 12 -Wrestrict on "\n" + …
    line_break[0] = '\n';
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
        out.write(text.data() + start, static_cast<std::streamsize>(end - start));
        out << line_break;
    }
    out.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
}

void write_array(std::ostream& out, const StreamedArray& array) {
    if (array.size == 0) {
        out << "[]";
        return;
    }
    out << "[\n";
    for (std::size_t i = 0; i < array.size; ++i) {
        out << "    ";
        write_nested(out, array.element(i), 4);
        out << (i + 1 < array.size ? ",\n" : "\n");
    }
    out << "  ]";
}

void write_document(std::ostream& out, const nlohmann::ordered_json& document,
                    const StreamedArray* streamed) {
    nlohmann::ordered_json stamp = {{"version", std::string(version())},
                                    {"commit", std::string(build_commit())}};
    out << "{\n  \"coopnet\": ";
    write_nested(out, stamp, 2);
    for (const auto& [key, value] : document.items()) {
        out << ",\n  " << nlohmann::ordered_json(key).dump() << ": ";
        if (streamed && key == streamed->key) {
            write_array(out, *streamed);
        } else {
            write_nested(out, value, 2);
        }
    }
    out << "\n}\n";
}

}  // namespace

nlohmann::ordered_json number_or_null(double value) {
    return std::isfinite(value) ? nlohmann::ordered_json(value) : nlohmann::ordered_json(nullptr);
}

void write_json(std::ostream& out, const nlohmann::ordered_json& document) {
    write_document(out, document, nullptr);
}

void write_json(std::ostream& out, const nlohmann::ordered_json& document,
                const StreamedArray& streamed) {
    write_document(out, document, &streamed);
}

}  // namespace coopnet::cli
