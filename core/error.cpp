#include "core/error.hpp"

namespace coopnet {

std::string Diagnostic::to_string() const {
    std::string text;
    text.append(where.file);
    if (where.line > 0) {
        text.append(":").append(std::to_string(where.line));
        if (where.column > 0) text.append(":").append(std::to_string(where.column));
    }
    if (!text.empty()) text.append(": ");
    text.append(message);
    return text;
}

namespace {
std::string join_problems(const std::vector<Diagnostic>& problems) {
    std::string text;
    for (const auto& problem : problems) {
        if (!text.empty()) text += '\n';
        text += problem.to_string();
    }
    return text.empty() ? std::string("invalid input") : text;
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> problems)
    : Error(join_problems(problems)), problems_(std::move(problems)) {}

InputError::InputError(SourceLocation where, const std::string& message)
    : InputError(std::vector<Diagnostic>{Diagnostic{std::move(where), message}}) {}

}  // namespace coopnet
