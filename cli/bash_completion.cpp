#include "cli/bash_completion.hpp"

#include <string>
#include <string_view>

#include "core/text.hpp"
#include "core/version.hpp"

namespace coopnet::cli {

namespace {

std::string words(const std::vector<std::string>& items) { return join(items, " "); }

// Every name an option of `command` answers to, with the program's own options.
std::string option_names(const CommandReference& command, const CommandReference& global) {
    std::vector<std::string> names;
    for (const CommandReference* source : {&command, &global}) {
        if (source == &global && command.name.empty()) break;
        for (const OptionReference& option : source->options) {
            names.insert(names.end(), option.names.begin(), option.names.end());
        }
    }
    return words(names);
}

// The `case` pattern "analyze:-f|analyze:--format" for an option's value; the command "*"
// for the program's own options, which every command takes.
std::string value_pattern(std::string_view command, const OptionReference& option) {
    std::vector<std::string> patterns;
    for (const std::string& name : option.names)
        patterns.push_back(std::string(command) + ":" + name);
    return join(patterns, "|");
}

}  // namespace

void write_bash_completion(const std::vector<CommandReference>& commands, std::ostream& out) {
    const CommandReference& global = commands.front();
    std::vector<std::string> names;
    for (const CommandReference& command : commands) {
        if (!command.name.empty()) names.push_back(command.name);
    }
    out << "# bash completion for coopnet " << version()
        << " (written by `coopnet --bash-completion`, cli/bash_completion.cpp)\n"
        << "_coopnet() {\n"
        << "    local cur=${COMP_WORDS[COMP_CWORD]} prev= command= i\n"
        << "    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        << "    COMPREPLY=()\n"
        << "    # The command is the first word that names one (--lang takes a value).\n"
        << "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
        << "        case ${COMP_WORDS[i]} in\n"
        << "            --lang) (( i++ )) ;;\n"
        << "            " << join(names, "|") << ") command=${COMP_WORDS[i]}; break ;;\n"
        << "        esac\n"
        << "    done\n"
        << "    # The value of an option: its allowed values, else file names.\n"
        << "    case $command:$prev in\n";
    // The program's options are taken before and after the command.
    for (const OptionReference& option : global.options) {
        if (option.value.empty()) continue;
        out << "        " << value_pattern("*", option) << ")\n"
            << "            COMPREPLY=($(compgen -W \"" << words(option.choices)
            << "\" -- \"$cur\"))"
            << "; return ;;\n";
    }
    for (const CommandReference& command : commands) {
        if (command.name.empty()) continue;
        std::string files;
        for (const OptionReference& option : command.options) {
            if (option.value.empty()) continue;
            if (option.choices.empty()) {
                if (!files.empty()) files += '|';  // appended: GCC 12 -Wrestrict on "|" + …
                files += value_pattern(command.name, option);
                continue;
            }
            out << "        " << value_pattern(command.name, option) << ")\n"
                << "            COMPREPLY=($(compgen -W \"" << words(option.choices)
                << "\" -- \"$cur\")); return ;;\n";
        }
        if (!files.empty()) {
            out << "        " << files << ")\n"
                << "            compopt -o filenames 2>/dev/null\n"
                << "            COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
        }
    }
    out << "    esac\n"
        << "    if [[ $cur == -* ]]; then\n"
        << "        case $command in\n";
    for (const CommandReference& command : commands) {
        out << "            " << (command.name.empty() ? "\"\"" : command.name)
            << ") COMPREPLY=($(compgen -W \"" << option_names(command, global)
            << "\" -- \"$cur\")) ;;\n";
    }
    out << "        esac\n"
        << "    elif [[ -z $command ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"" << words(names) << "\" -- \"$cur\"))\n"
        << "    else\n"
        << "        compopt -o filenames 2>/dev/null\n"
        << "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
        << "    fi\n"
        << "}\n"
        << "complete -F _coopnet coopnet\n";
}

}  // namespace coopnet::cli
