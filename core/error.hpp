// The one error hierarchy of coopnet. Readers report problems with the file, line and
// column where they were found; the CLI maps InputError to exit code 2.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace coopnet {

/// Where a problem was found: file, 1-based line and column (0 = unknown).
struct SourceLocation {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
};

/// One problem or warning found in an input, printable as `FILE:LINE:COL: message`.
struct Diagnostic {
    SourceLocation where;
    std::string message;

    /// `FILE:LINE:COL: message`, leaving out the parts that are unknown.
    [[nodiscard]] std::string to_string() const;
};

/// Base of every error coopnet throws on purpose.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A caller passed a value outside the documented domain (bad option, unknown id).
class InvalidArgument : public Error {
public:
    using Error::Error;
};

/// An input file is malformed or inconsistent. Carries every problem found, so that
/// `coopnet validate` can list them all at once; what() joins them one per line.
class InputError : public Error {
public:
    explicit InputError(std::vector<Diagnostic> problems);
    InputError(SourceLocation where, const std::string& message);

    [[nodiscard]] const std::vector<Diagnostic>& problems() const noexcept { return problems_; }

private:
    std::vector<Diagnostic> problems_;
};

/// Writing an output or rendering a map failed (disk full, Graphviz refused a layout).
class OutputError : public Error {
public:
    using Error::Error;
};

}  // namespace coopnet
