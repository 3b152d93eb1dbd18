#include "io/network_format.hpp"

#include <fstream>
#include <sstream>

#include "core/error.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"
#include "io/coopnet_json.hpp"
#include "io/csv_folder.hpp"
#include "io/dot.hpp"
#include "io/edge_list.hpp"
#include "io/gexf.hpp"
#include "io/graphml.hpp"
#include "io/node_link_json.hpp"
#include "io/pajek.hpp"
#include "io/sector_map.hpp"
#include "io/xlsx_network_writer.hpp"
#include "io/xlsx_reader.hpp"

namespace coopnet {

namespace fs = std::filesystem;

namespace {

struct FormatName {
    std::string_view name;
    NetworkFormat format;
};

constexpr FormatName kFormatNames[] = {
    {"json", NetworkFormat::CoopnetJson},
    {"coopnet", NetworkFormat::CoopnetJson},
    {"node-link", NetworkFormat::NodeLinkJson},
    {"nodelink", NetworkFormat::NodeLinkJson},
    {"csv", NetworkFormat::CsvFolder},
    {"graphml", NetworkFormat::GraphML},
    {"xml", NetworkFormat::GraphML},
    {"dot", NetworkFormat::Dot},
    {"gv", NetworkFormat::Dot},
    {"edgelist", NetworkFormat::EdgeList},
    {"edges", NetworkFormat::EdgeList},
    {"xlsx", NetworkFormat::Xlsx},
    {"gexf", NetworkFormat::Gexf},
    {"pajek", NetworkFormat::Pajek},
    {"net", NetworkFormat::Pajek},
};

std::optional<NetworkFormat> format_by_extension(const fs::path& path) {
    const std::string extension = to_lower_ascii(path.extension().string());
    if (extension == ".json") return NetworkFormat::CoopnetJson;
    if (extension == ".graphml" || extension == ".xml") return NetworkFormat::GraphML;
    if (extension == ".dot" || extension == ".gv") return NetworkFormat::Dot;
    if (extension == ".txt" || extension == ".edges" || extension == ".edgelist" ||
        extension == ".el") {
        return NetworkFormat::EdgeList;
    }
    if (extension == ".gexf") return NetworkFormat::Gexf;
    if (extension == ".net" || extension == ".paj") return NetworkFormat::Pajek;
    return std::nullopt;
}

// A node-link document names its nodes `nodes`; coopnet JSON names them `actors`. The
// first of the two keys found in the text decides; no full parse is needed for that.
NetworkFormat sniff_json(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(1 << 16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const auto actors = head.find("\"actors\"");
    const auto nodes = head.find("\"nodes\"");
    if (nodes != std::string::npos && (actors == std::string::npos || nodes < actors)) {
        return NetworkFormat::NodeLinkJson;
    }
    return NetworkFormat::CoopnetJson;
}

}  // namespace

std::string_view format_name(NetworkFormat format) {
    switch (format) {
        case NetworkFormat::CoopnetJson:
            return "json";
        case NetworkFormat::NodeLinkJson:
            return "node-link";
        case NetworkFormat::CsvFolder:
            return "csv";
        case NetworkFormat::GraphML:
            return "graphml";
        case NetworkFormat::Dot:
            return "dot";
        case NetworkFormat::EdgeList:
            return "edgelist";
        case NetworkFormat::Xlsx:
            return "xlsx";
        case NetworkFormat::Gexf:
            return "gexf";
        case NetworkFormat::Pajek:
            return "pajek";
    }
    return "json";
}

std::optional<NetworkFormat> parse_format_name(std::string_view name) {
    const std::string lower = to_lower_ascii(name);
    for (const FormatName& entry : kFormatNames) {
        if (entry.name == lower) return entry.format;
    }
    return std::nullopt;
}

std::string format_names() {
    return "json, node-link, csv, graphml, dot, edgelist, xlsx, gexf, pajek";
}

NetworkFormat detect_input_format(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(path, error)) {
        throw InputError(SourceLocation{path.string()}, "no such file or folder");
    }
    if (fs::is_directory(path, error)) return NetworkFormat::CsvFolder;
    // One table of a CSV folder: read_csv_folder() says to give the folder.
    const std::string extension = to_lower_ascii(path.extension().string());
    if (extension == ".csv") return NetworkFormat::CsvFolder;
    // An old .xls is read far enough to say what to do with it.
    if (extension == ".xlsx" || extension == ".xlsm" || extension == ".xls") {
        return NetworkFormat::Xlsx;
    }
    const auto format = format_by_extension(path);
    if (!format) {
        throw InvalidArgument(path.string() +
                              ": cannot tell the format from the name; use "
                              "--input-format (" +
                              format_names() + ")");
    }
    return *format == NetworkFormat::CoopnetJson ? sniff_json(path) : *format;
}

NetworkFormat detect_output_format(const fs::path& path) {
    const std::string text = path.string();
    if (!text.empty() && (text.back() == '/' || path.extension().empty())) {
        return NetworkFormat::CsvFolder;
    }
    const auto format = format_by_extension(path);
    if (!format) {
        throw InvalidArgument(text +
                              ": cannot tell the output format from the name; use "
                              "--output-format (" +
                              format_names() + ")");
    }
    return *format;
}

namespace {

ReadResult read_as_written(const fs::path& path, NetworkFormat format) {
    switch (format) {
        case NetworkFormat::CoopnetJson:
            return read_coopnet_json(path);
        case NetworkFormat::NodeLinkJson:
            return read_node_link_json(path);
        case NetworkFormat::CsvFolder:
            return read_csv_folder(path);
        case NetworkFormat::GraphML:
            return read_graphml(path);
        case NetworkFormat::Dot:
            return read_dot(path);
        case NetworkFormat::EdgeList:
            return read_edge_list(path);
        case NetworkFormat::Xlsx:
            return read_xlsx(path);
        case NetworkFormat::Gexf:
            return read_gexf(path);
        case NetworkFormat::Pajek:
            return read_pajek(path);
    }
    throw InvalidArgument("unknown input format");
}

std::string actor_list(const SectorWordUse& use) {
    std::string text = std::to_string(use.actors) + (use.actors == 1 ? " actor: " : " actors: ");
    for (std::size_t i = 0; i < use.examples.size(); ++i) {
        text += (i == 0 ? "" : ", ") + use.examples[i];
    }
    return text + (use.actors > use.examples.size() ? ", ..." : "");
}

// One warning per sector word that is not read as a sector: the triangle cannot see it.
std::optional<Diagnostic> sector_word_warning(const SectorWordUse& use, const std::string& file) {
    const SectorReading& reading = use.reading;
    std::string message;
    if (reading.match == SectorWordMatch::Ambiguous) {
        message = "sector word '" + use.word + "' (" + actor_list(use) + ") can mean ";
        for (std::size_t i = 0; i < reading.meanings.size(); ++i) {
            message += (i == 0 ? "" : " or ") + reading.meanings[i];
        }
        message +=
            "; coopnet does not guess: say which in sectors.csv (Wort;Sektor) or with "
            "--sector-map";
    } else if (reading.match == SectorWordMatch::Unknown) {
        message = "sector word '" + use.word + "' (" + actor_list(use) +
                  ") is no known sector word and stays a group of its own";
        if (!reading.closest.empty()) message += "; did you mean '" + reading.closest + "'?";
        message += " Map it in sectors.csv (Wort;Sektor) or with --sector-map";
    } else {
        return std::nullopt;
    }
    return Diagnostic{SourceLocation{file, 0, 0}, std::move(message)};
}

// Reads the sector words of `result`'s actors as sectors with `map`
// (core/sector_vocabulary.hpp), warning about those that are no sector in the name of `file`.
ReadResult with_sector_words(ReadResult result, SectorMap map, const std::string& file) {
    SectorNormalisation read = normalise_sectors(std::move(result.network), SectorVocabulary(map));
    result.network = std::move(read.network);
    result.sector_words = std::move(read.words);
    result.sector_map = std::move(map);
    for (const SectorWordUse& use : result.sector_words) {
        if (auto warning = sector_word_warning(use, file)) {
            result.warnings.push_back(std::move(*warning));
        }
    }
    return result;
}

}  // namespace

ReadResult read_network(const fs::path& path, const ReadOptions& options) {
    const NetworkFormat format = options.format ? *options.format : detect_input_format(path);
    ReadResult result = read_as_written(path, format);
    SectorMap map;
    if (format == NetworkFormat::CsvFolder) {
        if (const auto file = find_folder_sector_map(path)) map = read_sector_map(*file);
    }
    // The planner's --sector-map is read after the folder's: its lines win.
    map.entries.insert(map.entries.end(), options.sector_map.entries.begin(),
                       options.sector_map.entries.end());
    return with_sector_words(std::move(result), std::move(map), path.string());
}

ReadResult parse_network(std::string_view text, const ReadOptions& options,
                         const std::string& name) {
    ReadResult result;
    switch (options.format.value_or(NetworkFormat::CsvFolder)) {
        case NetworkFormat::CoopnetJson: result = parse_coopnet_json(text, name); break;
        case NetworkFormat::NodeLinkJson: result = parse_node_link_json(text, name); break;
        case NetworkFormat::GraphML: result = parse_graphml(text, name); break;
        case NetworkFormat::Dot: result = parse_dot(text, name); break;
        case NetworkFormat::EdgeList: result = parse_edge_list(text, name); break;
        case NetworkFormat::Xlsx:
            result = parse_xlsx(text, name);
            break;
        case NetworkFormat::Gexf: result = parse_gexf(text, name); break;
        case NetworkFormat::Pajek: result = parse_pajek(text, name); break;
        case NetworkFormat::CsvFolder:
            throw InvalidArgument(name + ": " +
                                  (options.format ? "a CSV folder is several files and cannot be "
                                                    "read from one stream"
                                                  : "no format given for a stream") +
                                  "; give --input-format (json, node-link, graphml, dot, "
                                  "edgelist, gexf, pajek or xlsx)");
    }
    return with_sector_words(std::move(result), options.sector_map, name);
}

ReadResult read_network(const fs::path& path, std::optional<NetworkFormat> format) {
    ReadOptions options;
    options.format = format;
    return read_network(path, options);
}

std::vector<std::string> write_network(const Network& network, const fs::path& path,
                                       const WriteOptions& options,
                                       std::span<const fs::path> inputs) {
    const NetworkFormat format = options.format ? *options.format : detect_output_format(path);
    if (format == NetworkFormat::CsvFolder) {
        write_csv_folder(network, path, options.csv_style, inputs);
        return {};
    }
    if (format == NetworkFormat::Xlsx) {
        write_xlsx_network(network, path, inputs);
        return {};
    }
    std::vector<std::string> warnings;
    write_file_atomically(
        path,
        [&](std::ostream& out) {
            warnings = write_network(network, out, format, path.string(), options);
        },
        inputs);
    return warnings;
}

std::vector<std::string> write_network(const Network& network, std::ostream& out,
                                       NetworkFormat format, const std::string& target,
                                       const WriteOptions& options) {
    std::vector<std::string> warnings;
    // What a lossy format cannot hold is said once.
    if ((format == NetworkFormat::Dot || format == NetworkFormat::EdgeList ||
         format == NetworkFormat::NodeLinkJson || format == NetworkFormat::Pajek) &&
        !network.projects().empty()) {
        warnings.push_back(std::string(format_name(format)) + " cannot hold projects: " +
                           std::to_string(network.projects().size()) +
                           " project(s) left out of " + target);
    }
    switch (format) {
        case NetworkFormat::CoopnetJson: write_coopnet_json(network, out); break;
        case NetworkFormat::NodeLinkJson:
            write_node_link_json(network, out, options.node_link);
            break;
        case NetworkFormat::GraphML: write_graphml(network, out); break;
        case NetworkFormat::Dot: write_dot(network, out); break;
        case NetworkFormat::EdgeList: {
            auto more = write_edge_list(network, out, options.edge_list);
            warnings.insert(warnings.end(), more.begin(), more.end());
            break;
        }
        case NetworkFormat::Gexf: write_gexf(network, out, options.gexf); break;
        case NetworkFormat::Pajek: {
            auto more = write_pajek(network, out);
            warnings.insert(warnings.end(), more.begin(), more.end());
            break;
        }
        case NetworkFormat::Xlsx:
            throw InvalidArgument("a workbook is written to a file (" + target +
                                  " is a stream): give a path ending in .xlsx");
        case NetworkFormat::CsvFolder:
            throw InvalidArgument("a CSV folder is several files and cannot go to " + target +
                                  "; give a folder, or another --output-format");
    }
    return warnings;
}

}  // namespace coopnet
