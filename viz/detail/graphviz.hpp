// Graphviz plumbing for viz on top of io/cgraph/plumbing.hpp (the process-wide lock, error
// capture, graph handles): the one gvc context, rendered data and layouts as RAII handles,
// and attribute setters. Internal to viz (not a public header). Everything here must run
// with `cgraph_mutex()` held.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string_view>

#include "io/cgraph/plumbing.hpp"

namespace coopnet::detail {

/// The process's one gvc context, created on first use with its plugins loaded and never
/// freed. One context rather than one per map: Graphviz 2.42's Pango plugin keeps a
/// pointer to the last font name it was given, which freeing a context leaves dangling
/// for the next one (AddressSanitizer found the read after free).
GVC_t* gvc_context();

/// After a failed layout or render: the context may hold a half-made job (a format
/// whose plugin is missing leaves one), so the next `gvc_context()` starts a fresh one.
/// The old one is left allocated on purpose (see above).
void abandon_gvc_context() noexcept;

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

/// Sets attribute `name` of a graph, node or edge (declaring it with default `fallback`
/// when new) to `value` as a plain string (cgraph quotes it when written).
void set_attribute(void* object, std::string_view name, std::string_view value,
                   std::string_view fallback = "");

/// Sets attribute `name` to an HTML-like string (written as `<...>`); `html` is the text
/// between the outer angle brackets and must already be escaped.
void set_html_attribute(Agraph_t* root, void* object, std::string_view name,
                        std::string_view html);

}  // namespace coopnet::detail
