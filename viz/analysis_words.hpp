// Sentences about analysis results that the report and the command line's tables share,
// built from the catalogue (viz/words.hpp) and the numbers of the result.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "analysis/brokerage/broker_ranking.hpp"
#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/gaps/cooperation_triangle.hpp"
#include "analysis/gaps/suggestions.hpp"
#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"
#include "viz/words.hpp"

namespace coopnet {

/// Turns a name from the input into output text (escape_html for HTML; null = as it is).
using EscapeText = std::string (*)(std::string_view);

/// Why a broker ranks where it does, from its group links (`BrokerEntry::links`, not
/// empty): "verbindet 3 Akteure aus Stiftung mit 5 aus Wirtschaft, die nicht direkt
/// miteinander kooperieren (8 Paare ohne eigene Kooperation sind über diesen Akteur
/// verbunden); insgesamt 12 solche Paare aus 3 verschiedenen Kombinationen von Sektoren",
/// without a final full stop. Group names by `Words::sector`, passed through `escape`.
std::string broker_links_text(const BrokerEntry& entry, const Words& w,
                              EscapeText escape = nullptr);

/// Which ranking of `BrokerRanking` an entry is from.
enum class BrokerRankingKind { Betweenness, LowConstraint, CrossGroupBrokerage };

/// The one-line reason of a broker as the JSON and CSV outputs give it (in English there):
/// "betweenness 397.5 (normalised 0.462); links 13 municipality and 8 business actors
/// through 94 open two-paths (447 in total across 28 group pairs)", "constraint 0.236 with
/// 6 contacts; …", "28 cross-group brokerage roles (itinerant 6, liaison 22); …". Values
/// rounded to 3 decimals (role counts as they are), group names as in the data.
std::string broker_reason(const BrokerEntry& entry, BrokerRankingKind ranking, const Words& w);

/// Why a side of the cooperation triangle has its status: "no actor of group foundation",
/// "no direct tie", "3 ties, clearly fewer than the 9.5 expected (p = 0.012)", "4 ties,
/// about the 4.1 expected" (expectations to 1 decimal, p-values to 3, "p < 0.001" below).
std::string side_reason(const TriangleSide& side, const Words& w);

/// "Jugendamt and Firma X could be introduced by Quartiersbüro and Verein Y (2 shared
/// partners)": display names, the first `partners_named` shared partners named (0 = all),
/// the others counted ("A, B, C and 1 other").
std::string pair_suggestion_text(const Network& network, const PairSuggestion& pair, const Words& w,
                                 std::size_t partners_named = 3);

/// "X has no tie; a tie to Y would connect it to the largest part (40 actors)", or "a tie
/// between Y and X would join 3 actors that no path connects to the largest part (40
/// actors)".
std::string join_suggestion_text(const Network& network, const JoinSuggestion& join,
                                 const Words& w);

/// The name of a tie kind as a legend or table shows it: "project:<id>" as "Projekt: <the
/// project's label>" / "project: <label>" (the id when it has no label), the empty kind as
/// "(ohne Art)" / "(no kind)", the English kinds of coopnet's documentation and samples
/// (advice, commission, coordination, exchange, funding, project, reporting, steering) in
/// German when `w` is German ("Beratung", "Auftrag" …), any other kind as it is.
std::string tie_kind_display_name(const Network& network, const std::string& kind, const Words& w);

/// The sector words of the data with how many actors wrote each ("Kommune (4), Stiftnug (1,
/// nicht erkannt)"), passed through `escape`; empty when every word was already one of
/// coopnet's sector names (then the sector counts say it all). Said next to an absent
/// corner of the triangle, so that a typo or an unmapped word shows at once.
std::string sector_words_list(std::span<const SectorWordUse> words, const Words& w,
                              EscapeText escape = nullptr);

/// The catalogue's word for the status of a side of the cooperation triangle
/// ("schwach", "etwa wie zufällig erwartet" ...).
Word side_status_word(SideStatus status);

/// The one plain sentence that says betweenness is estimated, with the sample and the
/// guarantee: "Die Vermittlerwerte sind geschätzt (Stichprobe von 106.054 Wegen): jeder
/// Wert liegt mit mindestens 90 % Wahrscheinlichkeit höchstens 0,005 vom genauen Wert
/// entfernt." ε and 1 − δ with as many decimals as they need (up to 6).
std::string betweenness_estimate_sentence(const BetweennessEstimate& estimate, const Words& w);

}  // namespace coopnet
