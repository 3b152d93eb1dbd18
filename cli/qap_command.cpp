// `coopnet qap NET --iv same:district --iv kind:funding ...`: network regression with
// permutation p-values (analysis/statistics/qap.hpp) as a table, JSON or CSV.
//
// JSON (a contract outside tests rely on): `coefficients` is a list of {"term", "estimate",
// "p", ...}, the intercept first (term "intercept"), p two-sided as sna's pgreqabs; and
// `r_squared`. The other fields say what was computed on what.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/statistics/qap.hpp"
#include "cli/commands.hpp"
#include "cli/data_names.hpp"
#include "cli/input_options.hpp"
#include "cli/json_output.hpp"
#include "cli/language_option.hpp"
#include "cli/output_target.hpp"
#include "cli/result_table.hpp"
#include "core/text.hpp"
#include "io/csv.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

struct QapCommandOptions {
    InputOptions input;
    std::string dependent;  ///< empty: all ties; else a tie kind (`kind:` optional)
    std::vector<std::string> covariates;
    bool weighted = false;
    QapOptions qap;
    std::size_t threads = 0;
    std::string format = "table";
    std::filesystem::path output;
    std::string csv_style = "default";
    std::string language;
};

constexpr const char* kConventions = R"(
Conventions (README "Network regression"):
  covariates   same:ATTR 1 when both actors have the same value (sector is an attribute
               too), diff:ATTR |a_i - a_j| and product:ATTR a_i * a_j of a numeric
               attribute, kind:KIND 1 where a tie of that kind joins the pair.
  dependent    all ties (explicit and projected), or --dv KIND; 1 per tied pair, or the
               summed weight with --weighted.
  dyads        undirected: each unordered pair once; directed: each ordered pair; never
               an actor with itself (as R sna, mode "graph" / "digraph").
  missing      an actor without a value of an attribute used is left out with its pairs.
  fit          OLS (QR) with an intercept; R^2 about the mean.
  p            share of permutations with |t| >= the observed |t| (two-sided, sna's
               pgreqabs), double semi-partialling (Dekker, Krackhardt & Snijders 2007;
               sna netlm nullhyp = "qapspp"); QAP correlation p likewise with |r|.
  permutations draw b uses a generator seeded from (--seed, b): the same output for every
               --threads.
)";

std::string dependent_label(const std::optional<std::string>& kind) {
    return kind ? "kind:" + *kind : "ties";
}

Json qap_json(const Network& network, const QapResult& result,
              const std::optional<std::string>& kind, bool weighted) {
    Json json;
    json["method"] = "OLS, MRQAP with double semi-partialling";
    json["null_model"] =
        "permutation of the actors' rows and columns of each covariate's residual matrix "
        "(Dekker, Krackhardt & Snijders 2007; sna netlm nullhyp = \"qapspp\")";
    json["p_value"] = "two-sided: share of permutations with |t| >= |t observed| (sna pgreqabs)";
    json["dependent"] = dependent_label(kind);
    json["weighted"] = weighted;
    json["directed"] = result.directed;
    json["actors"] = result.actors;
    json["dyads"] = result.dyads;
    json["missing_values"] =
        "actors without a value of an attribute used are left out with their dyads";
    Json dropped = Json::array();
    for (const NodeId v : result.dropped_actors) dropped.push_back(network.actor(v).id);
    json["dropped_actors"] = dropped;
    json["permutations"] = result.permutations;
    json["seed"] = result.seed;
    Json coefficients = Json::array();
    for (const QapCoefficient& c : result.coefficients) {
        coefficients.push_back({{"term", c.term},
                                {"estimate", number_or_null(c.estimate)},
                                {"p", number_or_null(c.p)},
                                {"std_error", number_or_null(c.std_error)},
                                {"t", number_or_null(c.t)},
                                {"p_greater", number_or_null(c.p_greater)},
                                {"p_less", number_or_null(c.p_less)}});
    }
    json["coefficients"] = coefficients;
    json["r_squared"] = number_or_null(result.r_squared);
    json["adjusted_r_squared"] = number_or_null(result.adjusted_r_squared);
    Json correlations = Json::array();
    for (const QapCorrelation& c : result.correlations) {
        correlations.push_back(
            {{"term", c.term}, {"r", number_or_null(c.r)}, {"p", number_or_null(c.p)}});
    }
    json["qap_correlations"] = correlations;
    return json;
}

/// One row per coefficient; the covariates' QAP correlation alongside.
ResultTable qap_table(const QapResult& result) {
    ResultTable table;
    table.columns = {{"term", Word::CsvTerm},
                     {"estimate", Word::CsvEstimate},
                     {"std_error", Word::CsvStdError},
                     {"t", Word::CsvTValue},
                     {"p", Word::CsvP},
                     {"p_greater", Word::CsvPGreater},
                     {"p_less", Word::CsvPLess},
                     {"qap_correlation", Word::CsvCorrelation},
                     {"qap_correlation_p", Word::CsvCorrelationP}};
    for (std::size_t j = 0; j < result.coefficients.size(); ++j) {
        const QapCoefficient& c = result.coefficients[j];
        std::vector<ResultCell> row{c.term, c.estimate,  c.std_error, c.t,
                                    c.p,    c.p_greater, c.p_less};
        if (j > 0) {
            row.emplace_back(result.correlations[j - 1].r);
            row.emplace_back(result.correlations[j - 1].p);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

void write_text(const Network& network, const QapResult& result,
                const std::optional<std::string>& kind, bool weighted, const Words& w,
                std::ostream& out) {
    out << w(Word::QapTitle) << '\n';
    const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
    out << "  "
        << w(result.directed ? Word::QapNetworkDirected : Word::QapNetwork,
             {integer(result.actors), integer(result.dyads)})
        << '\n';
    out << "  "
        << (kind ? w(Word::QapDependentKind, {printable(*kind)})
                 : std::string(w(Word::QapDependent)))
        << (weighted ? std::string(w(Word::QapWeights)) : std::string()) << '\n';
    if (!result.dropped_actors.empty()) {
        std::vector<std::string> ids;
        for (const NodeId v : result.dropped_actors) ids.push_back(printable(network.actor(v).id));
        out << "  " << w.pick(Word::QapLeftOut, ids.size(), {integer(ids.size()), w.join(ids)})
            << '\n';
    }
    out << "  "
        << w(Word::QapPermutations, {integer(result.permutations), std::to_string(result.seed)})
        << "\n\n";

    const Word headers[] = {Word::CsvTerm, Word::CsvEstimate, Word::CsvStdError, Word::CsvTValue,
                            Word::CsvP};
    std::size_t term_width = display_width(w(Word::CsvTerm));
    for (const QapCoefficient& c : result.coefficients) {
        term_width = std::max(term_width, display_width(printable(c.term)));
    }
    term_width += 2;
    const auto right = [](const std::string& text, std::size_t width) {
        const std::size_t shown = display_width(text);
        return std::string(shown < width ? width - shown : 1, ' ') + text;
    };
    out << "  " << pad_right(w(headers[0]), term_width);
    for (std::size_t h = 1; h < std::size(headers); ++h)
        out << right(std::string(w(headers[h])), 16);
    out << '\n';
    for (const QapCoefficient& c : result.coefficients) {
        out << "  " << pad_right(printable(c.term), term_width)
            << right(w.number(c.estimate, 4), 16) << right(w.number(c.std_error, 4), 16)
            << right(w.number(c.t, 3), 16) << right(w.number(c.p, 3), 16) << '\n';
    }
    out << "  "
        << w(Word::QapRSquared,
             {w.number(result.r_squared, 4), w.number(result.adjusted_r_squared, 4)})
        << '\n';
    out << "  " << w(Word::QapPNote) << "\n\n";
    out << w(Word::QapCorrelationHeading) << '\n';
    out << "  " << pad_right(w(Word::CsvTerm), term_width) << right("r", 16)
        << right(std::string(w(Word::CsvP)), 16) << '\n';
    for (const QapCorrelation& c : result.correlations) {
        out << "  " << pad_right(printable(c.term), term_width) << right(w.number(c.r, 4), 16)
            << right(w.number(c.p, 3), 16) << '\n';
    }
}

}  // namespace

Action add_qap_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<QapCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "qap",
        "Network regression: do shared attributes or other ties predict cooperation? OLS of "
        "the ties on dyadic covariates with QAP permutation p-values (MRQAP, double "
        "semi-partialling) and QAP correlations.");
    command->footer(kConventions);
    add_input_options(*command, options->input);
    command->add_option("--dv", options->dependent,
                        "the ties to explain: a tie kind (KIND or kind:KIND); default all ties");
    command
        ->add_option("--iv", options->covariates,
                     "a covariate: same:ATTR, diff:ATTR, product:ATTR or kind:KIND (repeat "
                     "for several)")
        ->required();
    command->add_flag("--weighted", options->weighted,
                      "explain the summed tie weights instead of tie presence (0/1)");
    command
        ->add_option("--permutations", options->qap.permutations,
                     "permutations of the null distribution (default 1000)")
        ->check(CLI::PositiveNumber);
    command->add_option("--seed", options->qap.seed, "seed of the permutations (default 1)");
    command->add_option("--threads", options->threads,
                        "worker threads (0 = all cores); results do not depend on it");
    command->add_option("--format", options->format, "table (default), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    command->add_option("-o,--output", options->output,
                        "write to this file (atomically) instead of standard output");
    command->add_option("--csv-style", options->csv_style, "default or excel-de")
        ->check(CLI::IsMember({"default", "excel-de"}));
    add_language_option(*command, options->language);

    return [options, &global]() {
        const Network network = load_network(options->input, global.quiet);
        const Network* networks[] = {&network};
        DyadicModel model;
        const std::vector<std::string> kinds = kinds_present(networks);
        if (!options->dependent.empty()) {
            std::string kind = options->dependent;
            if (kind.starts_with("kind:")) kind.erase(0, 5);
            require_present("--dv", "no tie has kind", kind, kinds);
            model.dependent_kind = kind;
        }
        for (const std::string& spec : options->covariates) {
            DyadicTerm term = parse_dyadic_term(spec);
            if (term.type == DyadicTermType::TieKind) {
                require_present("--iv " + spec, "no tie has kind", term.name, kinds);
            } else {
                require_actor_attribute("--iv " + spec, term.name, networks);
            }
            model.terms.push_back(std::move(term));
        }
        AnalysisOptions analysis;
        analysis.weights = options->weighted ? WeightMode::Weighted : WeightMode::Unweighted;
        analysis.threads = options->threads;
        const QapResult result = qap_regression(network, model, options->qap, analysis);

        const std::filesystem::path inputs[] = {options->input.path};
        const Words words(command_language(options->language, global));
        write_output(
            options->output,
            [&](std::ostream& out) {
                if (options->format == "json") {
                    write_json(out,
                               qap_json(network, result, model.dependent_kind, options->weighted));
                } else if (options->format == "csv") {
                    write_result_csv(qap_table(result), CsvStyle::from_name(options->csv_style),
                                     csv_header_language(options->csv_style), out);
                } else {
                    write_text(network, result, model.dependent_kind, options->weighted, words,
                               out);
                }
            },
            inputs);
        return 0;
    };
}

}  // namespace coopnet::cli
