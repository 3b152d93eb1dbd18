#include "io/cgraph/plumbing.hpp"

#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

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

std::mutex& cgraph_mutex() {
    static std::mutex mutex;
    return mutex;
}

CgraphErrorCapture::CgraphErrorCapture(std::string& sink)
    : previous_function_(agseterrf(&capture_message)),
      previous_level_(agseterr(AGWARN)),
      previous_sink_(g_message_sink) {
    g_message_sink = &sink;
    agreseterrors();
}

bool CgraphErrorCapture::error_reported() const noexcept { return agerrors() >= AGERR; }

std::string escape_escstring(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string unescape_escstring(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == 'n')) {
            out += text[i + 1] == 'n' ? '\n' : '\\';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

CgraphErrorCapture::~CgraphErrorCapture() {
    g_message_sink = previous_sink_;
    agseterr(previous_level_);
    agseterrf(previous_function_);
}

namespace {

// cgraph's default ID discipline uses the address of a name's interned string as the ID
// of a named object, and keeps subgraphs ordered by ID: the order of clusters in the DOT
// and SVG then followed the heap. These IDs count up in creation order instead (named
// objects even, anonymous ones odd, as cgraph expects), so the output is deterministic.
// The names are kept as the graph's interned strings (agstrdup): Graphviz 2.42's writer
// asks aghtmlstr() of the name `print` returns, which reads the header that only interned
// strings have (with a plain buffer it read stray bytes and wrote some ids as <html>).
struct SequentialIds {
    Agraph_t* graph = nullptr;
    std::vector<char*> names;  // interned in `graph`, freed on close
    std::unordered_map<std::string, IDTYPE> ids;
    IDTYPE anonymous = 1;
};

void* ids_open(Agraph_t* graph, Agdisc_t*) {
    try {
        auto* ids = new SequentialIds;
        ids->graph = graph;
        return ids;
    } catch (...) {
        return nullptr;
    }
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
    auto* ids = static_cast<SequentialIds*>(state);
    if (name == nullptr) {
        ids->anonymous += 2;
        *id = ids->anonymous;
        return 1;
    }
    try {
        const auto found = ids->ids.find(name);
        if (found != ids->ids.end()) {
            *id = found->second;
            return 1;
        }
        if (!create) {
            *id = 0;  // as the default discipline: an ID no object has
            return 1;
        }
        ids->names.push_back(nullptr);  // the slot first: agstrdup itself cannot throw
        const IDTYPE next = static_cast<IDTYPE>(2 * ids->names.size());
        try {
            ids->ids.emplace(name, next);
        } catch (...) {
            ids->names.pop_back();
            throw;
        }
        ids->names.back() = agstrdup(ids->graph, name);
        *id = next;
        return 1;
    } catch (...) {
        return 0;  // out of memory: cgraph reports the failure
    }
}

long ids_alloc(void*, int, IDTYPE id) { return id % 2 == 0 ? 1 : 0; }

void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
    auto* ids = static_cast<SequentialIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size()) return nullptr;
    return ids->names[id / 2 - 1];
}

// Runs before cgraph closes the graph's string pool.
void ids_close(void* state) {
    auto* ids = static_cast<SequentialIds*>(state);
    for (char* name : ids->names) {
        if (name != nullptr) agstrfree(ids->graph, name);
    }
    delete ids;
}

void ids_register(void*, int, void*) {}

}  // namespace

Agdisc_t* string_output_discipline() {
    static Agiodisc_t io{AgIoDisc.afread, &put_string, &flush_nothing};
    static Agiddisc_t ids{&ids_open,  &ids_map,   &ids_alloc,   &ids_free,
                          &ids_print, &ids_close, &ids_register};
    static Agdisc_t discipline{&AgMemDisc, &ids, &io};
    return &discipline;
}

}  // namespace coopnet::detail
