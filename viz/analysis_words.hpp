// Sentences about analysis results that the report and the command line's tables share,
// built from the catalogue (viz/words.hpp) and the numbers of the result.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "analysis/brokerage/broker_ranking.hpp"
#include "analysis/gaps/cooperation_triangle.hpp"
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

/// The name of a tie kind as a legend or table shows it: "project:<id>" as "Projekt: <the
/// project's label>" / "project: <label>" (the id when it has no label), the empty kind as
/// "(ohne Art)" / "(no kind)", any other kind as it is.
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

}  // namespace coopnet
