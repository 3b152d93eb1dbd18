#include "io/edge_list.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// The comment text after `#`, trimmed, when it is `directed`, `undirected` or
/// `isolated: ID`; what the reader acts on.
struct Directive {
    enum class Kind { None, Directed, Undirected, Isolated } kind = Kind::None;
    std::string_view id;
};

Directive parse_directive(std::string_view comment) {
    comment = trim(comment);
    if (comment == "directed") return {Directive::Kind::Directed, {}};
    if (comment == "undirected") return {Directive::Kind::Undirected, {}};
    constexpr std::string_view kIsolated = "isolated:";
    if (comment.substr(0, kIsolated.size()) == kIsolated) {
        return {Directive::Kind::Isolated, trim(comment.substr(kIsolated.size()))};
    }
    return {};
}

// Feeds the lines of an edge list to a NetworkBuilder: actors on first sight through
// actor_for (one id index, no copies of the ids beyond the actors' own), ties as resolved
// NodeId pairs (no TieRecord and no SourceLocation per tie: the one location below
// carries the file name and is updated per line, and is copied only with a problem).
class EdgeListParser {
public:
    explicit EdgeListParser(const std::string& file_name) : where_{file_name, 0, 0} {}

    /// Parses the whole text; nothing of it is kept afterwards.
    void parse(std::string_view text) {
        if (const auto bad = find_invalid_utf8(text)) {
            const auto [line, column] = line_and_column(text, *bad);
            throw InputError(SourceLocation{where_.file, line, column},
                             "invalid UTF-8 byte sequence");
        }
        // The count of lines sizes the tie table once: ties are at most as many as lines.
        const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
        builder_.reserve(0, lines + 1);
        // Actors: as many as lines holds for every list of average degree 2 or more (beyond
        // it the list grows as usual).
        builder_.reserve_actor_list(lines + 1);
        number_limit_ = 4 * (lines + 1) + 1024;

        std::size_t line_number = 0;
        // A UTF-8 byte order mark (Windows editors write one) is not part of the first id.
        std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (pos < text.size()) {
            const void* newline = std::memchr(text.data() + pos, '\n', text.size() - pos);
            const std::size_t end =
                newline != nullptr
                    ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data())
                    : text.size();
            ++line_number;
            parse_line(text.substr(pos, end - pos), line_number);
            pos = end + 1;
        }
    }

    /// The network; throws InputError listing every problem found.
    ReadResult finish() {
        if (!builder_.problems().empty()) throw InputError(builder_.problems());
        builder_.set_directed(directed_);
        ReadResult result;
        result.network = builder_.build();
        return result;
    }

private:
    void report(std::size_t line, std::string message) {
        builder_.report(SourceLocation{where_.file, line, 0}, std::move(message));
    }

    void parse_comment(std::string_view comment, std::size_t line) {
        const Directive directive = parse_directive(comment);
        switch (directive.kind) {
            case Directive::Kind::None:
                return;
            case Directive::Kind::Directed:
            case Directive::Kind::Undirected:
                if (any_tie_) {
                    report(line,
                           "'# " + std::string(trim(comment)) + "' must come before the first tie");
                    return;
                }
                directed_ = directive.kind == Directive::Kind::Directed;
                return;
            case Directive::Kind::Isolated:
                if (directive.id.empty()) {
                    report(line, "'# isolated:' names no actor");
                    return;
                }
                if (std::find_if(directive.id.begin(), directive.id.end(), is_blank) !=
                    directive.id.end()) {
                    report(line, "'# isolated:' names more than one token: '" +
                                     std::string(directive.id) + "'");
                    return;
                }
                where_.line = line;
                node_for(directive.id);
                return;
        }
    }

    void parse_line(std::string_view line, std::size_t line_number) {
        std::string_view tokens[3];
        std::size_t count = 0;
        std::size_t i = 0;
        const std::size_t n = line.size();
        while (true) {
            while (i < n && is_blank(line[i])) ++i;
            if (i == n) break;
            if (line[i] == '#') {
                // Only a comment on a line of its own can be a directive.
                if (count == 0) parse_comment(line.substr(i + 1), line_number);
                break;
            }
            const std::size_t start = i;
            while (i < n && !is_blank(line[i])) ++i;
            if (count == 3) {
                report(line_number, "more than 3 columns; expected 'source target [weight]'");
                return;
            }
            tokens[count++] = line.substr(start, i - start);
        }
        if (count == 0) return;
        if (count == 1) {
            report(line_number, "only one column ('" + std::string(tokens[0]) +
                                    "'); expected 'source target [weight]'");
            return;
        }
        double weight = 1.0;
        if (count == 3) {
            const std::string_view field = tokens[2];
            const auto result = std::from_chars(field.data(), field.data() + field.size(), weight);
            if (result.ec != std::errc() || result.ptr != field.data() + field.size()) {
                // Slow path for what from_chars refuses: a leading '+', overflow to inf.
                const auto parsed = parse_number(field);
                if (!parsed) {
                    report(line_number, "weight '" + std::string(field) + "' is not a number");
                    return;
                }
                weight = *parsed;
            }
            if (!std::isfinite(weight) || weight <= 0) {
                report(line_number,
                       "weight '" + std::string(field) + "' is not a finite number > 0");
                return;
            }
        }
        where_.line = line_number;
        Tie tie;
        tie.source = node_for(tokens[0]);
        tie.target = node_for(tokens[1]);
        tie.weight = weight;
        builder_.add_resolved_tie(std::move(tie), where_);
        any_tie_ = true;
    }

    /// The value of a canonical decimal id ("0", "17"; not "017", "+1" or "1.0") of at most
    /// 9 digits: two such ids are the same text exactly when their values are equal.
    static std::optional<std::uint32_t> canonical_number(std::string_view id) {
        if (id.empty() || id.size() > 9 || (id[0] == '0' && id.size() > 1)) return std::nullopt;
        std::uint32_t value = 0;
        for (const char c : id) {
            if (c < '0' || c > '9') return std::nullopt;
            value = value * 10 + static_cast<std::uint32_t>(c - '0');
        }
        return value;
    }

    /// The actor named `id`, added on first sight. Integer ids below number_limit_ (the
    /// big edge lists) are looked up by value in a table instead of hashing their text;
    /// every other id goes through the builder's index. An id takes always the same path,
    /// so no actor is added twice.
    NodeId node_for(std::string_view id) {
        const auto number = canonical_number(id);
        if (!number || *number >= number_limit_) return builder_.actor_for(id, where_);
        if (*number >= node_of_number_.size()) {
            node_of_number_.resize(
                std::min<std::size_t>(
                    number_limit_, std::max<std::size_t>(*number + 1, 2 * node_of_number_.size())),
                kUnseen);
        }
        NodeId& node = node_of_number_[*number];
        if (node == kUnseen) node = builder_.add_new_actor(id, where_);
        return node;
    }

    static constexpr NodeId kUnseen = static_cast<NodeId>(-1);
    SourceLocation where_;
    NetworkBuilder builder_;
    std::vector<NodeId> node_of_number_;  ///< actor of each integer id seen, or kUnseen
    std::size_t number_limit_ = 1024;
    bool directed_ = false;
    bool any_tie_ = false;
};

void check_writable_id(const std::string& id) {
    if (id.empty()) throw InvalidArgument("edge list cannot hold an actor with an empty id");
    if (id.front() == '#') {
        throw InvalidArgument("edge list cannot hold actor '" + id +
                              "': an id beginning with '#' would read as a comment");
    }
    if (id.find_first_of(" \t\r\n") != std::string::npos) {
        throw InvalidArgument("edge list cannot hold actor '" + id +
                              "': its id contains white space");
    }
}

}  // namespace

ReadResult parse_edge_list(std::string_view text, const std::string& file_name) {
    EdgeListParser parser(file_name);
    parser.parse(text);
    return parser.finish();
}

ReadResult read_edge_list(const std::filesystem::path& path) {
    EdgeListParser parser(path.string());
    {
        // The text goes before the adjacency is built, the peak of the load.
        const detail::FileBytes text(path);
        parser.parse(text.view());
    }
    return parser.finish();
}

std::vector<std::string> write_edge_list(const Network& network, std::ostream& out,
                                         const EdgeListWriteOptions& options) {
    // Validate everything before the first byte goes out.
    for (const Actor& actor : network.actors()) check_writable_id(actor.id);

    std::string buffer;
    buffer.reserve(1 << 16);
    const auto flush = [&](bool force) {
        if (force || buffer.size() >= (1 << 16) - 256) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    };
    const bool comments = options.comments == EdgeListComments::DirectionAndIsolates;
    if (comments && network.directed()) buffer += "# directed\n";
    std::vector<bool> has_tie(network.actor_count(), false);
    char number[32];
    for (const TieRef& tie : network.ties()) {
        has_tie[tie.source] = true;
        has_tie[tie.target] = true;
        buffer += network.actor(tie.source).id;
        buffer += ' ';
        buffer += network.actor(tie.target).id;
        buffer += ' ';
        if (tie.weight == 1.0) {
            buffer += '1';
        } else {
            const auto result = std::to_chars(number, number + sizeof number, tie.weight);
            buffer.append(number, result.ptr);
        }
        buffer += '\n';
        flush(false);
    }
    std::size_t isolates = 0;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        if (has_tie[v]) continue;
        ++isolates;
        if (!comments) continue;
        buffer += "# isolated: ";
        buffer += network.actor(v).id;
        buffer += '\n';
        flush(false);
    }
    flush(true);
    if (!out) throw OutputError("writing the edge list failed");
    std::vector<std::string> warnings;
    if (!comments && isolates > 0) {
        warnings.push_back("edge list: " + std::to_string(isolates) +
                           " actor(s) without ties left out (--edge-list-comments keeps them "
                           "as '# isolated:' lines, which igraph's Read_Ncol cannot read)");
    }
    if (!comments && network.directed()) {
        warnings.push_back(
            "edge list: the direction is not written (--edge-list-comments writes "
            "'# directed'; igraph's Read_Ncol reads edge lists as directed, networkx's "
            "read_weighted_edgelist as undirected unless given create_using=nx.DiGraph)");
    }
    return warnings;
}

}  // namespace coopnet
