#include "io/dot.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/cgraph/plumbing.hpp"
#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace {

constexpr std::string_view kAttributePrefix = "coopnet_attr:";
const std::set<std::string_view> kReservedNodeNames = {"label", "sector"};
const std::set<std::string_view> kReservedEdgeNames = {"weight", "kind", "since", "until"};

using detail::CgraphErrorCapture;
using detail::CString;
using detail::escape_escstring;
using detail::GraphHandle;
using detail::unescape_escstring;

// ---------------------------------------------------------------------------------------
// Escapes

/// A value as coopnet keeps it: HTML-like strings verbatim, others unescaped.
std::string value_text(const char* value) {
    if (value == nullptr) return {};
    if (aghtmlstr(const_cast<char*>(value))) return value;
    return unescape_escstring(value);
}

/// A finite number as a DOT numeral (`[-]?(.[0-9]+|[0-9]+(.[0-9]*)?)`, no exponent), so
/// that cgraph writes it unquoted: the shortest text that reads back as `value`, in fixed
/// notation (1e-05 as 0.00001). Tie weights are finite (core/network.hpp).
std::string dot_numeral(double value) {
    char text[400];  // DBL_MAX and DBL_TRUE_MIN need about 330 characters in fixed notation
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    if (result.ec != std::errc{}) return format_number(value);
    return std::string(text, result.ptr);
}

std::string written_name(const std::string& name, const std::set<std::string_view>& reserved) {
    if (reserved.count(name) > 0 ||
        std::string_view(name).substr(0, kAttributePrefix.size()) == kAttributePrefix) {
        return std::string(kAttributePrefix) + name;
    }
    return name;
}

std::string read_name(std::string name) {
    if (std::string_view(name).substr(0, kAttributePrefix.size()) == kAttributePrefix) {
        name.erase(0, kAttributePrefix.size());
    }
    return name;
}

// ---------------------------------------------------------------------------------------
// Reading

/// cgraph's message, e.g. "Error: syntax error in line 3 near ';'", as line and text.
Diagnostic syntax_problem(const std::string& file_name, std::string message) {
    for (const std::string_view prefix : {"Error: ", "Warning: "}) {
        if (std::string_view(message).substr(0, prefix.size()) == prefix) {
            message.erase(0, prefix.size());
        }
    }
    std::replace(message.begin(), message.end(), '\n', ' ');
    message = std::string(trim(message));
    std::size_t line = 0;
    constexpr std::string_view kInLine = " in line ";
    const std::size_t at = message.find(kInLine);
    if (at != std::string::npos) {
        std::size_t end = at + kInLine.size();
        while (end < message.size() && message[end] >= '0' && message[end] <= '9') {
            line = line * 10 + static_cast<std::size_t>(message[end] - '0');
            ++end;
        }
        if (end > at + kInLine.size()) message.erase(at, end - at);
    }
    if (message.find("memory exhausted") != std::string::npos) {
        message += " (nested deeper than Graphviz's parser allows)";
    }
    return Diagnostic{SourceLocation{file_name, line, 0}, "DOT: " + message};
}

struct ParsedGraph {
    GraphHandle graph;
    std::string messages;  ///< cgraph's messages from the parse
    bool failed = false;   ///< cgraph reported an error: no graph, or a partial one
    std::string tail_messages;  ///< cgraph's messages from the text after the first graph
    bool tail_failed = false;   ///< ... and whether one was an error
    bool more_graphs = false;
};

/// Parses the first graph of `text` with cgraph. Holds the cgraph lock throughout.
ParsedGraph parse_with_cgraph(const std::string& text) {
    ParsedGraph parsed;
    {
        CgraphErrorCapture capture(parsed.messages);
        agsetfile(nullptr);  // no file name in messages; line numbers restart at 1
        parsed.graph.reset(agmemread(text.c_str()));
        // A parser limit ("memory exhausted": nesting deeper than bison's stack) leaves a
        // partial graph behind: only the error level tells.
        parsed.failed = capture.error_reported();
    }
    // cgraph's lexer keeps what follows the first graph buffered and would hand it to the
    // next read (with a skewed line count): consume it here.
    CgraphErrorCapture capture(parsed.tail_messages);
    for (;;) {
        Agraph_t* extra = agmemread("");
        if (extra == nullptr) break;
        agclose(extra);
        parsed.more_graphs = true;
    }
    parsed.tail_failed = capture.error_reported();
    if (!parsed.tail_messages.empty()) parsed.more_graphs = true;
    agsetfile(nullptr);
    return parsed;
}

/// The text of a DOT quoted string as cgraph's lexer and unescape_escstring() make it:
/// `\"` is a quote, a `\` before a line break joins the lines.
std::string quoted_text(std::string_view raw) {
    std::string text;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == '"' || raw[i + 1] == '\n')) {
            if (raw[i + 1] == '"') text += '"';
            ++i;
        } else if (raw[i] == '\\' && raw.substr(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            text += raw[i];
        }
    }
    return unescape_escstring(text);
}

/// The line of each quoted string of DOT `text` that holds a tab or line break once read
/// (the only control characters DOT text may hold): the node names that the builder
/// refuses, which cgraph does not locate. Comments and HTML strings are skipped; a
/// string concatenated with `+` is not found. Complexity O(length).
std::map<std::string, std::size_t, std::less<>> lines_of_strings_with_breaks(
    std::string_view text) {
    std::map<std::string, std::size_t, std::less<>> lines;
    std::size_t line = 1;
    const auto skip_to = [&](std::size_t from, std::size_t to) {
        line += static_cast<std::size_t>(std::count(
            text.begin() + static_cast<std::ptrdiff_t>(from),
            text.begin() + static_cast<std::ptrdiff_t>(std::min(to, text.size())), '\n'));
        return to;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool line_start = i == 0 || text[i - 1] == '\n';
        if (text.substr(i, 2) == "//" || (c == '#' && line_start)) {
            i = text.find('\n', i);
            if (i == std::string_view::npos) break;
        } else if (text.substr(i, 2) == "/*") {
            const std::size_t end = text.find("*/", i + 2);
            i = skip_to(i, end == std::string_view::npos ? text.size() : end + 2);
        } else if (c == '<') {
            std::size_t depth = 0;
            std::size_t end = i;
            for (; end < text.size(); ++end) {
                if (text[end] == '<') ++depth;
                if (text[end] == '>' && --depth == 0) break;
            }
            i = skip_to(i, end + 1);
        } else if (c == '"') {
            std::size_t end = i + 1;
            while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
            const std::size_t start_line = line;
            const std::string read = quoted_text(text.substr(i + 1, end - i - 1));
            if (find_control_character(read, ControlCharacters::None)) {
                lines.emplace(read, start_line);
            }
            i = skip_to(i, end + 1);
        } else {
            if (c == '\n') ++line;
            ++i;
        }
    }
    return lines;
}

class DotReader {
public:
    DotReader(std::string_view text, const std::string& file_name)
        : text_(text), file_(file_name) {}

    ReadResult read() {
        if (const auto bad = find_invalid_utf8(text_)) {
            const auto [line, column] = line_and_column(text_, *bad);
            throw InputError(SourceLocation{file_, line, column}, "invalid UTF-8 byte sequence");
        }
        // Ids hold no control character, other text only tab and line breaks (see
        // core/network.hpp); in DOT text, comments included, the rest is refused here.
        if (const auto control =
                find_control_character(text_, ControlCharacters::TabAndLineBreaks)) {
            const auto [line, column] = line_and_column(text_, control->offset);
            throw InputError(SourceLocation{file_, line, column},
                             "control character " + code_point_name(control->code) +
                                 " in DOT text (only tab and line breaks are allowed)");
        }
        // cgraph does not know the UTF-8 byte order mark that Windows editors write.
        const std::string text(text_.substr(0, 3) == "\xEF\xBB\xBF" ? text_.substr(3) : text_);
        std::lock_guard<std::mutex> lock(detail::cgraph_mutex());
        ParsedGraph parsed = parse_with_cgraph(text);
        if (!parsed.graph || parsed.failed) {
            if (parsed.messages.empty()) {
                throw InputError(SourceLocation{file_}, "no DOT graph found");
            }
            throw InputError({syntax_problem(file_, parsed.messages)});
        }
        if (parsed.tail_failed) {
            Diagnostic problem = syntax_problem(file_, parsed.tail_messages);
            problem.message += " (after the first graph)";
            throw InputError({std::move(problem)});
        }
        // What is left are Graphviz's warnings, which lose nothing of the graph.
        if (!parsed.messages.empty()) {
            warnings_.push_back(syntax_problem(file_, parsed.messages));
        }
        if (parsed.more_graphs) {
            warnings_.push_back(
                {SourceLocation{file_}, "only the first graph of the file is read"});
        }
        Agraph_t* graph = parsed.graph.get();
        if (agisstrict(graph)) {
            warnings_.push_back({SourceLocation{file_},
                                 "strict graph: Graphviz merged its repeated edges while reading"});
        }
        builder_.set_directed(agisdirected(graph) != 0);
        const char* name = agnameof(graph);
        // cgraph names anonymous graphs internally with a leading '%'.
        if (name != nullptr && name[0] != '%') {
            builder_.set_name(unescape_escstring(name), SourceLocation{file_});
        }
        read_nodes(graph);
        read_edges(graph);
        ReadResult result;
        result.network = builder_.build();
        result.warnings = std::move(warnings_);
        return result;
    }

private:
    static std::vector<Agsym_t*> symbols(Agraph_t* graph, int kind) {
        std::vector<Agsym_t*> found;
        for (Agsym_t* sym = agnxtattr(graph, kind, nullptr); sym != nullptr;
             sym = agnxtattr(graph, kind, sym)) {
            found.push_back(sym);
        }
        return found;
    }

    void read_nodes(Agraph_t* graph) {
        const std::vector<Agsym_t*> node_symbols = symbols(graph, AGNODE);
        for (Agnode_t* node = agfstnode(graph); node != nullptr; node = agnxtnode(graph, node)) {
            Actor actor;
            actor.id = unescape_escstring(agnameof(node));
            for (Agsym_t* sym : node_symbols) {
                const char* raw = agxget(node, sym);
                if (raw == nullptr || raw[0] == '\0') continue;
                const std::string_view name = sym->name;
                if (name == "label") {
                    if (std::string_view(raw) != "\\N") actor.label = value_text(raw);
                } else if (name == "sector") {
                    actor.sector = value_text(raw);
                } else {
                    actor.attributes[read_name(sym->name)] = value_text(raw);
                }
            }
            SourceLocation where = where_named(actor.id);
            builder_.add_actor(std::move(actor), std::move(where));
        }
    }

    /// Where a node is named: the file, and the line when its name holds a control
    /// character (which the builder refuses; cgraph keeps no lines of nodes).
    SourceLocation where_named(const std::string& id) {
        SourceLocation where{file_};
        if (!find_control_character(id, ControlCharacters::None)) return where;
        if (!lines_of_breaks_) lines_of_breaks_ = lines_of_strings_with_breaks(text_);
        if (const auto found = lines_of_breaks_->find(id); found != lines_of_breaks_->end()) {
            where.line = found->second;
        }
        return where;
    }

    void read_edges(Agraph_t* graph) {
        std::vector<Agedge_t*> edges;
        for (Agnode_t* node = agfstnode(graph); node != nullptr; node = agnxtnode(graph, node)) {
            for (Agedge_t* edge = agfstout(graph, node); edge != nullptr;
                 edge = agnxtout(graph, edge)) {
                edges.push_back(edge);
            }
        }
        // Sequence numbers count edges in the order the parser met them: file order.
        std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) {
            return static_cast<std::uint64_t>(AGSEQ(a)) < static_cast<std::uint64_t>(AGSEQ(b));
        });
        const std::vector<Agsym_t*> edge_symbols = symbols(graph, AGEDGE);
        const std::string arrow = agisdirected(graph) ? " -> " : " -- ";
        for (Agedge_t* edge : edges) {
            TieRecord tie;
            tie.source = unescape_escstring(agnameof(agtail(edge)));
            tie.target = unescape_escstring(agnameof(aghead(edge)));
            const std::string what = "edge '" + tie.source + "'" + arrow + "'" + tie.target + "'";
            for (Agsym_t* sym : edge_symbols) {
                const char* raw = agxget(edge, sym);
                if (raw == nullptr || raw[0] == '\0') continue;
                const std::string_view name = sym->name;
                const std::string value = value_text(raw);
                if (name == "weight") {
                    const std::optional<double> weight = parse_number(value);
                    if (!weight || !std::isfinite(*weight) || *weight <= 0) {
                        builder_.report(SourceLocation{file_}, what + ": weight '" + value +
                                                                   "' is not a finite number > 0");
                    } else {
                        tie.weight = *weight;
                    }
                } else if (name == "kind") {
                    tie.kind = value;
                } else if (name == "since" || name == "until") {
                    const auto date = PartialDate::parse(value);
                    if (!date) {
                        builder_.report(SourceLocation{file_},
                                        what + ": " + std::string(name) + " '" + value +
                                            "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                    }
                    (name == "since" ? tie.period.since : tie.period.until) = date;
                } else {
                    tie.attributes[read_name(sym->name)] = value;
                }
            }
            builder_.add_tie(std::move(tie), SourceLocation{file_});
        }
    }

    std::string_view text_;
    const std::string& file_;
    std::optional<std::map<std::string, std::size_t, std::less<>>> lines_of_breaks_;
    NetworkBuilder builder_;
    std::vector<Diagnostic> warnings_;
};

// ---------------------------------------------------------------------------------------
// Writing

void declare(Agraph_t* graph, int kind, const std::string& name, const char* fallback) {
    CString name_text(name);
    CString default_text(fallback);
    agattr(graph, kind, name_text.get(), default_text.get());
}

void set_value(void* object, Agsym_t* sym, std::string_view text) {
    CString value(escape_escstring(text));
    agxset(object, sym, value.get());
}

Agsym_t* symbol(Agraph_t* graph, int kind, const std::string& name) {
    CString name_text(name);
    return agattr(graph, kind, name_text.get(), nullptr);
}

}  // namespace

ReadResult parse_dot(std::string_view text, const std::string& file_name) {
    return DotReader(text, file_name).read();
}

ReadResult read_dot(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_dot(text, path.string());
}

void write_dot(const Network& network, std::ostream& out) {
    std::string output;
    std::string messages;
    {
        std::lock_guard<std::mutex> lock(detail::cgraph_mutex());
        CgraphErrorCapture capture(messages);
        CString name(escape_escstring(network.name()));
        GraphHandle graph(agopen(name.get(), network.directed() ? Agdirected : Agundirected,
                                 detail::string_output_discipline()));
        if (!graph) throw OutputError("Graphviz could not create a graph for DOT output");
        Agraph_t* g = graph.get();

        std::set<std::string> node_names;
        std::set<std::string> edge_names;
        for (const Actor& actor : network.actors()) {
            for (const auto& [key, value] : actor.attributes) {
                node_names.insert(written_name(key, kReservedNodeNames));
            }
        }
        for (const TieRef& tie : network.ties()) {
            for (const auto& [key, value] : tie.attributes) {
                edge_names.insert(written_name(key, kReservedEdgeNames));
            }
        }
        declare(g, AGNODE, "label", "");
        declare(g, AGNODE, "sector", "");
        for (const std::string& key : node_names) declare(g, AGNODE, key, "");
        // No default: every edge carries its own weight (pygraphviz and networkx see
        // only what an edge says, not the graph's `edge [weight=1]`).
        declare(g, AGEDGE, "weight", "");
        declare(g, AGEDGE, "kind", "");
        declare(g, AGEDGE, "since", "");
        declare(g, AGEDGE, "until", "");
        for (const std::string& key : edge_names) declare(g, AGEDGE, key, "");
        Agsym_t* label = symbol(g, AGNODE, "label");
        Agsym_t* sector = symbol(g, AGNODE, "sector");
        Agsym_t* weight = symbol(g, AGEDGE, "weight");
        Agsym_t* kind = symbol(g, AGEDGE, "kind");
        Agsym_t* since = symbol(g, AGEDGE, "since");
        Agsym_t* until = symbol(g, AGEDGE, "until");

        // Nodes inside one subgraph are written in creation order; at the root cgraph would
        // write a node where it first meets it as the head of an edge.
        Agraph_t* actors = nullptr;
        if (network.actor_count() > 0) {
            CString subgraph_name("actors");
            actors = agsubg(g, subgraph_name.get(), 1);
        }
        std::vector<Agnode_t*> nodes;
        nodes.reserve(network.actor_count());
        for (const Actor& actor : network.actors()) {
            CString id(escape_escstring(actor.id));
            Agnode_t* node = agnode(g, id.get(), 1);
            agsubnode(actors, node, 1);
            if (!actor.label.empty()) set_value(node, label, actor.label);
            set_value(node, sector, actor.sector);
            for (const auto& [key, value] : actor.attributes) {
                set_value(node, symbol(g, AGNODE, written_name(key, kReservedNodeNames)),
                          attribute_text(value));
            }
            nodes.push_back(node);
        }
        for (const TieRef& tie : network.ties()) {
            Agedge_t* edge = agedge(g, nodes[tie.source], nodes[tie.target], nullptr, 1);
            if (edge == nullptr) throw OutputError("Graphviz refused an edge for DOT output");
            set_value(edge, weight, dot_numeral(tie.weight));
            if (!tie.kind.empty()) set_value(edge, kind, tie.kind);
            if (tie.period.since) set_value(edge, since, tie.period.since->to_string());
            if (tie.period.until) set_value(edge, until, tie.period.until->to_string());
            for (const auto& [key, value] : tie.attributes) {
                set_value(edge, symbol(g, AGEDGE, written_name(key, kReservedEdgeNames)),
                          attribute_text(value));
            }
        }
        if (agwrite(g, &output) != 0) {
            throw OutputError("Graphviz could not write the DOT text: " + messages);
        }
    }
    out.write(output.data(), static_cast<std::streamsize>(output.size()));
    if (!out) throw OutputError("writing the DOT text failed");
}

}  // namespace coopnet
