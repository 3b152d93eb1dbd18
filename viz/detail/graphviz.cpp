#include "viz/detail/graphviz.hpp"

namespace coopnet::detail {

namespace {

// Reachable through this static until exit, so leak checkers do not count it.
GVC_t* g_context = nullptr;

}  // namespace

GVC_t* gvc_context() {
    if (g_context == nullptr) g_context = gvContext();
    return g_context;
}

void abandon_gvc_context() noexcept {
    // Not gvFreeContext: that would bring back the Pango plugin's dangling font name.
    g_context = nullptr;
}

void set_attribute(void* object, std::string_view name, std::string_view value,
                   std::string_view fallback) {
    CString name_text(name);
    CString value_text(value);
    CString fallback_text(fallback);
    agsafeset(object, name_text.get(), value_text.get(), fallback_text.get());
}

void set_html_attribute(Agraph_t* root, void* object, std::string_view name,
                        std::string_view html) {
    CString name_text(name);
    CString empty("");
    const int kind = AGTYPE(object) == AGINEDGE ? AGEDGE : AGTYPE(object);
    Agsym_t* symbol = agattr(root, kind, name_text.get(), nullptr);
    if (symbol == nullptr) symbol = agattr(root, kind, name_text.get(), empty.get());
    CString html_text(html);
    char* shared = agstrdup_html(root, html_text.get());
    agxset(object, symbol, shared);
    agstrfree(root, shared);
}

}  // namespace coopnet::detail
