#include "viz/detail/graphviz.hpp"

#include <cstdio>

namespace coopnet::detail {

namespace {

// Where the error function writes while a capture is alive (guarded by the mutex).
std::string* g_message_sink = nullptr;

// Called by cgraph (C code): must never let an exception escape.
int capture_message(char* message) {
    try {
        if (g_message_sink != nullptr && message != nullptr) g_message_sink->append(message);
    } catch (...) {
        // Out of memory while keeping a message: drop it; Graphviz still reports failure.
    }
    return 0;
}

// cgraph's writer callback (C code): must never let an exception escape.
int put_string(void* channel, const char* text) {
    try {
        static_cast<std::string*>(channel)->append(text);
        return 0;
    } catch (...) {
        return EOF;
    }
}

int flush_nothing(void*) { return 0; }

}  // namespace

std::mutex& graphviz_mutex() {
    static std::mutex mutex;
    return mutex;
}

GraphvizErrorCapture::GraphvizErrorCapture(std::string& sink)
    : previous_function_(agseterrf(&capture_message)), previous_level_(agseterr(AGWARN)) {
    g_message_sink = &sink;
}

GraphvizErrorCapture::~GraphvizErrorCapture() {
    g_message_sink = nullptr;
    agseterr(previous_level_);
    agseterrf(previous_function_);
}

Agdisc_t* string_output_discipline() {
    static Agiodisc_t io{AgIoDisc.afread, &put_string, &flush_nothing};
    static Agdisc_t discipline{&AgMemDisc, &AgIdDisc, &io};
    return &discipline;
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
