// Graphviz plumbing for viz: the process-wide lock, captured error messages, and RAII
// handles for every Graphviz object viz creates. Internal to viz (not a public header).
//
// Graphviz (cgraph and gvc) keeps global state: the error function, the lexer, the
// layout globals. Everything here must run with `graphviz_mutex()` held. io/dot.cpp keeps
// its own lock for its cgraph use; the two must not run at the same time (see
// io/dot.hpp), which the CLI guarantees by running one command at a time.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace coopnet::detail {

/// The lock around every use of Graphviz in viz.
std::mutex& graphviz_mutex();

/// Routes Graphviz's messages (errors and warnings, each as cgraph formats it, e.g.
/// "Warning: ...\n") into `sink` for its lifetime, then restores the previous error
/// function and level. Create it with graphviz_mutex() held.
class GraphvizErrorCapture {
public:
    explicit GraphvizErrorCapture(std::string& sink);
    ~GraphvizErrorCapture();
    GraphvizErrorCapture(const GraphvizErrorCapture&) = delete;
    GraphvizErrorCapture& operator=(const GraphvizErrorCapture&) = delete;

private:
    agusererrf previous_function_;
    agerrlevel_t previous_level_;
};

struct GraphCloser {
    void operator()(Agraph_t* graph) const noexcept { agclose(graph); }
};
/// An open cgraph graph, closed with agclose.
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

struct ContextFreer {
    void operator()(GVC_t* context) const noexcept { gvFreeContext(context); }
};
/// A gvc context, freed with gvFreeContext.
using ContextHandle = std::unique_ptr<GVC_t, ContextFreer>;

struct RenderDataFreer {
    void operator()(char* data) const noexcept { gvFreeRenderData(data); }
};
/// Memory returned by gvRenderData, freed with gvFreeRenderData.
using RenderDataHandle = std::unique_ptr<char, RenderDataFreer>;

/// Frees the layout of a graph (gvFreeLayout) when it goes out of scope.
class LayoutGuard {
public:
    LayoutGuard(GVC_t* context, Agraph_t* graph) noexcept : context_(context), graph_(graph) {}
    ~LayoutGuard() { gvFreeLayout(context_, graph_); }
    LayoutGuard(const LayoutGuard&) = delete;
    LayoutGuard& operator=(const LayoutGuard&) = delete;

private:
    GVC_t* context_;
    Agraph_t* graph_;
};

/// A mutable NUL-terminated copy of a text, for cgraph functions that take `char*` but
/// only read it.
class CString {
public:
    explicit CString(std::string_view text) : text_(text) {}
    char* get() noexcept { return text_.data(); }

private:
    std::string text_;
};

/// The cgraph discipline whose writer appends to the std::string passed to agwrite as
/// its channel (never throws across the C boundary).
Agdisc_t* string_output_discipline();

/// Sets attribute `name` of a graph, node or edge (declaring it with default `fallback`
/// when new) to `value` as a plain string (cgraph quotes it when written).
void set_attribute(void* object, std::string_view name, std::string_view value,
                   std::string_view fallback = "");

/// Sets attribute `name` to an HTML-like string (written as `<...>`); `html` is the text
/// between the outer angle brackets and must already be escaped.
void set_html_attribute(Agraph_t* root, void* object, std::string_view name,
                        std::string_view html);

}  // namespace coopnet::detail
