// The C++ half of the Python package `coopnet` (python/coopnet/__init__.py is the other):
// reading and writing networks, and the analysis of `coopnet analyze`, returned as the CLI's
// JSON text so that Python sees exactly the numbers `coopnet analyze NET --format json`
// prints. The Python half turns that text into columns and adds networkx and igraph.
//
// Long work runs on a worker thread with the GIL released, while the calling thread checks
// for Python signals every 50 ms (PyErr_CheckSignals, which runs Python's SIGINT handler):
// on Ctrl-C it sets coopnet's cooperative interrupt flag (core/interrupt.hpp), waits for the
// kernels to stop at their next check, and raises KeyboardInterrupt.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <chrono>
#include <exception>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "analysis/community/communities.hpp"
#include "analysis/network_analysis.hpp"
#include "cli/analysis_output.hpp"
#include "cli/betweenness_options.hpp"
#include "cli/data_names.hpp"
#include "cli/diff_output.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/interrupt.hpp"
#include "core/network.hpp"
#include "core/version.hpp"
#include "io/network_format.hpp"

namespace py = pybind11;

namespace coopnet::python {

namespace {

// Not shared_ptr<const Network>, which pybind11 cannot hold; a Network has no mutators.
using NetworkPtr = std::shared_ptr<Network>;

/// Runs `work` on a worker thread with the GIL released; the calling thread (which holds
/// the GIL on entry) checks for Python signals meanwhile. Ctrl-C sets coopnet's interrupt
/// flag and, once the work has stopped, raises KeyboardInterrupt.
template <class Work>
auto run_interruptibly(Work work) -> decltype(work()) {
    using Result = decltype(work());
    clear_interrupt();
    std::packaged_task<Result()> task(std::move(work));
    std::future<Result> result = task.get_future();
    bool interrupted = false;
    {
        py::gil_scoped_release release;
        std::thread worker(std::move(task));
        while (result.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
            py::gil_scoped_acquire acquire;
            if (!interrupted && PyErr_CheckSignals() != 0) {
                // The handler raised (KeyboardInterrupt); keep that error, stop the work.
                interrupted = true;
                request_interrupt();
            }
        }
        worker.join();
    }
    clear_interrupt();
    if (interrupted) {
        // The pending Python exception (usually KeyboardInterrupt) wins over the
        // Interrupted the work stopped with, or over its result.
        throw py::error_already_set();
    }
    return result.get();
}

std::optional<NetworkFormat> format_option(const std::optional<std::string>& name,
                                           const char* option) {
    if (!name || name->empty()) return std::nullopt;
    const auto format = parse_format_name(*name);
    if (!format) {
        throw InvalidArgument(std::string(option) + ": unknown format '" + *name +
                              "'; known: " + format_names());
    }
    return format;
}

NetworkPtr read_path(const std::filesystem::path& path,
                     const std::optional<std::string>& input_format, const std::string& from,
                     const std::string& to, const std::vector<std::string>& kinds,
                     const std::vector<std::string>& sectors, const std::string& projection,
                     const std::filesystem::path& sector_map, bool quiet) {
    cli::InputOptions options;
    options.path = path;
    options.format = input_format.value_or("");
    options.from = from;
    options.to = to;
    options.kinds = kinds;
    options.sectors = sectors;
    if (projection != "shared" && projection != "newman") {
        throw InvalidArgument("projection must be 'shared' or 'newman', not '" + projection + "'");
    }
    options.projection = projection;
    options.sector_map = sector_map;
    if (cli::is_standard_stream(path)) {
        throw InvalidArgument("read(): '-' (standard input) is for the command line; give a path");
    }
    return run_interruptibly(
        [&] { return std::make_shared<Network>(cli::load_network(options, quiet)); });
}

NetworkPtr parse(const std::string& text, const std::string& input_format,
                 const std::string& name) {
    ReadOptions options;
    options.format = format_option(input_format, "input_format");
    return std::make_shared<Network>(parse_network(text, options, name).network);
}

std::vector<std::string> write_path(const NetworkPtr& network, const std::filesystem::path& path,
                                    const std::optional<std::string>& output_format,
                                    const std::string& csv_style) {
    WriteOptions options;
    options.format = format_option(output_format, "output_format");
    options.csv_style = CsvStyle::from_name(csv_style);
    return write_network(*network, path, options);
}

std::string dumps(const NetworkPtr& network, const std::string& output_format) {
    std::ostringstream out;
    const auto format = format_option(output_format, "output_format");
    write_network(*network, out, format.value_or(NetworkFormat::CoopnetJson), "<string>");
    return out.str();
}

struct AnalyzeArguments {
    bool unweighted = false;
    std::size_t threads = 0;
    std::string communities = "leiden";
    std::string quality = "modularity";
    LeidenOptions leiden;
    std::size_t restarts = 0;  ///< 0 = automatic (restart_count)
    std::string groups = "sector";
    std::vector<std::string> triangle;
    std::size_t top = 10;
    std::optional<std::size_t> draws;  ///< the tests against chance; unset = the CLI's default
    std::string null_model = "ties";
    cli::BetweennessCliOptions betweenness;  ///< exact, or approx with ε and δ
};

/// `coopnet analyze NET --format json` for an already read network, as text.
std::string analyze_json(const NetworkPtr& network_ptr, const AnalyzeArguments& arguments) {
    const Network& network = *network_ptr;
    const Network* networks[] = {&network};
    cli::require_actor_attribute("groups", arguments.groups, networks);
    AnalysisOptions analysis;
    analysis.weights = arguments.unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
    analysis.threads = arguments.threads;
    CommunityOptions communities;
    parse_community_method(arguments.communities, communities);
    if (communities.method == CommunityMethod::Attribute) {
        cli::require_actor_attribute("communities attr:", communities.attribute, networks);
    }
    if (arguments.quality != "modularity" && arguments.quality != "cpm") {
        throw InvalidArgument("quality must be 'modularity' or 'cpm', not '" + arguments.quality +
                              "'");
    }
    communities.leiden = arguments.leiden;
    communities.leiden.quality =
        arguments.quality == "cpm" ? QualityFunction::Cpm : QualityFunction::Modularity;
    communities.restarts = arguments.restarts;
    BrokersAndGapsOptions brokers;
    brokers.group_attribute = arguments.groups;
    brokers.top_k = arguments.top;
    // The sector words of the data are read as read() read them; a planner's --sector-map
    // is not kept with the network, so the triangle's corners use the built-in vocabulary.
    brokers.triangle_groups = cli::triangle_corners(arguments.triangle, SectorMap{});
    // As the CLI: seeded by --seed; a given number of draws simulates any size.
    brokers.chance.seed = arguments.leiden.seed;
    const auto null_model = parse_null_model(arguments.null_model);
    if (!null_model) {
        throw InvalidArgument("null must be 'ties', 'degrees' or 'size', not '" +
                              arguments.null_model + "'");
    }
    brokers.chance.null_model = *null_model;
    if (arguments.draws) {
        brokers.chance.draws = *arguments.draws;
        brokers.always_simulate = true;
    }
    return run_interruptibly([&] {
        const NetworkAnalysis result = analyze_network(
            network,
            {.communities = communities,
             .brokers = brokers,
             .approximate_betweenness = cli::betweenness_choice(
                 arguments.betweenness, arguments.leiden.seed, network, /*quiet=*/true)},
            analysis);
        std::ostringstream out;
        cli::write_analysis_json(network, result, out);
        return out.str();
    });
}

/// A JSON document as the CLI writes it (with the version that computed it).
std::string json_text(const nlohmann::ordered_json& document) {
    std::ostringstream out;
    cli::write_json(out, document);
    return out.str();
}

/// `coopnet diff --format json` of two networks, or of two periods of one (`periods`:
/// two texts as `--periods` takes them), as text.
std::string diff_json(const NetworkPtr& before, const NetworkPtr& after,
                      const std::vector<std::string>& periods, const std::string& before_name,
                      const std::string& after_name, bool unweighted, std::size_t top) {
    NetworkDiffOptions options;
    options.broker_top = top;
    AnalysisOptions analysis;
    analysis.weights = unweighted ? WeightMode::Unweighted : WeightMode::Weighted;
    if (!periods.empty()) {
        if (periods.size() != 2) throw InvalidArgument("periods: give two periods (FROM-TO)");
        const Period first = parse_period(periods[0]);
        const Period second = parse_period(periods[1]);
        return run_interruptibly([&] {
            const NetworkDiff diff = diff_periods(*before, first, second, options, analysis);
            return json_text(cli::diff_json(diff, before_name, after_name));
        });
    }
    if (!after) throw InvalidArgument("diff needs two networks, or one and two periods");
    return run_interruptibly([&] {
        const NetworkDiff diff = diff_networks(*before, *after, options, analysis);
        return json_text(cli::diff_json(diff, before_name, after_name));
    });
}

}  // namespace

}  // namespace coopnet::python

PYBIND11_MODULE(_coopnet, m) {
    using namespace coopnet;
    using namespace coopnet::python;
    m.doc() = "C++ core of the coopnet package; use `import coopnet`.";
    m.attr("__version__") = std::string(coopnet::version());
    m.attr("__commit__") = std::string(coopnet::build_commit());

    // Bad input and bad options are ValueError (the message names file, line and column),
    // Ctrl-C that reached the kernels is KeyboardInterrupt, a failed write OSError.
    py::register_exception_translator([](std::exception_ptr error) {
        try {
            if (error) std::rethrow_exception(error);
        } catch (const Interrupted& e) {
            PyErr_SetString(PyExc_KeyboardInterrupt, e.what());
        } catch (const InputError& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const InvalidArgument& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const OutputError& e) {
            PyErr_SetString(PyExc_OSError, e.what());
        }
    });

    py::class_<Network, NetworkPtr>(m, "Network", R"(A cooperation network.

Immutable: actors (id, label, sector, attributes), ties (weighted, typed, dated; several
per pair are kept) and projects (two-mode memberships, projected to ties). Make one with
coopnet.read(), coopnet.from_networkx() or coopnet.from_igraph().)")
        .def_property_readonly("name", &Network::name)
        .def_property_readonly("directed", &Network::directed)
        .def_property_readonly("actor_count", &Network::actor_count)
        .def_property_readonly("tie_count",
                               [](const Network& network) { return network.ties().size(); })
        .def_property_readonly("project_count",
                               [](const Network& network) { return network.projects().size(); })
        .def_property_readonly(
            "ids",
            [](const Network& network) {
                std::vector<std::string> ids;
                for (const Actor& actor : network.actors()) {
                    ids.push_back(actor.id);
                }
                return ids;
            },
            "The actor ids, in input order (the order of every column).")
        .def("__len__", &Network::actor_count)
        .def("__eq__", [](const Network& a, const Network& b) { return a == b; })
        .def("__repr__", [](const Network& network) {
            const std::string name = network.name().empty() ? "" : " '" + network.name() + "'";
            return "<coopnet.Network" + name + ": " + std::to_string(network.actor_count()) +
                   " actors, " + std::to_string(network.ties().size()) + " ties, " +
                   std::to_string(network.projects().size()) + " projects" +
                   (network.directed() ? ", directed>" : ">");
        });

    m.def("_read", &read_path, py::arg("path"), py::arg("input_format"), py::arg("from_"),
          py::arg("to"), py::arg("kinds"), py::arg("sectors"), py::arg("projection"),
          py::arg("sector_map"), py::arg("quiet"));
    m.def("_parse", &parse, py::arg("text"), py::arg("input_format"), py::arg("name"));
    m.def("_write", &write_path, py::arg("network"), py::arg("path"), py::arg("output_format"),
          py::arg("csv_style"));
    m.def(
        "_with_projected_ties",
        [](const Network& network) {
            // The ties the analysis sees, all explicit: projects become their co-membership
            // ties (kind `project:ID`, weighted by the network's projection weighting).
            TieTable ties = network.ties();
            for (const TieRef& tie : network.projected_ties()) ties.push_back(tie);
            return std::make_shared<Network>(
                make_network(network.name(), network.directed(),
                             std::vector<Actor>(network.actors().begin(), network.actors().end()),
                             std::move(ties)));
        },
        py::arg("network"));
    m.def("_dumps", &dumps, py::arg("network"), py::arg("output_format"));
    m.def(
        "_analyze_json",
        [](const NetworkPtr& network, bool unweighted, std::size_t threads,
           const std::string& communities, const std::string& quality, double resolution,
           std::uint64_t seed, std::size_t iterations, std::size_t restarts,
           const std::string& groups,
           const std::vector<std::string>& triangle, std::size_t top,
           std::optional<std::size_t> draws, const std::string& null_model,
           const std::string& betweenness, std::optional<double> epsilon,
           std::optional<double> delta) {
            AnalyzeArguments arguments;
            arguments.unweighted = unweighted;
            arguments.threads = threads;
            arguments.communities = communities;
            arguments.quality = quality;
            arguments.leiden.resolution = resolution;
            arguments.leiden.seed = seed;
            arguments.leiden.max_iterations = iterations;
            arguments.restarts = restarts;
            arguments.groups = groups;
            arguments.triangle = triangle;
            arguments.top = top;
            arguments.draws = draws;
            arguments.null_model = null_model;
            if (betweenness != "exact" && betweenness != "approx") {
                throw InvalidArgument("betweenness must be 'exact' or 'approx', not '" +
                                      betweenness + "'");
            }
            arguments.betweenness.method = betweenness;
            arguments.betweenness.bound_given = epsilon || delta;
            if (epsilon) arguments.betweenness.epsilon = *epsilon;
            if (delta) arguments.betweenness.delta = *delta;
            return analyze_json(network, arguments);
        },
        py::arg("network"), py::arg("unweighted"), py::arg("threads"), py::arg("communities"),
        py::arg("quality"), py::arg("resolution"), py::arg("seed"), py::arg("iterations"),
        py::arg("restarts"), py::arg("groups"), py::arg("triangle"), py::arg("top"),
        py::arg("draws").none(true), py::arg("null_model"), py::arg("betweenness"),
        py::arg("epsilon").none(true), py::arg("delta").none(true));
    m.def("_diff_json", &diff_json, py::arg("before"), py::arg("after").none(true),
          py::arg("periods"), py::arg("before_name"), py::arg("after_name"), py::arg("unweighted"),
          py::arg("top"));
    m.attr("_default_iterations") = LeidenOptions{}.max_iterations;
}
