// Graphviz cgraph plumbing shared by io (the DOT reader and writer) and viz (maps): the
// one process-wide lock, captured error messages, RAII handles and a string output
// discipline. The library coopnet_cgraph, internal to coopnet: io and viz link it, and no
// public header of theirs includes it.
//
// cgraph keeps global state (the error function and level, the lexer and its line count,
// the string pool of a graph being parsed), so every use of Graphviz in the process, reading
// or drawing, must hold `cgraph_mutex()`.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace coopnet::detail {

/// The lock around every use of Graphviz (cgraph and gvc) in the process.
std::mutex& cgraph_mutex();

/// Routes Graphviz's messages (errors and warnings, each as cgraph formats it, e.g.
/// "Warning: ...\n") into `sink` for its lifetime, then restores the previous error
/// function and level. Create it with cgraph_mutex() held. It resets cgraph's record of
/// the worst level reported (agreseterrors), so that error_reported() speaks of its own
/// lifetime only.
class CgraphErrorCapture {
public:
    explicit CgraphErrorCapture(std::string& sink);
    ~CgraphErrorCapture();
    CgraphErrorCapture(const CgraphErrorCapture&) = delete;
    CgraphErrorCapture& operator=(const CgraphErrorCapture&) = delete;

    /// Whether Graphviz reported anything at level AGERR (an error, not a warning) since
    /// this capture began: a syntax error, or the parser's "memory exhausted".
    [[nodiscard]] bool error_reported() const noexcept;

private:
    agusererrf previous_function_;
    agerrlevel_t previous_level_;
    std::string* previous_sink_;
};

struct GraphCloser {
    void operator()(Agraph_t* graph) const noexcept { agclose(graph); }
};
/// An open cgraph graph, closed with agclose.
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

/// A mutable NUL-terminated copy of a text, for cgraph functions that take `char*` but
/// only read it.
class CString {
public:
    explicit CString(std::string_view text) : text_(text) {}
    char* get() noexcept { return text_.data(); }

private:
    std::string text_;
};

/// A text as a Graphviz escString [1] that cgraph reads back unchanged: `\` becomes `\\`
/// and a line feed `\n`; for node names (ids) and plain attribute values.
/// [1] https://graphviz.org/docs/attr-types/escString/
std::string escape_escstring(std::string_view text);

/// The inverse of escape_escstring(): `\\` -> `\`, `\n` -> line feed, any other sequence
/// kept as written.
std::string unescape_escstring(std::string_view text);

/// The cgraph discipline whose writer appends to the std::string passed to agwrite as
/// its channel (never throws across the C boundary). Its ID discipline numbers named
/// objects in creation order, so that what cgraph orders by ID (subgraphs, and nodes and
/// edges met through them) comes out the same on every run.
Agdisc_t* string_output_discipline();

}  // namespace coopnet::detail
