#include "io/pajek.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// One whitespace-separated token of a line; a quoted one without its quotes.
struct Token {
    std::string_view text;   ///< as written (inside the quotes when quoted)
    std::size_t column = 0;  ///< 1-based byte column of its first character
    bool quoted = false;
    bool escaped = false;  ///< holds `\"` or `\\`, to be unescaped by value()
};

/// The text of a token: `\"` -> `"` and `\\` -> `\` inside quotes, as shlex reads them.
std::string value(const Token& token) {
    if (!token.escaped) return std::string(token.text);
    std::string out;
    out.reserve(token.text.size());
    for (std::size_t i = 0; i < token.text.size(); ++i) {
        const char c = token.text[i];
        if (c == '\\' && i + 1 < token.text.size() &&
            (token.text[i + 1] == '"' || token.text[i + 1] == '\\')) {
            out += token.text[++i];
        } else {
            out += c;
        }
    }
    return out;
}

/// Splits `line` into tokens; on an unterminated quote returns the column of that quote.
std::optional<std::size_t> tokenize(std::string_view line, std::vector<Token>& tokens) {
    tokens.clear();
    std::size_t i = 0;
    const std::size_t n = line.size();
    while (true) {
        while (i < n && is_blank(line[i])) ++i;
        if (i == n) return std::nullopt;
        Token token;
        token.column = i + 1;
        if (line[i] == '"') {
            token.quoted = true;
            const std::size_t start = ++i;
            while (i < n && line[i] != '"') {
                if (line[i] == '\\' && i + 1 < n && (line[i + 1] == '"' || line[i + 1] == '\\')) {
                    token.escaped = true;
                    ++i;
                }
                ++i;
            }
            if (i == n) return token.column;
            token.text = line.substr(start, i - start);
            ++i;  // the closing quote
        } else {
            const std::size_t start = i;
            while (i < n && !is_blank(line[i])) ++i;
            token.text = line.substr(start, i - start);
        }
        tokens.push_back(token);
    }
}

std::optional<std::uint64_t> parse_count(std::string_view text) {
    std::uint64_t number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    return number;
}

std::optional<double> parse_weight(std::string_view text) {
    double weight = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), weight);
    if (result.ec == std::errc() && result.ptr == text.data() + text.size()) return weight;
    // Slow path for what from_chars refuses: a leading '+', overflow to inf.
    return parse_number(text);
}

/// A third token of a tie line that starts the drawing options rather than a weight.
bool starts_options(const Token& token) {
    if (token.quoted) return true;
    const char c = token.text.front();
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    const std::string lower = to_lower_ascii(token.text);
    return lower != "nan" && lower != "inf" && lower != "infinity";
}

enum class Section { None, Vertices, Edges, Arcs, EdgesList, ArcsList, Matrix, Invalid, Done };

// A tie as read, before the direction and the modes are known (16 + 8 bytes).
struct PendingTie {
    std::uint32_t from = 0;  // 1-based vertex numbers
    std::uint32_t to = 0;
    double weight = 1.0;
    std::uint32_t line = 0;
    std::uint16_t kind = 0;  // index into kinds_ (0: none)
    bool arc = false;
};

class PajekParser {
public:
    explicit PajekParser(std::string file_name) : file_(std::move(file_name)) {}

    void parse(std::string_view text) {
        std::string decoded;
        if (const auto bad = find_invalid_utf8(text)) {
            const auto [line, column] = line_and_column(text, *bad);
            warnings_.push_back({SourceLocation{file_, 0, 0},
                                 "not valid UTF-8 (first at line " + std::to_string(line) +
                                     ", column " + std::to_string(column) +
                                     "); read as Windows-1252. Windows-1250 text (Central "
                                     "European) must be converted to UTF-8 first"});
            decoded = windows1252_to_utf8(text);
            text = decoded;
        }
        size_limit_ = std::max<std::uint64_t>(kVerticesWithoutLimit, text.size());
        std::size_t line_number = 0;
        std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
        while (pos < text.size() && section_ != Section::Done) {
            const void* newline = std::memchr(text.data() + pos, '\n', text.size() - pos);
            const std::size_t end =
                newline != nullptr
                    ? static_cast<std::size_t>(static_cast<const char*>(newline) - text.data())
                    : text.size();
            ++line_number;
            parse_line(text.substr(pos, end - pos), line_number);
            pos = end + 1;
        }
        close_section();
    }

    ReadResult finish();

private:
    static constexpr std::uint64_t kVerticesWithoutLimit = 1'000'000;

    void report(std::size_t line, std::string message, std::size_t column = 0) {
        problems_.push_back({SourceLocation{file_, line, column}, std::move(message)});
    }
    void warn(std::size_t line, std::string message) {
        warnings_.push_back({SourceLocation{file_, line, 0}, std::move(message)});
    }

    void parse_line(std::string_view line, std::size_t number) {
        std::size_t start = 0;
        while (start < line.size() && is_blank(line[start])) ++start;
        if (start == line.size() || line[start] == '%') return;
        if (line[start] == '*') {
            parse_section(line.substr(start), number);
            return;
        }
        if (section_ == Section::Invalid) return;
        if (const auto column = tokenize(line, tokens_)) {
            report(number, "unterminated quoted text", *column);
            return;
        }
        switch (section_) {
            case Section::None:
                report(number,
                       "data before the first section; a Pajek network begins with "
                       "'*Vertices n'");
                section_ = Section::Invalid;
                return;
            case Section::Vertices:
                return parse_vertex(number);
            case Section::Edges:
            case Section::Arcs:
                return parse_tie(number);
            case Section::EdgesList:
            case Section::ArcsList:
                return parse_tie_list(number);
            case Section::Matrix:
                return parse_matrix_row(number);
            case Section::Invalid:
            case Section::Done:
                return;
        }
    }

    void parse_section(std::string_view line, std::size_t number) {
        close_section();
        std::size_t end = 1;
        while (end < line.size() && !is_blank(line[end])) ++end;
        const std::string keyword = to_lower_ascii(line.substr(1, end - 1));
        const std::string_view rest = trim(line.substr(end));
        if (keyword == "network") {
            if (seen_network_ || seen_vertices_) {
                warn(number,
                     "a second network begins here (a project file?); only the first "
                     "is read");
                section_ = Section::Done;
                return;
            }
            seen_network_ = true;
            name_ = std::string(rest);
            if (name_.size() >= 2 && name_.front() == '"' && name_.back() == '"') {
                name_ = name_.substr(1, name_.size() - 2);
            }
            name_line_ = number;
            section_ = Section::None;
            return;
        }
        for (const char* data : {"partition", "vector", "permutation", "cluster", "hierarchy"}) {
            if (keyword == data) {
                warn(number, "'*" + std::string(line.substr(1, end - 1)) +
                                 "' and the rest of the file are no network (a project file?) "
                                 "and are ignored");
                section_ = Section::Done;
                return;
            }
        }
        if (keyword == "vertices") return parse_vertices_line(rest, number);
        Section section = Section::Invalid;
        if (keyword == "edges") section = Section::Edges;
        if (keyword == "arcs") section = Section::Arcs;
        if (keyword == "edgeslist") section = Section::EdgesList;
        if (keyword == "arcslist") section = Section::ArcsList;
        if (keyword == "matrix") section = Section::Matrix;
        if (section == Section::Invalid) {
            report(number, "unknown section '" + std::string(line.substr(0, end)) +
                               "'; expected *Network, *Vertices, *Edges, *Arcs, *Edgeslist, "
                               "*Arcslist or *Matrix");
            section_ = Section::Invalid;
            return;
        }
        if (!seen_vertices_) {
            report(number, "'" + std::string(line.substr(0, end)) +
                               "' before '*Vertices n': the vertices must be declared first");
            section_ = Section::Invalid;
            return;
        }
        section_ = bad_vertices_ ? Section::Invalid : section;
        // An *Arcs line makes the network directed even when no arc follows.
        if (section == Section::Arcs || section == Section::ArcsList ||
            section == Section::Matrix) {
            any_arc_ = true;
        }
        kind_ = relation_kind(rest, number);
        if (section == Section::Matrix) {
            matrix_line_ = number;
            matrix_cells_ = 0;
        }
    }

    // `:2 "advice"` (a relation number and name) after *Edges/*Arcs/*Matrix: the tie kind.
    std::uint16_t relation_kind(std::string_view rest, std::size_t number) {
        if (rest.empty()) return 0;
        if (const auto column = tokenize(rest, tokens_)) {
            report(number, "unterminated quoted text", *column);
            return 0;
        }
        std::string name;
        for (const Token& token : tokens_) {
            if (!token.quoted && token.text.front() == ':') {
                if (name.empty()) name = std::string(token.text.substr(1));
            } else {
                name = value(token);
            }
        }
        if (name.empty()) return 0;
        const auto found = std::find(kinds_.begin(), kinds_.end(), name);
        if (found != kinds_.end()) return static_cast<std::uint16_t>(found - kinds_.begin());
        if (kinds_.size() == std::numeric_limits<std::uint16_t>::max()) {
            report(number, "too many relations");
            return 0;
        }
        kinds_.push_back(std::move(name));
        return static_cast<std::uint16_t>(kinds_.size() - 1);
    }

    void parse_vertices_line(std::string_view rest, std::size_t number) {
        if (seen_vertices_) {
            report(number, "a second '*Vertices' line; a network declares its vertices once");
            section_ = Section::Invalid;
            return;
        }
        seen_vertices_ = true;
        section_ = Section::Invalid;
        // Until the count is good, the ties cannot be checked: their sections are skipped.
        bad_vertices_ = true;
        tokenize(rest, tokens_);
        if (tokens_.empty()) {
            report(number, "'*Vertices' without the number of vertices");
            return;
        }
        const auto count = parse_count(tokens_[0].text);
        if (!count) {
            report(number, "vertex count '" + std::string(tokens_[0].text) +
                               "' is not a whole number >= 0");
            return;
        }
        if (*count > size_limit_ || *count > std::numeric_limits<std::uint32_t>::max() - 1) {
            report(number, "vertex count " + std::to_string(*count) +
                               " is above both 1000000 and the file's size in bytes; "
                               "coopnet refuses it as implausible");
            return;
        }
        std::uint64_t first_mode = 0;
        if (tokens_.size() >= 2) {
            const auto mode = parse_count(tokens_[1].text);
            if (!mode || *mode > *count) {
                report(number, "first-mode count '" + std::string(tokens_[1].text) +
                                   "' is not a whole number between 0 and " +
                                   std::to_string(*count));
                return;
            }
            first_mode = *mode;
        }
        if (tokens_.size() > 2) {
            report(number,
                   "'*Vertices' takes one or two counts, not " + std::to_string(tokens_.size()));
            return;
        }
        bad_vertices_ = false;
        vertex_count_ = static_cast<std::uint32_t>(*count);
        first_mode_ = static_cast<std::uint32_t>(first_mode);
        labels_.assign(vertex_count_, {});
        vertex_lines_.assign(vertex_count_, 0);
        section_ = Section::Vertices;
    }

    // A vertex number in 1..n, or nothing (reported).
    std::optional<std::uint32_t> vertex(const Token& token, std::size_t number) {
        const auto value = token.quoted ? std::nullopt : parse_count(token.text);
        if (!value) {
            report(number, "'" + std::string(token.text) + "' is not a vertex number",
                   token.column);
            return std::nullopt;
        }
        if (*value == 0 || *value > vertex_count_) {
            report(number,
                   "vertex " + std::string(token.text) + " is not declared (*Vertices " +
                       std::to_string(vertex_count_) + ": vertices are numbered 1 to " +
                       std::to_string(vertex_count_) + ")",
                   token.column);
            return std::nullopt;
        }
        return static_cast<std::uint32_t>(*value);
    }

    void parse_vertex(std::size_t number) {
        const auto v = vertex(tokens_[0], number);
        if (!v) return;
        if (vertex_lines_[*v - 1] != 0) {
            report(number, "vertex " + std::to_string(*v) + " is given twice (first on line " +
                               std::to_string(vertex_lines_[*v - 1]) + ")");
            return;
        }
        vertex_lines_[*v - 1] = static_cast<std::uint32_t>(number);
        if (tokens_.size() >= 2) labels_[*v - 1] = value(tokens_[1]);
        if (tokens_.size() > 2 && options_line_ == 0) options_line_ = number;
    }

    void add_tie(std::uint32_t from, std::uint32_t to, double weight, std::size_t number,
                 bool arc) {
        ties_.push_back({from, to, weight, static_cast<std::uint32_t>(number), kind_, arc});
        if (!arc) any_edge_ = true;
    }

    void parse_tie(std::size_t number) {
        if (tokens_.size() < 2) {
            report(number, "expected 'from to [weight]'");
            return;
        }
        const auto from = vertex(tokens_[0], number);
        const auto to = vertex(tokens_[1], number);
        double weight = 1.0;
        bool good = from && to;
        if (tokens_.size() >= 3) {
            const Token& third = tokens_[2];
            if (starts_options(third)) {
                if (options_line_ == 0) options_line_ = number;
            } else {
                const auto parsed = parse_weight(third.text);
                if (!parsed) {
                    report(number, "weight '" + std::string(third.text) + "' is not a number",
                           third.column);
                    good = false;
                } else if (!std::isfinite(*parsed) || *parsed <= 0) {
                    report(number,
                           "weight '" + std::string(third.text) +
                               "' is not a finite number > 0 (coopnet's ties need one)",
                           third.column);
                    good = false;
                } else {
                    weight = *parsed;
                }
                if (tokens_.size() > 3 && options_line_ == 0) options_line_ = number;
            }
        }
        if (good) add_tie(*from, *to, weight, number, section_ == Section::Arcs);
    }

    void parse_tie_list(std::size_t number) {
        const auto from = vertex(tokens_[0], number);
        for (std::size_t i = 1; i < tokens_.size(); ++i) {
            const auto to = vertex(tokens_[i], number);
            if (from && to) add_tie(*from, *to, 1.0, number, section_ == Section::ArcsList);
        }
    }

    // Rows x columns of the matrix: n x n, or n1 x (n - n1) for a two-mode network.
    [[nodiscard]] std::uint64_t matrix_rows() const {
        return two_mode() ? first_mode_ : vertex_count_;
    }
    [[nodiscard]] std::uint64_t matrix_columns() const {
        return two_mode() ? vertex_count_ - first_mode_ : vertex_count_;
    }
    [[nodiscard]] bool two_mode() const { return first_mode_ > 0 && first_mode_ < vertex_count_; }

    void parse_matrix_row(std::size_t number) {
        const std::uint64_t cells = matrix_rows() * matrix_columns();
        for (const Token& token : tokens_) {
            if (matrix_cells_ == cells) {
                report(number,
                       "more entries than the " + std::to_string(matrix_rows()) + " x " +
                           std::to_string(matrix_columns()) + " matrix holds",
                       token.column);
                section_ = Section::Invalid;
                return;
            }
            const std::uint64_t cell = matrix_cells_++;
            const auto parsed = token.quoted ? std::nullopt : parse_weight(token.text);
            if (!parsed || !std::isfinite(*parsed) || *parsed < 0) {
                report(number,
                       "matrix entry '" + std::string(token.text) +
                           "' is not a finite number >= 0 (0 is no tie; coopnet's ties need a "
                           "weight > 0)",
                       token.column);
                continue;
            }
            if (*parsed == 0) continue;
            const auto row = static_cast<std::uint32_t>(cell / matrix_columns()) + 1;
            auto column = static_cast<std::uint32_t>(cell % matrix_columns()) + 1;
            if (two_mode()) column += first_mode_;
            add_tie(row, column, *parsed, number, true);
        }
    }

    void close_section() {
        if (section_ != Section::Matrix) return;
        const std::uint64_t cells = matrix_rows() * matrix_columns();
        if (matrix_cells_ < cells) {
            report(matrix_line_, "the matrix has " + std::to_string(matrix_cells_) + " of its " +
                                     std::to_string(matrix_rows()) + " x " +
                                     std::to_string(matrix_columns()) + " entries");
        }
        section_ = Section::Invalid;
    }

    // Unique ids for vertices first..last (1-based, inclusive), in vertex order: the label,
    // else the number; a repeat becomes `LABEL (i)`. Warns once when one had to change.
    std::vector<std::string> make_ids(std::uint32_t first, std::uint32_t last, const char* what);

    std::string file_;
    std::vector<Diagnostic> problems_;
    std::vector<Diagnostic> warnings_;
    std::vector<Token> tokens_;
    Section section_ = Section::None;
    bool seen_network_ = false;
    bool seen_vertices_ = false;
    bool bad_vertices_ = false;
    std::string name_;
    std::size_t name_line_ = 0;
    std::uint64_t size_limit_ = kVerticesWithoutLimit;
    std::uint32_t vertex_count_ = 0;
    std::uint32_t first_mode_ = 0;
    std::vector<std::string> labels_;
    std::vector<std::uint32_t> vertex_lines_;
    std::size_t options_line_ = 0;
    std::vector<std::string> kinds_{std::string()};
    std::uint16_t kind_ = 0;
    std::vector<PendingTie> ties_;
    bool any_arc_ = false;
    bool any_edge_ = false;
    std::size_t matrix_line_ = 0;
    std::uint64_t matrix_cells_ = 0;
};

std::vector<std::string> PajekParser::make_ids(std::uint32_t first, std::uint32_t last,
                                               const char* what) {
    std::vector<std::string> wanted(last - first + 1);
    for (std::uint32_t v = first; v <= last; ++v) {
        const std::string& label = labels_[v - 1];
        wanted[v - first] = label.empty() ? std::to_string(v) : label;
    }
    std::size_t changed = 0;
    std::string example;
    std::vector<std::string> unique(wanted.size());
    std::unordered_map<std::string, std::uint32_t> seen;
    seen.reserve(wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        std::string id = wanted[i];
        if (seen.count(id) != 0) {
            const std::string base = wanted[i] + " (" + std::to_string(first + i) + ")";
            id = base;
            for (int k = 2; seen.count(id) != 0; ++k) id = base + " " + std::to_string(k);
            if (changed++ == 0)
                example = "'" + wanted[i] + "' of vertex " + std::to_string(first + i) +
                          " is now '" + id + "'";
        }
        seen.emplace(id, static_cast<std::uint32_t>(first + i));
        unique[i] = std::move(id);
    }
    if (changed > 0) {
        warn(0, std::to_string(changed) + " " + what +
                    " label(s) repeat an earlier id and were made unique (" + example +
                    "); the label is kept as the actor's label");
    }
    return unique;
}

ReadResult PajekParser::finish() {
    if (!problems_.empty()) throw InputError(problems_);
    if (!seen_vertices_) {
        if (seen_network_)
            throw InputError(SourceLocation{file_, name_line_, 0}, "no '*Vertices n' line follows");
        // An empty file (or only comments) is the empty network.
    }
    NetworkBuilder builder;
    builder.set_name(name_, SourceLocation{file_, name_line_, 0});
    if (options_line_ != 0) {
        warn(options_line_,
             "vertex coordinates, shapes and drawing options are ignored "
             "(first here)");
    }

    // Two-mode: memberships when every tie joins the modes.
    bool memberships = two_mode();
    if (memberships) {
        for (const PendingTie& tie : ties_) {
            if ((tie.from <= first_mode_) == (tie.to <= first_mode_)) {
                warn(tie.line, "a two-mode network (*Vertices " + std::to_string(vertex_count_) +
                                   " " + std::to_string(first_mode_) +
                                   ") with a tie inside one "
                                   "mode: read as one-mode, all vertices actors, no projects");
                memberships = false;
                break;
            }
        }
    }
    const std::uint32_t actor_count = memberships ? first_mode_ : vertex_count_;
    builder.reserve(actor_count, memberships ? 0 : ties_.size() * (any_edge_ && any_arc_ ? 2 : 1));
    SourceLocation where{file_, 0, 0};
    const std::vector<std::string> ids =
        actor_count > 0 ? make_ids(1, actor_count, "vertex") : std::vector<std::string>{};
    for (std::uint32_t v = 1; v <= actor_count; ++v) {
        where.line = vertex_lines_[v - 1];
        Actor actor;
        actor.id = ids[v - 1];
        if (actor.id != labels_[v - 1] && !labels_[v - 1].empty()) actor.label = labels_[v - 1];
        builder.add_actor(std::move(actor), where);
    }

    if (memberships) {
        const std::vector<std::string> projects =
            make_ids(first_mode_ + 1, vertex_count_, "project");
        for (std::uint32_t v = first_mode_ + 1; v <= vertex_count_; ++v) {
            ProjectRecord project;
            project.id = projects[v - first_mode_ - 1];
            if (project.id != labels_[v - 1]) project.label = labels_[v - 1];
            builder.add_project(std::move(project), SourceLocation{file_, vertex_lines_[v - 1], 0});
        }
        std::size_t weighted = 0;
        for (const PendingTie& tie : ties_) {
            const bool actor_first = tie.from <= first_mode_;
            const std::uint32_t actor = actor_first ? tie.from : tie.to;
            const std::uint32_t project = actor_first ? tie.to : tie.from;
            if (tie.weight != 1.0 || tie.kind != 0) ++weighted;
            builder.add_membership(projects[project - first_mode_ - 1], ids[actor - 1],
                                   SourceLocation{file_, tie.line, 0});
        }
        if (weighted > 0) {
            warn(0, "two-mode network read as actors and projects: " + std::to_string(weighted) +
                        " membership line(s) with a weight other than 1 or a relation name; "
                        "memberships have neither");
        }
    } else {
        const bool directed = any_arc_;
        builder.set_directed(directed);
        if (any_arc_ && any_edge_) {
            warn(0,
                 "the file has both edges and arcs: read as a directed network in which "
                 "each edge is two arcs");
        }
        std::vector<SharedString> kinds(kinds_.begin(), kinds_.end());
        kinds[0] = SharedString();
        for (const PendingTie& tie : ties_) {
            where.line = tie.line;
            Tie out;
            out.source = tie.from - 1;
            out.target = tie.to - 1;
            out.weight = tie.weight;
            out.kind = kinds[tie.kind];
            if (directed && !tie.arc && tie.from != tie.to) {
                Tie back = out;
                std::swap(back.source, back.target);
                builder.add_resolved_tie(std::move(out), where);
                builder.add_resolved_tie(std::move(back), where);
            } else {
                builder.add_resolved_tie(std::move(out), where);
            }
        }
    }
    ReadResult result;
    result.network = builder.build();
    result.warnings = std::move(warnings_);
    return result;
}

/// Whether the character at `i` of an id is written with a backslash before it: a `"`, and
/// a `\` that precedes `"` or `\` or ends the id (elsewhere shlex and igraph keep it as is).
bool escaped_at(std::string_view id, std::size_t i) {
    return id[i] == '"' ||
           (id[i] == '\\' && (i + 1 == id.size() || id[i + 1] == '"' || id[i + 1] == '\\'));
}

/// Appends `id` quoted, escaping as the file header says; true when it escaped anything.
bool append_quoted(std::string& out, std::string_view id) {
    bool escaped = false;
    out += '"';
    for (std::size_t i = 0; i < id.size(); ++i) {
        if (escaped_at(id, i)) {
            out += '\\';
            escaped = true;
        }
        out += id[i];
    }
    out += '"';
    return escaped;
}

}  // namespace

ReadResult parse_pajek(std::string_view text, const std::string& file_name) {
    PajekParser parser(file_name);
    parser.parse(text);
    return parser.finish();
}

ReadResult read_pajek(const std::filesystem::path& path) {
    PajekParser parser(path.string());
    {
        // Mapped, not copied (as edge lists); unmapped before the build, the peak of the load.
        const detail::FileBytes text(path);
        parser.parse(text.view());
    }
    return parser.finish();
}

std::vector<std::string> write_pajek(const Network& network, std::ostream& out) {
    std::vector<std::string> warnings;
    // One line at a time into `line`, reused; the stream buffers.
    std::string line;
    const auto emit = [&] {
        line += '\n';
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
        line.clear();
    };
    const std::string& name = network.name();
    if (!name.empty()) {
        if (name.find_first_of("\r\n") != std::string::npos || trim(name) != name) {
            warnings.push_back(
                "pajek: the network name is not written (a '*Network' line "
                "holds one line without blanks at its ends)");
        } else {
            line = "*Network " + name;
            emit();
        }
    }
    line = "*Vertices " + std::to_string(network.actor_count());
    emit();
    std::size_t labels = 0, sectors = 0, attributes = 0, escaped = 0;
    std::string escaped_example;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        if (!actor.label.empty() && actor.label != actor.id) ++labels;
        if (actor.sector != kDefaultSector) ++sectors;
        if (!actor.attributes.empty()) ++attributes;
        line = std::to_string(v + 1) + ' ';
        if (append_quoted(line, actor.id) && escaped++ == 0) escaped_example = actor.id;
        emit();
    }
    line = network.directed() ? "*Arcs" : "*Edges";
    emit();
    std::size_t kinds = 0, periods = 0, tie_attributes = 0;
    for (const TieRef& tie : network.ties()) {
        if (!tie.kind.empty()) ++kinds;
        if (tie.period != Period{}) ++periods;
        if (!tie.attributes.empty()) ++tie_attributes;
        line = std::to_string(tie.source + 1) + ' ' + std::to_string(tie.target + 1) + ' ' +
               format_number(tie.weight);
        emit();
    }
    if (!out) throw OutputError("writing the Pajek file failed");
    const auto lost = [&](std::size_t count, const char* what, const char* owners) {
        if (count > 0) {
            warnings.push_back(std::string("pajek cannot hold ") + what + ": left out for " +
                               std::to_string(count) + " " + owners);
        }
    };
    lost(labels, "actor labels (the vertex label is the actor id)", "actor(s)");
    lost(sectors, "sectors", "actor(s)");
    lost(attributes, "actor attributes", "actor(s)");
    lost(kinds, "tie kinds", "tie(s)");
    lost(periods, "tie periods", "tie(s)");
    lost(tie_attributes, "tie attributes", "tie(s)");
    if (escaped > 0) {
        warnings.push_back("pajek: " + std::to_string(escaped) +
                           " actor id(s) with '\"' or '\\' written with backslash escapes (e.g. " +
                           escaped_example +
                           "): coopnet and networkx read them back; igraph reads such a label "
                           "as written, quotes and backslashes included");
    }
    return warnings;
}

}  // namespace coopnet
