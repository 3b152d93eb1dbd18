#include "cli/manual_page.hpp"

#include <string>
#include <string_view>

#include "core/text.hpp"
#include "core/version.hpp"

namespace coopnet::cli {

namespace {

// Text for roff: a backslash is \e, every '-' is \- (an ASCII hyphen-minus that one can copy
// into a shell, not a typographic hyphen), and a line that would start with '.' or '\'' is
// not read as a request.
std::string roff(std::string_view text) {
    std::string out;
    bool line_start = true;
    for (const char c : text) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
        line_start = c == '\n';
    }
    return out;
}

void write_options(const std::vector<OptionReference>& options, std::ostream& out) {
    for (const OptionReference& option : options) {
        out << ".TP\n\\fB" << roff(join(option.names, ", ")) << "\\fR";
        if (!option.choices.empty()) {
            out << " \\fI" << roff(join(option.choices, "|")) << "\\fR";
        } else if (!option.value.empty()) {
            out << " \\fI" << roff(option.value) << "\\fR";
        }
        out << '\n' << roff(option.description) << '\n';
    }
}

constexpr std::string_view kDescription =
    "coopnet models the actors of a district programme (municipal offices, associations, "
    "churches and mosques, schools, job centres, companies, foundations) and their "
    "cooperation as a network, and answers who works with whom, who holds the cooperation "
    "together (brokers), where it is fragile and where cooperation is missing (gaps). It "
    "reads spreadsheets as planners keep them (CSV folders, Excel workbooks) and the graph "
    "files of other tools (coopnet JSON, networkx node-link JSON, GraphML, GEXF, Pajek, DOT, "
    "edge lists), converts between them, computes network measures that follow named papers "
    "or reproduce named libraries, draws cooperation maps and writes an HTML report for "
    "planners, in German or English.";

constexpr std::string_view kInputsAndOutputs =
    "Every command that reads a network takes NET as a CSV folder or a file whose format is "
    "told by its name, or by --input-format; - reads standard input. -o - writes standard "
    "output. Outputs are written to a temporary file and renamed, so a failed run leaves no "
    "half-written file, and no command overwrites its input.";

constexpr std::string_view kExitStatus =
    ".TP\n0\nsuccess.\n"
    ".TP\n1\nany other failure (an output that cannot be written, out of memory).\n"
    ".TP\n2\nbad input or usage: every problem is printed as FILE:LINE: message.\n"
    ".TP\n130\ninterrupted (Ctrl\\-C); no output is written.\n";

constexpr std::string_view kEnvironment =
    ".TP\n\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR\n"
    "the language of the words (German for de_*, else English) when \\-\\-lang is not given.\n";

constexpr std::string_view kExamples =
    ".nf\n"
    "coopnet info /usr/share/coopnet/samples/duisburg\\-marxloh\n"
    "coopnet analyze /usr/share/coopnet/samples/duisburg\\-marxloh \\-o results.xlsx\n"
    "coopnet report /usr/share/coopnet/samples/duisburg\\-marxloh \\-\\-lang de \\-o report.html\n"
    "coopnet convert plan.xlsx network.graphml\n"
    ".fi\n";

}  // namespace

void write_manual_page(const std::vector<CommandReference>& commands, std::ostream& out) {
    const std::string release = "coopnet " + std::string(version());
    out << ".\\\" Written by `coopnet --manual-page` (cli/manual_page.cpp); edit that, not this.\n"
        << ".TH COOPNET 1 \"\" \"" << release << "\" \"User Commands\"\n"
        << ".SH NAME\ncoopnet \\- analyse cooperation networks of actors in district programmes\n"
        << ".SH SYNOPSIS\n.B coopnet\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fICOMMAND OPTIONS\\fR] "
           "\\fIARGUMENTS\\fR\n";
    for (const CommandReference& command : commands) {
        if (command.name.empty()) continue;
        out << ".br\n.B coopnet " << roff(command.name) << "\n[\\fIOPTIONS\\fR]";
        for (const std::string& positional : command.positionals) {
            out << " \\fI" << roff(positional) << "\\fR";
        }
        out << '\n';
    }
    out << ".SH DESCRIPTION\n"
        << roff(kDescription) << "\n.PP\n"
        << roff(kInputsAndOutputs) << '\n';
    for (const CommandReference& command : commands) {
        if (!command.name.empty()) continue;
        out << ".SH OPTIONS\nBefore or after the command.\n";
        write_options(command.options, out);
    }
    out << ".SH COMMANDS\n";
    for (const CommandReference& command : commands) {
        if (command.name.empty()) continue;
        out << ".SS \"coopnet " << roff(command.name);
        for (const std::string& positional : command.positionals) out << ' ' << roff(positional);
        out << "\"\n" << roff(command.description) << '\n';
        write_options(command.options, out);
        if (!command.footer.empty()) out << ".PP\n.nf\n" << roff(command.footer) << "\n.fi\n";
    }
    out << ".SH EXIT STATUS\n"
        << kExitStatus << ".SH ENVIRONMENT\n"
        << kEnvironment << ".SH FILES\n.TP\n/usr/share/coopnet/samples/\n"
        << "sample networks of three districts (Duisburg\\-Marxloh, also as a German Excel "
           "export and over two periods; Leipzig\\-Mockau).\n"
        << ".SH EXAMPLES\n"
        << kExamples
        << ".SH SEE ALSO\n\\fBdot\\fR(1); the README in /usr/share/doc/coopnet/ for the "
           "measures, their references and conventions.\n"
        << ".SH VERSION\n"
        << roff(release) << " (commit " << roff(build_commit()) << ")\n";
}

}  // namespace coopnet::cli
