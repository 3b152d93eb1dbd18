#include "cli/command_reference.hpp"

#include <CLI/CLI.hpp>
#include <string_view>

#include "io/network_format.hpp"

namespace coopnet::cli {

namespace {

// "a, b, c" -> {"a", "b", "c"}; "{a,b,c}" -> the same.
std::vector<std::string> split_list(std::string_view text, std::string_view separator) {
    std::vector<std::string> items;
    while (!text.empty()) {
        const std::size_t end = text.find(separator);
        items.emplace_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + separator.size());
    }
    return items;
}

OptionReference option_reference(const CLI::Option& option) {
    OptionReference reference;
    for (const std::string& name : option.get_snames()) reference.names.push_back("-" + name);
    for (const std::string& name : option.get_lnames()) reference.names.push_back("--" + name);
    reference.description = option.get_description();
    if (option.get_type_size_max() == 0) return reference;  // a flag
    reference.value = option.get_type_name();
    // CLI11 appends an IsMember check's values to the type: "TEXT:{table,json,csv}".
    const std::size_t open = reference.value.find(":{");
    if (open != std::string::npos && reference.value.ends_with('}')) {
        reference.choices = split_list(
            std::string_view(reference.value).substr(open + 2, reference.value.size() - open - 3),
            ",");
        reference.value.erase(open);
    }
    const std::string& name = reference.names.back();
    if (reference.choices.empty() && (name == "--input-format" || name == "--output-format")) {
        reference.choices = split_list(format_names(), ", ");
    }
    return reference;
}

CommandReference describe(const CLI::App& app, std::string name) {
    CommandReference reference;
    reference.name = std::move(name);
    reference.description = app.get_description();
    reference.footer = app.get_footer();
    for (const CLI::Option* option : app.get_options()) {
        if (option->get_group().empty()) continue;  // hidden
        if (option->get_positional()) {
            std::string positional = option->get_name(true);
            if (option->get_items_expected_max() > 1) positional += "...";
            reference.positionals.push_back(std::move(positional));
        } else {
            reference.options.push_back(option_reference(*option));
        }
    }
    return reference;
}

}  // namespace

std::vector<CommandReference> command_reference(const CLI::App& app) {
    std::vector<CommandReference> commands{describe(app, "")};
    for (const CLI::App* command : app.get_subcommands({})) {
        commands.push_back(describe(*command, command->get_name()));
    }
    return commands;
}

}  // namespace coopnet::cli
