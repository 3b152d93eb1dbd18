#include "analysis/statistics/dyadic_covariates.hpp"

#include <cmath>
#include <variant>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet {

namespace {

struct Prefix {
    std::string_view text;
    DyadicTermType type;
};
constexpr Prefix kPrefixes[] = {{"same:", DyadicTermType::Same},
                                {"diff:", DyadicTermType::Difference},
                                {"product:", DyadicTermType::Product},
                                {"kind:", DyadicTermType::TieKind}};

bool uses_attribute(DyadicTermType type) { return type != DyadicTermType::TieKind; }

/// The actor's value of `attribute` as text; empty when missing (`sector` is the sector).
std::string attribute_value_text(const Actor& actor, std::string_view attribute) {
    if (attribute == "sector") return actor.sector;
    const auto found = actor.attributes.find(attribute);
    return found == actor.attributes.end() ? std::string() : attribute_text(found->second);
}

/// The actor's numeric value of `attribute` (present and non-empty: checked before).
double attribute_number(const Actor& actor, const DyadicTerm& term) {
    std::optional<double> number;
    if (term.name != "sector") {
        const AttributeValue& value = actor.attributes.at(term.name);
        if (const double* stored = std::get_if<double>(&value)) number = *stored;
    }
    const std::string text = attribute_value_text(actor, term.name);
    if (!number) number = parse_number(text);
    if (!number || !std::isfinite(*number)) {
        throw InvalidArgument(dyadic_term_label(term) + ": actor '" + actor.id + "' has " +
                              term.name + " '" + text + "', which is not a finite number");
    }
    return *number;
}

/// True when a tie of kind `kind` (projected or not) is one `wanted` names.
bool kind_matches(std::string_view kind, bool projected, std::string_view wanted) {
    return kind == wanted || (projected && wanted == "project");
}

/// Adds the ties of kind `kind` (all ties when null) between kept actors to `matrix`:
/// weights summed when `weighted`, else 1 per joined pair.
void add_ties(const Network& network, const std::vector<std::size_t>& row_of,
              const std::string* kind, bool weighted, DyadicMatrix& matrix) {
    constexpr std::size_t kDropped = static_cast<std::size_t>(-1);
    const auto add = [&](NodeId source, NodeId target, double weight) {
        const std::size_t i = row_of[source];
        const std::size_t j = row_of[target];
        if (i == kDropped || j == kDropped || i == j) return;
        matrix.at(i, j) = weighted ? matrix.at(i, j) + weight : 1.0;
        if (!network.directed()) matrix.at(j, i) = matrix.at(i, j);
    };
    if (kind == nullptr) {
        // The merged view already sums explicit and projected ties per pair.
        const CsrGraph& out = network.adjacency().out();
        for (NodeId v = 0; v < out.node_count(); ++v) {
            const auto neighbours = out.neighbours_of(v);
            const auto weights = out.weights_of(v);
            for (std::size_t k = 0; k < neighbours.size(); ++k) {
                if (network.directed() || v < neighbours[k]) add(v, neighbours[k], weights[k]);
            }
        }
        return;
    }
    for (const TieRef& tie : network.ties()) {
        if (kind_matches(tie.kind.view(), false, *kind)) add(tie.source, tie.target, tie.weight);
    }
    if (network.projects().empty()) return;
    for (const TieRef& tie : network.projected_ties()) {
        if (kind_matches(tie.kind.view(), true, *kind)) add(tie.source, tie.target, tie.weight);
    }
}

}  // namespace

DyadicTerm parse_dyadic_term(std::string_view spec) {
    for (const Prefix& prefix : kPrefixes) {
        if (!spec.starts_with(prefix.text)) continue;
        const std::string_view name = spec.substr(prefix.text.size());
        if (name.empty()) {
            throw InvalidArgument("covariate '" + std::string(spec) + "' names no " +
                                  (uses_attribute(prefix.type) ? "attribute" : "tie kind"));
        }
        return {prefix.type, std::string(name)};
    }
    throw InvalidArgument("covariate '" + std::string(spec) +
                          "' is none of same:ATTR, diff:ATTR, product:ATTR, kind:KIND");
}

std::string dyadic_term_label(const DyadicTerm& term) {
    for (const Prefix& prefix : kPrefixes) {
        if (prefix.type == term.type) return std::string(prefix.text) + term.name;
    }
    return term.name;
}

DyadicDesign build_dyadic_design(const Network& network, const DyadicModel& model,
                                 const AnalysisOptions& analysis) {
    if (model.terms.empty()) throw InvalidArgument("a regression needs at least one covariate");
    DyadicDesign design;
    design.directed = network.directed();
    const std::size_t total = network.actor_count();
    constexpr std::size_t kDropped = static_cast<std::size_t>(-1);
    std::vector<std::size_t> row_of(total, kDropped);
    for (NodeId v = 0; v < total; ++v) {
        bool complete = true;
        for (const DyadicTerm& term : model.terms) {
            if (uses_attribute(term.type) &&
                attribute_value_text(network.actor(v), term.name).empty()) {
                complete = false;
            }
        }
        if (complete) {
            row_of[v] = design.actors.size();
            design.actors.push_back(v);
        } else {
            design.dropped_actors.push_back(v);
        }
    }
    const std::size_t n = design.actors.size();
    const DyadicMatrix zero{n, std::vector<double>(n * n, 0.0)};
    design.dependent = zero;
    add_ties(network, row_of, model.dependent_kind ? &*model.dependent_kind : nullptr,
             analysis.weights == WeightMode::Weighted, design.dependent);

    for (const DyadicTerm& term : model.terms) {
        design.terms.push_back(dyadic_term_label(term));
        DyadicMatrix matrix = zero;
        if (term.type == DyadicTermType::TieKind) {
            add_ties(network, row_of, &term.name, false, matrix);
        } else if (term.type == DyadicTermType::Same) {
            std::vector<std::string> values;
            for (const NodeId v : design.actors) {
                values.push_back(attribute_value_text(network.actor(v), term.name));
            }
            for (std::size_t i = 0; i < n; ++i) {
                for (std::size_t j = 0; j < n; ++j) {
                    if (i != j) matrix.at(i, j) = values[i] == values[j] ? 1.0 : 0.0;
                }
            }
        } else {
            std::vector<double> values;
            for (const NodeId v : design.actors) {
                values.push_back(attribute_number(network.actor(v), term));
            }
            const bool difference = term.type == DyadicTermType::Difference;
            for (std::size_t i = 0; i < n; ++i) {
                for (std::size_t j = 0; j < n; ++j) {
                    if (i == j) continue;
                    matrix.at(i, j) =
                        difference ? std::abs(values[i] - values[j]) : values[i] * values[j];
                }
            }
        }
        design.covariates.push_back(std::move(matrix));
    }
    return design;
}

}  // namespace coopnet
