#include "viz/words.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace coopnet {

namespace {

/// One entry: its key, then the German and the English text.
struct Entry {
    Word word;
    std::string_view german;
    std::string_view english;
};

using W = Word;

// In the order of the enum (checked below). German is written for planners: plain words,
// and a technical term only where the methods section explains it.
constexpr Entry kCatalogue[] = {
    // ---- shared
    {W::And, " und ", " and "},
    {W::AndMore, "{0} weitere", "{0} more"},
    {W::AndOthers, "u. a.", "and others"},
    {W::AmongThem, "darunter {0},", "among them {0}"},
    {W::None, "keine", "none"},
    {W::NoneListed, "(keine)", "(none)"},
    {W::NoneSentence, "Keine.", "None."},
    {W::Yes, "ja", "yes"},
    {W::Open, "offen", "open"},
    {W::PeriodFrom, "ab {0}", "from {0}"},
    {W::PeriodUntil, "bis {0}", "until {0}"},
    {W::PeriodRange, "Zeitraum {0} bis {1}", "Period {0} to {1}"},
    {W::Before, "vorher", "before"},
    {W::After, "nachher", "after"},
    {W::Actors, "{0} Akteur|{0} Akteure", "{0} actor|{0} actors"},
    {W::Cooperations, "{0} Kooperation|{0} Kooperationen", "{0} cooperation|{0} cooperations"},
    {W::Ties, "{0} Kooperation|{0} Kooperationen", "{0} tie|{0} ties"},
    {W::ActorsDative, "{0} Akteur|{0} Akteuren", "{0} actor|{0} actors"},
    {W::DirectCooperations, "{0} direkte Kooperation|{0} direkte Kooperationen",
     "{0} direct cooperation|{0} direct cooperations"},
    {W::Projects, "{0} Projekt|{0} Projekte", "{0} project|{0} projects"},
    {W::Steps, "{0} Schritt|{0} Schritte", "{0} step|{0} steps"},
    {W::Network, "Netzwerk", "network"},
    // ---- sectors
    {W::SectorMunicipality, "Kommune/Verwaltung", "municipality"},
    {W::SectorPublicAgency, "Behörde/Agentur", "public agency"},
    {W::SectorBusiness, "Wirtschaft", "business"},
    {W::SectorFoundation, "Stiftung", "foundation"},
    {W::SectorCivilSociety, "Zivilgesellschaft", "civil society"},
    {W::SectorReligious, "Religionsgemeinschaft", "religious community"},
    {W::SectorEducation, "Bildung", "education"},
    {W::SectorPolitics, "Politik", "politics"},
    {W::SectorOther, "Sonstige", "other"},
    {W::NoGroup, "(ohne)", "(none)"},
    // ---- measures
    {W::MeasureDegree, "Partner (Grad)", "Degree"},
    {W::MeasureStrength, "Stärke", "Strength"},
    {W::MeasureBetweenness, "Betweenness", "Betweenness"},
    {W::MeasureCloseness, "Closeness", "Closeness"},
    {W::MeasureHarmonic, "Harmonisch", "Harmonic"},
    {W::MeasureEigenvector, "Eigenvektor", "Eigenvector"},
    {W::MeasurePageRank, "PageRank", "PageRank"},
    {W::MeasureClustering, "Clustering", "Clustering"},
    {W::MeasureCore, "k-Kern", "k-core"},
    {W::MeasureCutPoint, "Verbindungsstelle", "Cut point"},
    {W::MeasureConstraint, "Constraint (Burt)", "Constraint (Burt)"},
    // ---- actor profile
    {W::ProfileRank, "{0}. von {1}", "{0} of {1}"},
    {W::ProfileDegree, "Mit wie vielen verschiedenen Akteuren dieser Akteur direkt kooperiert.",
     "How many different actors this actor cooperates with directly."},
    {W::ProfileDegreeDirected,
     "Wie viele gerichtete Kooperationen dieser Akteur hat, eingehende und ausgehende "
     "zusammen; ein Partner in beiden Richtungen zählt doppelt.",
     "How many directed ties this actor has, incoming and outgoing together; a partner in "
     "both directions counts twice."},
    {W::ProfileStrength,
     "Die Gewichte seiner Kooperationen zusammengezählt: Hoch steht, wer viele oder starke "
     "Kooperationen hat.",
     "The weights of its ties added up: high for an actor with many or strong ties."},
    {W::ProfileBetweenness,
     "Wie oft der Akteur auf den kürzesten Wegen zwischen anderen liegt: Wer hoch steht, liegt "
     "zwischen vielen Paaren und kann zwischen ihnen vermitteln.",
     "How often the actor lies on the shortest paths between others: high for an actor that "
     "sits between many pairs and can broker between them."},
    {W::ProfileCloseness,
     "Wie nah der Akteur den anderen im Netzwerk ist: Hoch steht, wer mit vielen über kurze "
     "Wege verbunden ist.",
     "How close the actor is to the others in the network: high for an actor linked to many "
     "of them along short paths."},
    {W::ProfileHarmonic,
     "Wie nah der Akteur allen anderen ist: Nahe Akteure zählen viel, ferne wenig, "
     "unerreichbare gar nicht.",
     "How close the actor is to all others: near actors count a lot, distant ones little, "
     "unreachable ones not at all."},
    {W::ProfileEigenvector,
     "Wie eng der Akteur mit gut vernetzten Akteuren verbunden ist: Hoch steht, wer mit "
     "Akteuren kooperiert, die selbst gut vernetzt sind.",
     "How closely the actor is tied to well-connected actors: high for an actor whose "
     "partners are well connected themselves."},
    {W::ProfilePageRank,
     "Wie oft ein zufälliger Gang entlang der Kooperationen bei diesem Akteur vorbeikommt: "
     "Hoch steht, wer mit vielen oder mit gut vernetzten Akteuren verbunden ist.",
     "How often a random walk along the ties passes this actor: high for an actor tied to "
     "many actors or to well-connected ones."},
    {W::ProfileClustering,
     "Welcher Anteil der Paare seiner Partner auch direkt miteinander kooperiert: 1 heißt, "
     "alle seine Partner kooperieren untereinander; 0 auch bei weniger als zwei Partnern.",
     "The share of pairs of its partners who also cooperate directly: 1 means all its "
     "partners cooperate with each other; also 0 with fewer than two partners."},
    {W::ProfileCore,
     "Wie tief der Akteur im dicht vernetzten Kern liegt: k heißt, er gehört zu einem "
     "Teilnetz, in dem jeder mindestens k Partner innerhalb des Teilnetzes hat.",
     "How deep the actor sits in the densely tied core: k means it belongs to a subnetwork "
     "in which everyone has at least k partners inside it."},
    {W::RoleCoordinator, "Koordinator", "Coordinator"},
    {W::RoleItinerant, "Berater", "Consultant"},
    {W::RoleGatekeeper, "Gatekeeper", "Gatekeeper"},
    {W::RoleRepresentative, "Vertreter", "Representative"},
    {W::RoleLiaison, "Verbindungsglied", "Liaison"},
    {W::RoleCoordinatorExplain,
     "Wie oft der Akteur zwei Partner verbindet, die nicht direkt kooperieren, wenn alle drei "
     "aus demselben Sektor kommen.",
     "How often the actor links two partners who do not cooperate directly, all three from "
     "the same sector."},
    {W::RoleItinerantExplain,
     "Wie oft der Akteur zwei Partner aus demselben Sektor verbindet, die nicht direkt "
     "kooperieren, während er selbst aus einem anderen Sektor kommt.",
     "How often the actor links two partners of one sector who do not cooperate directly, "
     "while it belongs to another sector."},
    {W::RoleGatekeeperExplain,
     "Wie oft der Akteur einen Partner aus einem anderen Sektor mit einem Partner aus dem "
     "eigenen Sektor verbindet, die nicht direkt kooperieren: Er kann Außenstehenden den "
     "Zugang zu seinem Sektor öffnen.",
     "How often the actor links a partner from another sector to a partner from its own "
     "sector, the two not cooperating directly: it can open its sector to outsiders."},
    {W::RoleRepresentativeExplain,
     "Wie oft der Akteur einen Partner aus dem eigenen Sektor mit einem Partner aus einem "
     "anderen Sektor verbindet, die nicht direkt kooperieren: Er kann seinen Sektor nach "
     "außen vertreten.",
     "How often the actor links a partner from its own sector to a partner from another "
     "sector, the two not cooperating directly: it can speak for its sector to outsiders."},
    {W::RoleLiaisonExplain,
     "Wie oft der Akteur zwei Partner verbindet, die nicht direkt kooperieren, wenn alle drei "
     "aus verschiedenen Sektoren kommen.",
     "How often the actor links two partners who do not cooperate directly, all three from "
     "different sectors."},
    // ---- the report: page and headings
    {W::ReportKind, "Kooperationsbericht", "Cooperation report"},
    {W::Findings, "Wichtigste Befunde", "Key findings"},
    {W::MapHeading, "Kooperationskarte", "Cooperation map"},
    {W::MapNote,
     "Farbe: Sektor; Größe: Betweenness (wie oft ein Akteur auf den kürzesten Wegen zwischen "
     "anderen liegt); doppelter Rand: die wichtigsten Vermittler; Achteck: Verbindungsstelle "
     "(ohne diesen Akteur zerfällt das Netz); gestrichelt: vorgeschlagene Kooperationen.",
     "Colour: sector; size: betweenness (brokerage position); double outline: the main "
     "brokers; octagon: cut point; dashed: suggested cooperations."},
    {W::MapMissing, "Die Karte konnte nicht gezeichnet werden:", "The map could not be drawn:"},
    {W::ActorsHeading, "Akteure und Kennzahlen", "Actors and metrics"},
    {W::FilterPlaceholder, "Akteure filtern …", "Filter actors …"},
    {W::SortHint, "Zum Sortieren auf eine Spaltenüberschrift klicken.",
     "Click a column heading to sort."},
    {W::CommunitiesHeading, "Gruppen (Communities)", "Clusters (communities)"},
    {W::MixingHeading, "Kooperation zwischen den Sektoren", "Cooperation between sectors"},
    {W::TriangleHeading, "Das Dreieck {0} – {1} – {2}", "The {0} – {1} – {2} triangle"},
    {W::MethodsHeading, "Methoden und Herkunft der Daten", "Methods and provenance"},
    // ---- the report: table columns
    {W::ColActor, "Akteur", "Actor"},
    {W::ColSector, "Sektor", "Sector"},
    {W::ColCommunity, "Gruppe", "Cluster"},
    {W::ColSectorA, "Sektor A", "Sector A"},
    {W::ColSectorB, "Sektor B", "Sector B"},
    {W::ColTies, "Kooperationen", "Ties"},
    {W::ColExpected, "erwartet", "expected"},
    {W::ColRatio, "Verhältnis", "ratio"},
    {W::ColSize, "Akteure", "Actors"},
    {W::ColInternalDensity, "Dichte innen", "Internal density"},
    {W::ColMostCentral, "am stärksten vernetzt", "most central"},
    {W::ColStability, "Stabilität", "Stability"},
    {W::ColSectors, "Sektoren", "Sectors"},
    {W::ColSide, "Seite", "Side"},
    {W::ColStatus, "Zustand", "Status"},
    {W::ColBrokers, "mögliche Vermittler", "possible brokers"},
    {W::ColMeasure, "Kennzahl", "Measure"},
    {W::ColChange, "Veränderung", "change"},
    {W::ColFrom, "von", "from"},
    {W::ColTo, "an", "to"},
    {W::StatusMissing, "fehlt", "missing"},
    {W::StatusWeak, "schwach", "weak"},
    {W::StatusPresent, "etwa wie zufällig erwartet", "about as expected"},
    {W::StatusStrong, "stark", "strong"},
    // ---- the report: key findings
    {W::SizeHeading, "Größe und Dichte", "Size and density"},
    {W::SizeNoActors, "Das Netzwerk enthält keine Akteure.", "The network has no actors."},
    {W::SizeSentence,
     "Das Netzwerk umfasst {0} und {1}. Die Dichte beträgt {2}: So viele von allen möglichen "
     "Paaren arbeiten direkt zusammen.",
     "The network has {0} and {1}. Its density is {2}: that share of all possible pairs "
     "cooperates directly."},
    {W::SizeSectors, "Vertreten sind: {0}.", "Sectors: {0}."},
    {W::SizeConnected, "Alle Akteure sind über Kooperationsketten miteinander verbunden.",
     "Every actor can reach every other through chains of cooperation."},
    {W::SizeFallsApart, "Das Netzwerk zerfällt in {0} getrennte Teile; der größte umfasst {1}.",
     "The network falls into {0} separate parts; the largest has {1}."},
    {W::SizePathLength,
     "Im größten Teil sind Akteure im Mittel {0} Schritte voneinander entfernt (höchstens {1}).",
     "In the largest part, actors are on average {0} steps apart (at most {1})."},
    {W::ClustersHeading, "Die wichtigsten Gruppen", "The main clusters"},
    {W::ClustersFound,
     "Das Leiden-Verfahren findet {0} von Akteuren, die untereinander enger kooperieren als "
     "mit anderen (Modularität {1}; je näher an 1, desto klarer sind die Gruppen getrennt).",
     "The Leiden method finds {0} of actors who cooperate more with each other than with "
     "others (modularity {1}; the closer to 1, the more clearly they are separated)."},
    {W::ClusterCount, "{0} Gruppe|{0} Gruppen", "{0} cluster|{0} clusters"},
    {W::ClusterLine, "Gruppe {0}: {1}, vor allem {2} ({3}); am stärksten vernetzt: {4}.",
     "Cluster {0}: {1}, mostly {2} ({3}); most central: {4}."},
    {W::ClusterStable,
     " Eine stabile Gruppe: Ihre Mitglieder landen im Mittel in {0} der {1} Rechenläufe "
     "zusammen.",
     " A stable cluster: on average its members end up together in {0} of the {1} runs."},
    {W::UncertainActors,
     "Unsichere Zuordnung: {0}. Diese Akteure landen im Mittel in weniger als der Hälfte der "
     "{1} Rechenläufe mit den übrigen Mitgliedern ihrer Gruppe zusammen; ihre Gruppe ist nur "
     "eine von mehreren möglichen.",
     "Uncertain assignment: {0}. On average these actors end up with the other members of "
     "their cluster in fewer than half of the {1} runs; their cluster is only one of several "
     "possible ones."},
    {W::BrokersHeading, "Wer vermittelt", "Who brokers"},
    {W::BrokersNone,
     "Kein Akteur liegt auf kürzesten Wegen zwischen anderen: Es gibt keine Vermittler.",
     "No actor lies on shortest paths between others: there are no brokers."},
    {W::BrokerValue, "{0} – Betweenness {1}", "{0} – betweenness {1}"},
    {W::BrokerNoLink,
     "liegt auf vielen kürzesten Wegen, verbindet aber keine verschiedenen Sektoren direkt.",
     "lies on many shortest paths but links no different sectors directly."},
    {W::BrokerLink,
     "verbindet {0} aus {1} mit {2} aus {3}, die nicht direkt miteinander kooperieren ({4})",
     "links {0} from {1} with {2} from {3} who do not cooperate directly ({4})"},
    {W::BrokerPairs,
     "{0} Paar ohne eigene Kooperation ist über diesen Akteur verbunden|{0} Paare ohne eigene "
     "Kooperation sind über diesen Akteur verbunden",
     "{0} pair without a tie of its own is linked through this actor|{0} pairs without a tie "
     "of their own are linked through this actor"},
    {W::BrokerLinkTotal, "; insgesamt {0} solche Paare aus {1}",
     "; {0} such pairs in all, across {1}"},
    {W::SectorCombinations, "{0} Kombination von Sektoren|{0} verschiedenen Kombinationen von Sektoren",
     "{0} pair of sectors|{0} pairs of sectors"},
    {W::FragileHeading, "Schwachstellen", "Fragile points"},
    {W::FragileNone,
     "Kein einzelner Akteur und keine einzelne Kooperation hält das Netzwerk allein zusammen.",
     "No single actor or cooperation alone holds the network together."},
    {W::FragileActor,
     "Fällt {0} weg, ist {1} vom Rest des Netzwerks abgeschnitten.|Fällt {0} weg, sind {1} "
     "vom Rest des Netzwerks abgeschnitten.",
     "Without {0}, {1} would be cut off from the rest of the network.|Without {0}, {1} would "
     "be cut off from the rest of the network."},
    {W::FragileTie,
     "Endet die Kooperation {0} – {1}, ist {2} abgeschnitten.|Endet die Kooperation {0} – {1}, "
     "sind {2} abgeschnitten.",
     "If the cooperation {0} – {1} ends, {2} would be cut off.|If the cooperation {0} – {1} "
     "ends, {2} would be cut off."},
    {W::FragileMore,
     "Insgesamt gibt es {0} Akteure, ohne die das Netz zerfällt (Verbindungsstellen, in der "
     "Karte als Achteck).",
     "In all there are {0} such cut points (octagons on the map)."},
    {W::TriangleAbsentFoundation, "keine Stiftung", "no foundation"},
    {W::TriangleAbsentMunicipality, "keine Kommune oder Verwaltung", "no municipality"},
    {W::TriangleAbsentBusiness, "kein Unternehmen und kein Wirtschaftsverband", "no business"},
    {W::TriangleAbsentOther, "kein Akteur des Sektors {0}", "no actor of the sector {0}"},
    {W::TriangleAbsent, "In den Daten ist {0} vertreten", "The data contain {0}"},
    {W::TriangleAbsentSides, "die Seiten {0} des Dreiecks fehlen daher ganz.",
     "the sides {0} of the triangle are therefore missing."},
    {W::TriangleWordsSeen,
     "In der Spalte Sektor stehen diese Angaben (in Klammern: wie viele Akteure): {0}. Fehlt "
     "hier ein Wort für diese Gruppe, ordnen Sie es in sectors.csv zu.",
     "The sector column holds these words (in brackets: how many actors): {0}. If a word for "
     "this group is missing here, map it in sectors.csv."},
    {W::TriangleWordUnread, "nicht erkannt", "not recognised"},
    {W::SideMissing, "Zwischen <b>{0} und {1}</b> gibt es keine direkte Kooperation.",
     "There is <b>no direct cooperation between {0} and {1}</b>."},
    {W::SideWeak,
     "{0} und {1} kooperieren schwach: nur {2}, deutlich weniger als die {3}, die bei "
     "zufälliger Wahl der Partner zu erwarten wären.",
     "{0} and {1} cooperate weakly: only {2}, clearly fewer than the {3} that random mixing "
     "would give."},
    {W::SidePresent,
     "{0} und {1} kooperieren direkt: {2}, etwa so viele, wie bei zufälliger Wahl der Partner "
     "zu erwarten wären ({3}).",
     "{0} and {1} cooperate directly: {2}, about as many as random mixing would give ({3})."},
    {W::SideStrong,
     "{0} und {1} kooperieren stark: {2}, deutlich mehr als die {3}, die bei zufälliger Wahl "
     "der Partner zu erwarten wären.",
     "{0} and {1} cooperate strongly: {2}, clearly more than the {3} that random mixing would "
     "give."},
    {W::SideGoBetweens, "Vermitteln könnten {0}", "Possible go-betweens: {0}"},
    {W::SuggestionsHeading, "Vorgeschlagene Kooperationen", "Suggested cooperations"},
    {W::SuggestionsNone,
     "Keine Vorschläge: Kein Paar aus verschiedenen Sektoren hat gemeinsame Partner, ohne "
     "schon zu kooperieren.",
     "No suggestions: no pair from different sectors shares partners without already "
     "cooperating."},
    {W::SuggestionPair, "{0} und {1} könnten durch {2} zusammengebracht werden",
     "{0} and {1} could be introduced by {2}"},
    {W::SharedPartners, "{0} gemeinsamer Partner|{0} gemeinsame Partner",
     "{0} shared partner|{0} shared partners"},
    {W::SuggestionTriangleSide, "Seite des Dreiecks", "a side of the triangle"},
    {W::SuggestionJoin,
     "Der abgetrennte Teil um {0} ({1}) ließe sich über eine Kooperation mit {2} anbinden.",
     "The separate part around {0} ({1}) could be joined through a cooperation with {2}."},
    {W::MixingNote,
     "Direkte Kooperationen zwischen zwei Sektoren, verglichen mit der Zahl, die sich ergäbe, "
     "wenn jeder Akteur ebenso viele Partner hätte, diese aber zufällig wählte (Verhältnis "
     "unter 1: seltener als erwartet).",
     "Direct cooperations between two sectors, against the number random mixing with every "
     "actor's number of partners kept would give (ratio below 1: rarer than expected)."},
    {W::MixingIndices,
     "E-I-Index {0} (−1: alle Kooperationen innerhalb der Sektoren, +1: alle zwischen "
     "verschiedenen Sektoren); Assortativität {1}.",
     "E-I index {0} (−1: all ties within sectors, +1: all between different sectors); "
     "assortativity {1}."},
    {W::TriangleTableNote,
     "In Klammern: wie viele Paare aus den beiden Sektoren, die nicht selbst kooperieren, über "
     "den Vermittler verbunden sind.",
     "In brackets: how many pairs from the two sectors without a tie of their own are linked "
     "through the broker."},
    // ---- the report: methods
    {W::MethodDegree, "Zahl der verschiedenen Kooperationspartner.", "Number of distinct partners."},
    {W::MethodStrength, "Summe der Gewichte der Kooperationen eines Akteurs.",
     "Summed weight of an actor's ties."},
    {W::MethodBetweenness,
     "Anteil der kürzesten Wege zwischen anderen Akteuren, die über den Akteur laufen "
     "(Brandes-Algorithmus; normiert mit 2/((n−1)(n−2))).",
     "Share of shortest paths between other actors that pass through the actor (Brandes' "
     "algorithm; normalised by 2/((n−1)(n−2)))."},
    {W::MethodCloseness,
     "((r−1)/Σd)·((r−1)/(n−1)): Nähe zu allen erreichbaren Akteuren (r erreichbare Akteure, "
     "Σd ihre Entfernungen).",
     "((r−1)/Σd)·((r−1)/(n−1)): nearness to every reachable actor (r actors reach it, Σd "
     "their distances)."},
    {W::MethodHarmonic, "Σ 1/d(u,v) über alle anderen Akteure, geteilt durch n−1.",
     "Σ 1/d(u,v) over all other actors, divided by n−1."},
    {W::MethodEigenvector,
     "Hauptvektor der gewichteten Nachbarschaftsmatrix (Norm 1): Wichtig ist, wer mit "
     "Wichtigen kooperiert.",
     "Principal eigenvector of the weighted adjacency matrix (norm 1): central are those tied "
     "to the central."},
    {W::MethodPageRank, "Zufallswanderung über die Kooperationen, Dämpfung 0,85.",
     "Random walk along the ties, damping 0.85."},
    {W::MethodClustering,
     "Anteil der Partnerpaare eines Akteurs, die auch miteinander kooperieren (ungewichtet).",
     "Share of an actor's partner pairs who also cooperate with each other (unweighted)."},
    {W::MethodCore,
     "Größtes k, sodass der Akteur in einem Teilnetz liegt, in dem jeder mindestens k Partner "
     "hat.",
     "Largest k such that the actor lies in a subnetwork where everyone has at least k "
     "partners."},
    {W::MethodConstraint,
     "Wie stark die Kontakte eines Akteurs untereinander verbunden sind; niedrig = der Akteur "
     "verbindet Kontakte, die sonst nichts miteinander zu tun haben.",
     "How much an actor's contacts are tied among themselves; low = spans structural holes."},
    {W::MethodCutPoint,
     "Akteur, ohne den das Netz in getrennte Teile zerfällt; Brücke: eine Kooperation, ohne "
     "die es zerfällt.",
     "Actor whose loss splits the network; bridge: such a tie."},
    {W::MethodBrokersName, "Vermittler", "Brokers"},
    {W::MethodBrokers,
     "Rangfolge nach Betweenness; die Begründung zählt Paare aus verschiedenen Sektoren, die "
     "nicht selbst kooperieren, aber beide mit dem Vermittler (offene Zweierpfade i – j – k).",
     "Ranked by betweenness; the reason counts open two-paths i – j – k between different "
     "sectors."},
    {W::MethodMixingName, "Mischung der Sektoren", "Mixing"},
    {W::MethodMixing,
     "Kooperationen innerhalb und zwischen den Sektoren; E-I-Index (E−I)/(E+I): −1, wenn "
     "alle Kooperationen innerhalb der Sektoren liegen, +1, wenn alle zwischen ihnen liegen. "
     "Was „erwartet“ heißt, steht unter „Vergleich mit dem Zufall“.",
     "Ties within and between sectors; E-I index (E−I)/(E+I): −1 when every tie lies within "
     "a sector, +1 when every tie lies between sectors. What “expected” means is said under "
     "“Comparison with chance”."},
    {W::MethodSuggestionsName, "Vorschläge", "Suggestions"},
    {W::MethodSuggestions,
     "Nicht verbundene Paare verschiedener Sektoren mit gemeinsamen Partnern, geordnet nach "
     "Resource Allocation Σ 1/k_z (Adamic–Adar bei Gleichstand).",
     "Untied pairs of different sectors with shared partners, by resource allocation Σ 1/k_z "
     "(Adamic–Adar breaks ties)."},
    {W::WeightsHeading, "Gewichte", "Weights"},
    {W::WeightsWeighted,
     "Ein Gewicht ist eine Stärke der Kooperation. Stärke, Eigenvektor und PageRank nutzen das "
     "Gewicht selbst; wegbasierte Maße (Betweenness, Closeness, harmonisch) die Entfernung "
     "1/Gewicht. Mehrfache Kooperationen eines Paares werden zu einer zusammengefasst, ihre "
     "Gewichte addiert.",
     "A weight is a strength of cooperation. Strength, eigenvector and PageRank use the weight "
     "itself; path measures (betweenness, closeness, harmonic) the distance 1/weight. Several "
     "ties of one pair are merged, their weights summed."},
    {W::WeightsUnweighted, "Ungewichtet: Jede zusammengefasste Kooperation zählt 1.",
     "Unweighted: every merged tie counts 1."},
    {W::CommunitiesMethodHeading, "Gruppen", "Clusters"},
    {W::CommunitiesMethod,
     "Leiden-Verfahren, Modularität, Auflösung 1, Startwert (Seed) {0}; Gruppe k ist "
     "Community k−1 von <code>coopnet analyze</code>.",
     "Leiden algorithm, modularity, resolution 1, seed {0}; cluster k is community k−1 of "
     "<code>coopnet analyze</code>."},
    {W::CommunitiesStability,
     "Das Verfahren ist zufallsgesteuert: Es läuft {0}-mal mit verschiedenen, aus dem Startwert "
     "abgeleiteten Startwerten; gezeigt wird der Lauf mit der höchsten Modularität. Stabilität "
     "eines Akteurs: der Anteil der Läufe, in denen er mit einem anderen Mitglied seiner Gruppe "
     "zusammen landet, gemittelt über alle anderen Mitglieder; Stabilität einer Gruppe: der "
     "Mittelwert ihrer Mitglieder. „Stabile Gruppe“: Stabilität mindestens {1}; „unsichere "
     "Zuordnung“: Stabilität unter {2}. Die Stabilität sagt, wie eindeutig das Verfahren eine "
     "Gruppe in diesen Daten findet, nicht, ob die Gruppe in der Wirklichkeit besteht.",
     "The method is randomised: it runs {0} times from different seeds derived from the seed, "
     "and the run of highest modularity is shown. Stability of an actor: the share of runs in "
     "which it ends up with another member of its cluster, averaged over all other members; "
     "stability of a cluster: the mean over its members. \"Stable cluster\": stability at "
     "least {1}; \"uncertain assignment\": stability below {2}. Stability says how clearly "
     "the method finds a cluster in these data, not whether the cluster exists in reality."},
    {W::ChanceMethodHeading, "Vergleich mit dem Zufall", "Comparison with chance"},
    {W::ChanceMethod,
     "Ob zwei Gruppen auffällig wenig oder viel miteinander kooperieren, prüft coopnet an "
     "{0} Zufallsnetzen {1} (bedingter Zufallsgraph-Test wie <code>cug.test</code> in R sna, "
     "Startwert {2}). „Erwartet“ ist der Mittelwert dieser Zufallsnetze. Eine Seite des "
     "Dreiecks heißt „schwach“ oder „stark“ nur, wenn weniger als 5 % der Zufallsnetze so "
     "wenige oder so viele Kooperationen zwischen den beiden Gruppen haben; sonst „etwa wie "
     "erwartet“. Der Test sagt nicht, warum: Auch kleine Gruppen oder unvollständige Daten "
     "können einen Unterschied erklären.",
     "Whether two groups cooperate notably little or much is checked against {0} random "
     "networks {1} (conditional uniform graph test as <code>cug.test</code> in R sna, seed "
     "{2}). “Expected” is the mean of these random networks. A side of the triangle is "
     "called weak or strong only when fewer than 5 % of the random networks have as few or "
     "as many ties between the two groups; otherwise about as expected. The test does not "
     "say why: small groups or incomplete data can explain a difference too."},
    {W::ChanceNullTies,
     "mit denselben Akteuren und derselben Zahl an Kooperationen, zufällig auf die Paare "
     "verteilt",
     "with the same actors and the same number of ties, spread over the pairs at random"},
    {W::ChanceNullDegrees,
     "mit denselben Akteuren, in denen jeder Akteur so viele Partner hat wie in den Daten",
     "with the same actors, each with as many partners as in the data"},
    {W::ChanceNullSize,
     "mit denselben Akteuren, in denen jedes Paar mit Wahrscheinlichkeit 1/2 kooperiert",
     "with the same actors, where each pair cooperates with probability 1/2"},
    {W::ChanceMethodPoisson,
     "Erwartete Kooperationen D_a·D_b/(2m) bei zufälliger Wahl der Partner mit gleicher "
     "Partnerzahl. Eine Seite des Dreiecks heißt „schwach“ oder „stark“ nur, wenn so wenige "
     "oder so viele Kooperationen bei zufälliger Wahl seltener als in 5 % der Fälle "
     "vorkämen (einseitiger exakter Poisson-Test); sonst „etwa wie erwartet“.",
     "Expected ties D_a·D_b/(2m) under random mixing with the same degrees. A side of the "
     "triangle is called weak or strong only when random mixing would give as few or as "
     "many ties in less than 5 % of cases (one-sided exact Poisson test); otherwise about "
     "as expected."},
    {W::ProvenanceHeading, "Herkunft", "Provenance"},
    {W::ProvenanceInput, "Eingabe", "Input"},
    // ---- the report: change over time
    {W::ChangeHeading, "Veränderung", "Change over time"},
    {W::CourseHeading, "Verlauf über die Jahre", "Over the years"},
    {W::CourseSummary,
     "Datierte Kooperationen: {0}, davon im Beobachtungszeitraum beendet: {1}, am Ende der "
     "Beobachtung noch laufend: {2}.",
     "Dated ties: {0}; ended within the observation: {1}; still running at its end: {2}."},
    {W::CourseMedian,
     "Geschätzt hatte die Hälfte der Kooperationen nach {0} Jahren geendet (Median nach "
     "Kaplan–Meier).",
     "By the Kaplan–Meier estimate, half of the ties had ended after {0} years (median)."},
    {W::CourseNoMedian,
     "Mehr als die Hälfte lief bis zum Ende der Beobachtung; wie lange die Kooperationen "
     "insgesamt dauern, lässt sich daraus noch nicht sagen.",
     "More than half were still running at the end of observation; how long the ties last "
     "cannot be said from these data yet."},
    {W::CourseUndated, "{0} Kooperationen ohne Beginn sind nicht enthalten.",
     "{0} ties without a start are left out."},
    {W::CourseMethod,
     "Eine Kooperation ist ein Paar mit einer Art der Zusammenarbeit (gemeinsame Projekte "
     "zählen als Art „Projekt“); sie dauert vom Beginn ihres ersten bis zum Ende ihres letzten "
     "Eintrags, ein Jahr zählt ganz. Noch laufende Kooperationen gehen bis zum Ende der "
     "Beobachtung ein, ohne als beendet zu zählen (Kaplan–Meier-Schätzer).",
     "A tie is a pair with one kind of cooperation (shared projects count as kind "
     "“project”); it lasts from the start of its first to the end of its last record, a year "
     "counting whole. Ties still running count until the end of observation without being "
     "counted as ended (Kaplan–Meier estimator)."},
    {W::ChangeMeasuresHeading, "Das Netzwerk vorher und nachher", "The network before and after"},
    {W::ChangeMapHeading, "Karte der Veränderung", "Map of the change"},
    {W::ChangeMapNote,
     "Grau durchgezogen: Kooperation besteht fort; rot gestrichelt: weggefallen; grün "
     "kräftig: neu. Blass mit gestricheltem Rand: Akteur nicht mehr dabei; grüner "
     "Doppelrand: neu dabei. Farbe der Akteure: Sektor.",
     "Solid grey: tie kept; dashed red: lost; bold green: new. Faded with a dashed outline: "
     "actor no longer there; green double outline: new actor. Actor colour: sector."},
    {W::KeptTiesHeading, "Fortbestehende Kooperationen", "Ties kept"},
    {W::LostTiesHeading, "Weggefallene Kooperationen", "Ties lost"},
    {W::NewTiesHeading, "Neue Kooperationen", "New ties"},
    {W::RowActors, "Akteure", "actors"},
    {W::RowTies, "Kooperationen (Paare)", "ties (pairs)"},
    {W::RowDensity, "Dichte", "density"},
    {W::RowComponents, "getrennte Teile (Komponenten)", "separate parts (components)"},
    {W::RowCentralization, "Zentralisierung (Freeman, Grad)", "degree centralisation (Freeman)"},
    {W::RowModularity, "Modularität (Leiden)", "modularity (Leiden)"},
    {W::PercentagePoints, "{0} Prozentpunkte", "{0} points"},
    {W::ChangeNoActorsBefore, "Vorher gab es keine Akteure; nachher sind es <b>{0}</b>.",
     "There were no actors before; after there are <b>{0}</b>."},
    {W::ChangeOfBefore, "Von {0} vorher", "Of {0} before,"},
    {W::ChangeActorsKept, "ist <b>{0}</b> auch nachher dabei|sind <b>{0}</b> auch nachher dabei",
     "<b>{0}</b> is still there after|<b>{0}</b> are still there after"},
    {W::ChangeActorsLost, "{0} ist nicht mehr dabei|{0} sind nicht mehr dabei",
     "{0} has left|{0} have left"},
    {W::ChangeActorsNew, "{0} ist neu hinzugekommen|{0} sind neu hinzugekommen",
     "{0} has joined|{0} have joined"},
    {W::ChangeNoLongerThere, "Nicht mehr dabei: {0}.", "No longer there: {0}."},
    {W::ChangeNewlyThere, "Neu dabei: {0}.", "New: {0}."},
    {W::ChangeNoTiesBefore, "Vorher gab es keine Kooperationen; nachher sind es <b>{0}</b>.",
     "There were no ties before; after there are <b>{0}</b>."},
    {W::ChangeTiesKept, "besteht <b>{0}</b> fort|bestehen <b>{0}</b> fort",
     "<b>{0}</b> lasts|<b>{0}</b> last"},
    {W::ChangeTiesLost, "{0} ist weggefallen|{0} sind weggefallen", "{0} ended|{0} ended"},
    {W::ChangeTiesNew, "{0} ist neu entstanden|{0} sind neu entstanden", "{0} began|{0} began"},
    {W::ChangePersistence, "Fortbestand {0}", "persistence {0}"},
    {W::ChangeNoCrossSectorBefore, "Vorher gab es keine Kooperation zwischen verschiedenen Sektoren.",
     "There were no ties between different sectors before."},
    {W::ChangeCrossSector,
     "Zwischen verschiedenen Sektoren besteht <b>{0}</b> von {1} fort (<b>{2}</b>; insgesamt "
     "{3}).|Zwischen verschiedenen Sektoren bestehen <b>{0}</b> von {1} fort (<b>{2}</b>; "
     "insgesamt {3}).",
     "Between different sectors, <b>{0}</b> of {1} lasts (<b>{2}</b>; all ties {3}).|Between "
     "different sectors, <b>{0}</b> of {1} last (<b>{2}</b>; all ties {3})."},
    {W::ChangeNoBrokersBefore, "Vorher lag kein Akteur zwischen anderen: Es gab keine Vermittler.",
     "No actor lay between others before: there were no brokers."},
    {W::ChangeBrokersAllStay,
     "Der Vermittler von vorher gehört auch nachher zu den {1} wichtigsten (nach "
     "Betweenness).|Alle {0} Vermittler von vorher gehören auch nachher zu den {1} wichtigsten "
     "(nach Betweenness).",
     "The broker of before is still among the top {1} by betweenness after.|All {0} brokers of "
     "before are still among the top {1} by betweenness after."},
    {W::ChangeBrokersDropped, "Nicht mehr unter den {0} wichtigsten Vermittlern (nach Betweenness): {1}.",
     "No longer among the top {0} brokers (by betweenness): {1}."},
    {W::ChangeRankAfter, "nachher Rang {0} ({1})", "rank {0} after ({1})"},
    {W::ChangeStillThereNoBroker, "nachher noch dabei, vermittelt aber zwischen niemandem",
     "still there after, but between nobody"},
    {W::ChangeGoneAfter, "nachher nicht mehr im Netzwerk", "gone after"},
    {W::ChangeBrokerFell,
     "{0} ({1}) fiel von Rang {2} auf Rang {3} (Betweenness vorher {4}, nachher {5}) und ist "
     "weiter im Netzwerk",
     "{0} ({1}) fell from rank {2} to rank {3} (betweenness {4} before, {5} after) and is "
     "still in the network"},
    {W::ChangeBrokerNoLongerBrokers,
     "{0} ({1}; vorher Rang {2}, Betweenness {3}) ist noch dabei und kooperiert, vermittelt "
     "aber nicht mehr",
     "{0} ({1}; rank {2} before, betweenness {3}) is still there and cooperates, but no longer "
     "brokers"},
    {W::ChangeBrokerLeft,
     "{0} ({1}; vorher Rang {2}, Betweenness {3}) ist ausgeschieden: nachher nicht mehr im "
     "Netzwerk",
     "{0} ({1}; rank {2} before, betweenness {3}) dropped out: gone from the network after"},
    {W::ChangeBrokerLeftNoTies,
     "{0} ({1}; vorher Rang {2}, Betweenness {3}) ist ausgeschieden: nachher ohne Kooperationen",
     "{0} ({1}; rank {2} before, betweenness {3}) dropped out: no ties after"},
    {W::TrendSame, "bleibt bei {0}", "stays at {0}"},
    {W::TrendUp, "steigt von {0} auf {1}", "rises from {0} to {1}"},
    {W::TrendDown, "sinkt von {0} auf {1}", "falls from {0} to {1}"},
    {W::TrendBarely, "ist mit {1} (vorher {0}) kaum verändert",
     "barely changed at {1} ({0} before)"},
    {W::ChangeDensity, "Die Dichte {0} (Anteil der möglichen Paare, die direkt kooperieren).",
     "Density {0} (the share of possible pairs that cooperate directly)."},
    {W::ChangeConnectedBoth, "Vorher wie nachher sind alle Akteure über Kooperationsketten verbunden.",
     "Before and after, every actor can reach every other through chains of cooperation."},
    {W::ChangePartsBoth, "Vorher wie nachher zerfällt das Netzwerk in {0} getrennte Teile.",
     "Before and after, the network falls into {0} separate parts."},
    {W::ChangeParts, "Getrennte Teile: vorher {0}, nachher {1}", "Separate parts: {0} before, {1} after"},
    {W::ChangeMoreFragmented, "das Netzwerk ist zersplitterter", "it is more fragmented"},
    {W::ChangeMoreConnected, "das Netzwerk ist zusammenhängender", "it is more connected"},
    {W::ChangeCentralization, "Die Zentralisierung (Freeman, nach Zahl der Partner) {0}",
     "Degree centralisation (Freeman) {0}"},
    {W::ChangeCentralizationUp, "die Kooperation hängt nun stärker an wenigen Akteuren",
     "cooperation now depends more on a few actors"},
    {W::ChangeCentralizationDown, "die Kooperation verteilt sich nun gleichmäßiger",
     "cooperation is now spread more evenly"},
    {W::ChangeModularityUndefined,
     "Die Modularität (Leiden) ist vorher {0}, nachher {1} (ohne Kooperationen nicht bestimmt).",
     "Modularity (Leiden): {0} before, {1} after (undefined without ties)."},
    {W::ChangeModularity, "Die Modularität (Leiden) {0}", "Modularity (Leiden) {0}"},
    {W::ChangeModularityUp, "die Gruppen sind nun deutlicher voneinander abgegrenzt",
     "the clusters are now more clearly separated"},
    {W::ChangeModularityDown, "die Gruppen sind nun weniger deutlich voneinander abgegrenzt",
     "the clusters are now less clearly separated"},
    {W::ChangeSummaryBrokers,
     "{0} wichtiger Vermittler ist ausgeschieden.|{0} wichtige Vermittler sind ausgeschieden.",
     "{0} main broker dropped out.|{0} main brokers dropped out."},
    {W::ChangeSummaryBrokersStillThere,
     "{0} wichtiger Vermittler ist noch im Netzwerk, aber nicht mehr unter den wichtigsten.|{0} "
     "wichtige Vermittler sind noch im Netzwerk, aber nicht mehr unter den wichtigsten.",
     "{0} main broker is still in the network but no longer among the main ones.|{0} main "
     "brokers are still in the network but no longer among the main ones."},
    {W::ChangeSummaryLink, "Mehr dazu im Abschnitt „Veränderung“.",
     "More in the section “Change over time”."},
    {W::ChangeCompared, "Verglichen werden {0} und {1}.", "Compared: {0} and {1}."},
    {W::ChangeTieDefinition,
     "Eine Kooperation ist ein Paar von Akteuren, gleich wie viele Kooperationen oder "
     "gemeinsame Projekte es verbinden; sie besteht fort, wenn nachher dieselben zwei Akteure "
     "(Kennungen) kooperieren",
     "A tie is a pair of actors, however many ties or shared projects join them; it lasts when "
     "the same two actors (ids) cooperate after"},
    {W::ChangeSameDirection, ", in derselben Richtung", ", in the same direction"},
    {W::ChangeMethod,
     "Akteure sind dieselben bei gleicher Kennung, Kooperationen bei gleichem Paar von "
     "Kennungen (gerichtet: gleiche Richtung); mehrere Kooperationen eines Paares zählen "
     "einmal. Fortbestand = fortbestehende Kooperationen / Kooperationen vorher, ebenso für "
     "Kooperationen zwischen verschiedenen Sektoren (Sektoren wie vorher). Von den Vermittlern, "
     "die vorher zu den {0} mit der höchsten Betweenness gehörten und nachher nicht mehr, "
     "heißt nur ausgeschieden, wer nachher fehlt oder keine Kooperationen mehr hat; bei den "
     "übrigen werden beide Ränge genannt (Rang unter allen Akteuren mit Betweenness über 0) "
     "oder dass sie nicht mehr vermitteln (Betweenness 0). Dichte, Komponenten, "
     "Zentralisierung nach Grad und die Modularität einer Leiden-Partition werden für jeden "
     "Zustand für sich berechnet. Als Anstieg oder Rückgang gilt erst eine Änderung der Dichte "
     "um mindestens {1} Prozentpunkte, der Zentralisierung um mindestens {2} und der "
     "Modularität um mindestens {3}; kleinere Änderungen heißen „kaum verändert“ (die Tabelle "
     "nennt jede Differenz).",
     "Actors are the same when their ids are equal, ties when they join the same pair of ids "
     "(directed: in the same direction); several ties of a pair count once. Persistence = ties "
     "kept / ties before, likewise for ties between different sectors (sectors as before). Of "
     "the brokers among the top {0} by betweenness before and not after, only those gone "
     "from the network or without ties after are said to have dropped out; for the others "
     "both ranks are named (rank among all actors with betweenness above 0), or that they no "
     "longer broker (betweenness 0). Density, components, degree centralisation and the "
     "modularity of a Leiden partition are computed for each state on its own. A change counts "
     "as a rise or a fall only from {1} percentage points of density, {2} of centralisation "
     "and {3} of modularity; smaller changes are called “barely changed” (the table shows "
     "every difference)."},
    // ---- maps: legend and tooltips
    {W::LegendSector, "Sektor", "sector"},
    {W::LegendTieKind, "Art der Kooperation", "tie kind"},
    {W::LegendMarks, "Zeichen", "marks"},
    {W::LegendMoreGroups, "{0} weitere Gruppen ({1})", "{0} more groups ({1})"},
    {W::LegendMoreKinds, "{0} weitere Arten", "{0} more kinds"},
    {W::LegendNoKind, "(ohne Art)", "(no kind)"},
    {W::LegendProject, "Projekt: {0}", "project: {0}"},
    {W::MarkSize, "Größe", "size"},
    {W::MarkSizeText, "wächst mit: {0}", "grows with {0}"},
    {W::MarkDoubleOutline, "doppelter Rand", "double outline"},
    {W::MarkDoubleOutlineText, "die {0} wichtigsten Vermittler (nach Betweenness)",
     "top {0} brokers by betweenness"},
    {W::MarkOctagon, "Achteck", "octagon"},
    {W::MarkOctagonDiamond, "Achteck, Raute", "octagon, diamond"},
    {W::MarkCutPointText, "Verbindungsstelle: ohne diesen Akteur zerfällt das Netz",
     "cut point: its loss splits the network"},
    {W::MarkHeavyLine, "dicke Linie", "heavy line"},
    {W::MarkBridgeText, "Brücke: ohne diese Kooperation zerfällt das Netz",
     "bridge: its loss splits the network"},
    {W::MarkLineWidth, "Linienstärke", "line width"},
    {W::MarkLineWidthText, "Gewicht der Kooperation (logarithmisch)", "tie weight (log scale)"},
    {W::MarkStrands, "Stränge", "strands"},
    {W::MarkStrandsText, "einer je Art der Kooperation des Paares",
     "one per tie kind between the pair"},
    {W::MarkDashedLine, "gestrichelt", "dashed line"},
    {W::MarkSuggestedText, "vorgeschlagene Kooperation (gemeinsame Partner)",
     "suggested cooperation (shared partners)"},
    {W::MarkGreyBox, "graues Feld", "grey box"},
    {W::MarkCommunityText, "Gruppe (Leiden, Seed {0})", "community (Leiden, seed {0})"},
    {W::MarkArrow, "Pfeil", "arrow"},
    {W::MarkArrowText, "Richtung der Kooperation", "direction of the tie"},
    {W::MarkLabels, "Beschriftung", "labels"},
    {W::MarkLabelsText, "die {0} wichtigsten Akteure nach {1}", "top {0} actors by {1}"},
    {W::ViewWhole, "ganzes Netzwerk", "whole network"},
    {W::ViewEgo, "Umfeld von {0}, {1}", "ego map of {0}, radius {1}"},
    {W::ViewCommunity, "Gruppe {0} (Leiden, Seed {1})", "community {0} (Leiden, seed {1})"},
    {W::ViewTriangle,
     "Kooperationsdreieck: Akteure aus Kommune, Wirtschaft und Stiftungen und die Akteure, die "
     "sie verbinden",
     "cooperation triangle: municipality, business and foundation actors and the actors that "
     "link them"},
    {W::TiedPairs, "{0} verbundenes Paar|{0} verbundene Paare", "{0} tied pair|{0} tied pairs"},
    {W::CommunityLabel, "Gruppe {0}", "community {0}"},
    {W::TooltipWeight, "Gewicht {0}", "weight {0}"},
    {W::TooltipSuggested, "vorgeschlagen: {0}", "suggested: {0}"},
    {W::DiffLegendTies, "Kooperationen", "ties"},
    {W::DiffLegendActors, "Akteure", "actors"},
    {W::DiffKeptTie, "grau, durchgezogen: besteht fort", "grey, solid: kept"},
    {W::DiffLostTie, "rot, gestrichelt: weggefallen", "red, dashed: lost"},
    {W::DiffNewTie, "grün, kräftig: neu", "green, bold: new"},
    {W::DiffKeptActor, "normal: weiterhin dabei", "plain: kept"},
    {W::DiffLostActor, "blass, gestrichelter Rand: nicht mehr dabei", "faded, dashed outline: lost"},
    {W::DiffNewActor, "grüner Doppelrand: neu dabei", "green double outline: new"},
    {W::DiffArrow, "Pfeil: Richtung der Kooperation", "arrow: direction of the tie"},
    {W::DiffLabels, "beschriftet: die {0} Akteure mit den meisten Partnern",
     "labelled: the top {0} actors by partners"},
    // ---- command line: info and validate
    {W::InfoNetwork, "Netzwerk", "Network"},
    {W::InfoDirected, "gerichtet", "directed"},
    {W::InfoUndirected, "ungerichtet", "undirected"},
    {W::InfoActors, "Akteure", "actors"},
    {W::InfoTies, "Kooperationen", "ties"},
    {W::InfoTiesFromProjects, "{0} + {1} aus gemeinsamen Projekten ({2})", "{0} + {1} from {2}"},
    {W::InfoTiesMerged, "{0} Paar nach dem Zusammenfassen|{0} Paare nach dem Zusammenfassen",
     "{0} pair after merging|{0} pairs after merging"},
    {W::InfoDensity, "Dichte", "density"},
    {W::InfoComponents, "getrennte Teile", "components"},
    {W::InfoLargest, "größter: {0}", "largest: {0}"},
    {W::InfoStrong, "stark zusammenhängend: {0}", "strong: {0}"},
    {W::InfoPeriod, "Zeitraum", "period"},
    {W::InfoUndated, "ohne Datum", "undated"},
    {W::InfoPeriodRange, "{0} bis {1}", "{0} to {1}"},
    {W::InfoUndatedTies, "{0} Kooperation ohne Datum|{0} Kooperationen ohne Datum",
     "{0} undated tie|{0} undated ties"},
    {W::InfoSectors, "Sektoren", "Sectors"},
    {W::InfoTieKinds, "Arten der Kooperation", "Tie kinds"},
    {W::InfoNoTies, "(keine Kooperationen)", "(no ties)"},
    {W::InfoWarnings, "Hinweise", "Warnings"},
    {W::InfoIsolates, "{0} Akteur ohne jede Kooperation|{0} Akteure ohne jede Kooperation",
     "{0} actor without any tie|{0} actors without any tie"},
    {W::InfoSelfTies,
     "{0} Kooperation eines Akteurs mit sich selbst: bleibt in der Datei, zählt in der Analyse "
     "nicht|{0} Kooperationen von Akteuren mit sich selbst: bleiben in der Datei, zählen in der "
     "Analyse nicht",
     "{0} self-tie: kept in the file, left out of the analysis|{0} self-ties: kept in the file, "
     "left out of the analysis"},
    {W::InfoDuplicateTies,
     "{0} weitere Kooperation eines Paares, das schon eine hat: für die Analyse zusammengefasst "
     "(Gewichte addiert)|{0} weitere Kooperationen von Paaren, die schon eine haben: für die "
     "Analyse zusammengefasst (Gewichte addiert)",
     "{0} duplicate tie between the same pair: merged for analysis (weights summed)|{0} "
     "duplicate ties between the same pair: merged for analysis (weights summed)"},
    {W::ValidateProblems, "{0} Problem|{0} Probleme", "{0} problem|{0} problems"},
    {W::ValidateValid, "{0}: gültig, {1}, {2}, {3}", "{0}: valid, {1}, {2}, {3}"},
    {W::SectorWordsHeading, "Sektorwörter (wie die Spalte Sektor gelesen wurde)",
     "Sector words (how the sector column was read)"},
    {W::SectorWordsPlanner, "(Ihre Sektorzuordnung)", "(your sector map)"},
    {W::SectorWordsAmbiguous, "mehrdeutig: {0}? In sectors.csv oder mit --sector-map festlegen",
     "ambiguous: {0}? say which in sectors.csv or --sector-map"},
    {W::SectorWordsOr, " oder ", " or "},
    {W::SectorWordsUnknown, "unbekannt: eine eigene Gruppe, außerhalb des Dreiecks",
     "unknown: a group of its own, outside the triangle"},
    {W::SectorWordsClosest, "(meinten Sie {0}?)", "(did you mean {0}?)"},
    // ---- command line: analyze
    {W::AnalyzeActors, "Akteure", "actors"},
    {W::AnalyzeTies, "Kooperationen (Paare)", "ties (pairs)"},
    {W::AnalyzeDirected, "(gerichtet)", "(directed)"},
    {W::AnalyzeDensity, "Dichte", "density"},
    {W::AnalyzeComponents, "getrennte Teile", "components"},
    {W::AnalyzeStrong, "(stark zusammenhängend: {0})", "(strong: {0})"},
    {W::AnalyzeLargest, "größter Teil {0}", "largest {0}"},
    {W::AnalyzeAveragePath, "mittlere Entfernung (größter Teil)", "average path (largest)"},
    {W::AnalyzeDiameter, "größte Entfernung (größter Teil)", "diameter (largest)"},
    {W::AnalyzeCentralization, "Zentralisierung (nach Partnerzahl)", "degree centralisation"},
    {W::AnalyzeClustering, "mittleres Clustering", "average clustering"},
    {W::AnalyzeTransitivity, "Transitivität", "transitivity"},
    {W::AnalyzeWeights, "Gewichte", "weights"},
    {W::AnalyzeWeightsUsed, "berücksichtigt (Wege: Entfernung = 1/Gewicht)",
     "used (paths: distance = 1/weight)"},
    {W::AnalyzeWeightsIgnored, "nicht berücksichtigt (--unweighted)", "ignored (--unweighted)"},
    {W::AnalyzeTopBetweenness,
     "Betweenness – wer auf den kürzesten Wegen zwischen anderen liegt (Vermittler)",
     "Betweenness - who lies on the shortest paths between others (brokers)"},
    {W::AnalyzeTopDegree, "Partner (Grad) – wie viele Kooperationspartner",
     "Degree - how many partners"},
    {W::AnalyzeTopStrength, "Stärke – Summe der Gewichte der Kooperationen",
     "Strength - summed strength of cooperation"},
    {W::AnalyzeTopEigenvector, "Eigenvektor – Partner gut vernetzter Partner",
     "Eigenvector - partners of well-connected partners"},
    {W::AnalyzeTopPageRank, "PageRank – über viele Wege erreichbar", "PageRank - reached by many paths"},
    {W::AnalyzeTopCloseness, "Closeness – wenige Schritte zu allen anderen",
     "Closeness - few steps to everyone else"},
    {W::AnalyzeTopHarmonic, "Harmonisch – Nähe, die auch getrennte Teile zulässt",
     "Harmonic - closeness that tolerates gaps"},
    {W::AnalyzeTopCore, "k-Kern – gehört zu einem eng verflochtenen Kern",
     "Core - belongs to a densely knit core (k-core)"},
    {W::AnalyzeCommunities,
     "Gruppen – Akteure, die untereinander enger kooperieren als mit anderen ({0}, Modularität "
     "{1})",
     "Communities - groups that work together more than with others ({0}, modularity {1})"},
    {W::AnalyzeCommunityLine, "{0}, Dichte innen {1}{2}, am stärksten vernetzt: {3}",
     "{0}, density {1}{2}, most central: {3}"},
    {W::AnalyzeNotConnected, ", untereinander nicht verbunden", ", not connected among themselves"},
    {W::AnalyzeCutPoints, "Verbindungsstellen – Akteure, ohne die das Netz zerfällt",
     "Articulation points - without them the network falls apart"},
    {W::AnalyzeBridges, "Brücken – Kooperationen, ohne die das Netz zerfällt",
     "Bridges - ties whose loss splits the network"},
    {W::BetweennessEstimated,
     "Die Vermittlerwerte sind geschätzt (Stichprobe von {0} Wegen): jeder Wert liegt mit "
     "mindestens {1} Wahrscheinlichkeit höchstens {2} vom genauen Wert entfernt.",
     "Betweenness is estimated (a sample of {0} shortest paths): with probability at least "
     "{1} every value lies within {2} of the exact value."},
    // ---- command line: brokers and gaps
    {W::BrokersTitle, "Vermittler – wer das Netzwerk zusammenhält",
     "Brokers - who holds the network together"},
    {W::BrokersByBetweenness, "Nach Betweenness: auf den kürzesten Wegen zwischen anderen",
     "By betweenness: on the shortest paths between others"},
    {W::BrokersByConstraint, "Nach niedrigem Constraint (Burt): Partner, die einander nicht kennen",
     "By low constraint (Burt): partners who do not know each other"},
    {W::BrokersAcrossGroups,
     "Zwischen Gruppen (Gould & Fernandez): Paare aus verschiedenen Gruppen, die nur über den "
     "Vermittler verbunden sind",
     "Across groups (Gould & Fernandez): open two-paths between groups"},
    {W::BrokersNoLinks, "verbindet keine verschiedenen Gruppen", "links no different groups"},
    {W::GapsTriangle, "Kooperationsdreieck {0} – {1} – {2} (Gruppen nach {3})",
     "Cooperation triangle {0} - {1} - {2} (groups by {3})"},
    {W::GapsAbsentGroup, "Kein Akteur der Gruppe „{0}“ ist im Netzwerk.",
     "No actor of the group '{0}' is in the network."},
    {W::GapsSide, "{0} – {1}: {2} ({3}, {4} erwartet)", "{0} - {1}: {2} ({3}, {4} expected)"},
    {W::GapsSideBroker, "Vermittler: {0} (verbindet {1} Paar)|Vermittler: {0} (verbindet {1} Paare)",
     "broker: {0} ({1} two-path)|broker: {0} ({1} two-paths)"},
    {W::GapsMixing, "Kooperation zwischen den Gruppen – beobachtet / bei zufälliger Partnerwahl erwartet",
     "Mixing between groups - ties observed / expected by chance"},
    {W::GapsMixingRatio, "(Verhältnis {0})", "(ratio {0})"},
    {W::GapsEiIndex,
     "E-I-Index (Krackhardt & Stern; −1: alle Kooperationen innerhalb der Gruppen, +1: alle "
     "zwischen ihnen): {0}",
     "E-I index (Krackhardt & Stern; -1 all ties inside groups, +1 all between): {0}"},
    {W::GapsAssortativity, "Assortativität (Newman): {0}", "assortativity (Newman): {0}"},
    {W::GapsFragile, "Schwachstellen – Akteure und Kooperationen, ohne die andere abgeschnitten sind",
     "Fragile points - actors and ties whose loss cuts others off"},
    {W::GapsCutsOff, "{0}: schneidet {1} ab ({2})", "{0}: cuts off {1} ({2})"},
    {W::GapsFragileTie, "Kooperation {0} – {1}: schneidet {2} ab ({3})",
     "tie {0} -- {1}: cuts off {2} ({3})"},
    {W::GapsCommunityGaps, "Lücken zwischen Gruppen – weit weniger Kooperationen als erwartet",
     "Gaps between communities - far fewer ties than expected"},
    {W::GapsCommunityGap, "Gruppen {0} und {1}: {2}, {3} erwartet",
     "communities {0} and {1}: {2}, {3} expected"},
    {W::GapsSuggestions, "Vorgeschlagene Kooperationen – Partner von Partnern aus verschiedenen Gruppen",
     "Suggested cooperations - partners of partners from different groups"},
    {W::GapsJoinAlone,
     "{0} hat keine Kooperation; eine Kooperation mit {1} würde es mit dem größten Teil ({2}) "
     "verbinden",
     "{0} has no tie; a tie to {1} would connect it to the largest part ({2})"},
    {W::GapsJoinPart,
     "eine Kooperation zwischen {0} und {1} würde {2} anbinden, die kein Weg mit dem größten "
     "Teil ({3}) verbindet",
     "a tie between {0} and {1} would join {2} that no path connects to the largest part ({3})"},
    {W::GapsJoin, "Anbindung: {0}", "join: {0}"},
    // ---- command line: diff
    {W::DiffTitle, "Veränderung der Kooperation", "Change in cooperation"},
    {W::DiffCounting,
     "Kooperationen zählen einmal je Paar von Akteuren, gleich wie viele Kooperationen oder "
     "gemeinsame Projekte es verbinden.",
     "Ties are counted once per pair of actors, however many ties or shared projects join "
     "them."},
    {W::DiffCountingDirected,
     "Kooperationen zählen einmal je Paar von Akteuren und Richtung, gleich wie viele "
     "Kooperationen oder gemeinsame Projekte es verbinden.",
     "Ties are counted once per pair of actors and direction, however many ties or shared "
     "projects join them."},
    {W::DiffActorsHeading, "Akteure ({0} vorher, {1} nachher)", "Actors ({0} before, {1} after)"},
    {W::DiffTiesHeading, "Kooperationen ({0} vorher, {1} nachher)", "Ties ({0} before, {1} after)"},
    {W::DiffKept, "geblieben", "kept"},
    {W::DiffLost, "weggefallen", "lost"},
    {W::DiffNew, "neu", "new"},
    {W::DiffPersistence, "(Fortbestand {0})", "(persistence {0})"},
    {W::DiffNotDefined, "nicht bestimmt: vorher keine", "not defined: none before"},
    {W::DiffTooMany, "(zu viele für diese Liste; --format json nennt sie)",
     "(too many to list here; --format json lists them)"},
    {W::DiffBetweenSectors, "zwischen Sektoren: {0} von {1} geblieben (Fortbestand {2})",
     "between sectors: {0} of {1} kept (persistence {2})"},
    {W::DiffBrokersHeading,
     "Vermittler (die {0} wichtigsten nach Betweenness; nur Akteure, die zwischen anderen "
     "liegen)",
     "Brokers (top {0} by betweenness; only actors that lie between others)"},
    {W::DiffNobodyBetween, "(niemand liegt zwischen anderen)", "(nobody lies between others)"},
    {W::DiffDroppedOut, "nicht mehr in der Liste: {0}", "left the list: {0}"},
    {W::DiffDroppedLine, "{0}: vorher Rang {1} ({2}), ", "{0}: rank {1} before ({2}), "},
    {W::DiffWholeNetwork, "Gesamtnetz", "Whole network"},
    // ---- CSV column headers of --csv-style excel-de
    {W::CsvId, "Kennung", "id"},
    {W::CsvLabel, "Name", "label"},
    {W::CsvSector, "Sektor", "sector"},
    {W::CsvInDegree, "eingehend", "in_degree"},
    {W::CsvOutDegree, "ausgehend", "out_degree"},
    {W::CsvArticulation, "Verbindungsstelle", "articulation"},
    {W::CsvComponent, "Teil", "component"},
    {W::CsvCommunity, "Gruppe", "community"},
    {W::CsvCommunityStability, "Sicherheit der Zuordnung", "community_stability"},
    {W::CsvStability, "Stabilität", "stability"},
    {W::CsvRanking, "Rangliste", "ranking"},
    {W::CsvRank, "Rang", "rank"},
    {W::CsvGroup, "Gruppe", "group"},
    {W::CsvValue, "Wert", "value"},
    {W::CsvCrossGroupPairs, "Paare zwischen Gruppen", "cross_group_two_paths"},
    {W::CsvReason, "Begründung", "reason"},
    {W::CsvFirst, "Akteur 1", "first"},
    {W::CsvFirstLabel, "Name 1", "first_label"},
    {W::CsvFirstGroup, "Gruppe 1", "first_group"},
    {W::CsvSecond, "Akteur 2", "second"},
    {W::CsvSecondLabel, "Name 2", "second_label"},
    {W::CsvSecondGroup, "Gruppe 2", "second_group"},
    {W::CsvResourceAllocation, "Resource Allocation", "resource_allocation"},
    {W::CsvAdamicAdar, "Adamic-Adar", "adamic_adar"},
    {W::CsvSharedPartners, "gemeinsame Partner", "shared_partners"},
    {W::CsvExplanation, "Erläuterung", "explanation"},
    {W::CsvKey, "Kennzahl", "key"},
    {W::CsvSize, "Akteure", "size"},
    {W::CsvInternalTies, "Kooperationen innen", "internal_ties"},
    {W::CsvInternalWeight, "Gewicht innen", "internal_weight"},
    {W::CsvInternalDensity, "Dichte innen", "internal_density"},
    {W::CsvConnected, "zusammenhängend", "connected"},
    {W::CsvMostCentral, "am stärksten vernetzt", "most_central"},
    {W::CsvSectors, "Sektoren", "sectors"},
    {W::CsvMembers, "Mitglieder", "members"},
    {W::CsvTies, "Kooperationen", "ties"},
    {W::CsvWeight, "Gewicht", "weight"},
    {W::CsvExpected, "erwartet", "expected"},
    {W::CsvPFewer, "p (weniger)", "p_fewer"},
    {W::CsvPMore, "p (mehr)", "p_more"},
    {W::CsvStatus, "Zustand", "status"},
    {W::CsvFate, "Verbleib", "fate"},
    {W::CsvRankAfter, "Rang nachher", "rank_after"},
    {W::CsvBetweennessAfter, "Betweenness nachher", "betweenness_after"},
    // ---- sheet names of the workbooks
    {W::SheetActors, "Akteure", "actors"},
    {W::SheetNetwork, "Netzwerk", "network"},
    {W::SheetCommunities, "Gruppen", "communities"},
    {W::SheetBrokers, "Vermittler", "brokers"},
    {W::SheetGaps, "Lücken", "gaps"},
    {W::SheetSuggestions, "Vorschläge", "suggestions"},
    {W::SheetBridges, "Brücken", "bridges"},
    {W::SheetTies, "Kooperationen", "ties"},
    // ---- reasons and explanations (English in JSON and CSV)
    {W::ReasonBetweenness, "Betweenness {0} (normiert {1}); {2}",
     "betweenness {0} (normalised {1}); {2}"},
    {W::ReasonConstraint, "Constraint {0} bei {1} Kontakten; {2}",
     "constraint {0} with {1} contacts; {2}"},
    {W::ReasonCrossGroupRoles,
     "{0} Vermittlerrolle zwischen Gruppen ({1}); {2}|"
     "{0} Vermittlerrollen zwischen Gruppen ({1}); {2}",
     "{0} cross-group brokerage role ({1}); {2}|{0} cross-group brokerage roles ({1}); {2}"},
    {W::ReasonLinks,
     "verbindet {0} Akteure aus {1} und {2} aus {3} über {4} offenen Zweierpfad|"
     "verbindet {0} Akteure aus {1} und {2} aus {3} über {4} offene Zweierpfade",
     "links {0} {1} and {2} {3} actors through {4} open two-path|"
     "links {0} {1} and {2} {3} actors through {4} open two-paths"},
    {W::ReasonLinksTotal, " (insgesamt {0} über {1} Gruppenpaare)",
     " ({0} in total across {1} group pairs)"},
    {W::ReasonNoLinks, "kein offener Zweierpfad zwischen Akteuren verschiedener Gruppen",
     "no open two-path between actors of different groups"},
    {W::ReasonSideNoActor, "kein Akteur der Gruppe {0}", "no actor of group {0}"},
    {W::ReasonSideNoActors, "kein Akteur der Gruppe {0} oder {1}", "no actor of group {0} or {1}"},
    {W::ReasonSideNoTie, "keine direkte Kooperation", "no direct tie"},
    {W::ReasonSideFewer, "{0}, deutlich weniger als die erwarteten {1} ({2})",
     "{0}, clearly fewer than the {1} expected ({2})"},
    {W::ReasonSideMore, "{0}, deutlich mehr als die erwarteten {1} ({2})",
     "{0}, clearly more than the {1} expected ({2})"},
    {W::ReasonSideAbout, "{0}, etwa die erwarteten {1}", "{0}, about the {1} expected"},
    {W::ReasonPValue, "p = {0}", "p = {0}"},
    {W::ReasonPValueBelow, "p < {0}", "p < {0}"},
    {W::ReasonIntroduced,
     "{0} und {1} könnten über {2} zusammenfinden ({3} gemeinsamer Partner)|"
     "{0} und {1} könnten über {2} zusammenfinden ({3} gemeinsame Partner)",
     "{0} and {1} could be introduced by {2} ({3} shared partner)|"
     "{0} and {1} could be introduced by {2} ({3} shared partners)"},
    {W::ReasonOthers, "{0} weiteren|{0} weitere", "{0} other|{0} others"},
    {W::ReasonJoinIsolate, "{0} hat keine Kooperation; eine mit {1} verbände es mit {2}",
     "{0} has no tie; a tie to {1} would connect it to {2}"},
    {W::ReasonJoinPart,
     "eine Kooperation zwischen {0} und {1} verbände {2} Akteure, die kein Weg mit {3} "
     "verbindet",
     "a tie between {0} and {1} would join {2} actors that no path connects to {3}"},
    {W::ReasonLargestPart, "dem größten Teil ({0} Akteure)", "the largest part ({0} actors)"},

    // ---- interactive map
    {W::KindAdvice, "Beratung", "advice"},
    {W::KindCommission, "Auftrag", "commission"},
    {W::KindCoordination, "Abstimmung", "coordination"},
    {W::KindExchange, "Austausch", "exchange"},
    {W::KindFunding, "Förderung", "funding"},
    {W::KindProject, "Projekt", "project"},
    {W::KindReporting, "Berichtswesen", "reporting"},
    {W::KindSteering, "Steuerung", "steering"},
    {W::MapSearch, "Akteur suchen (Name oder Kennung)", "Find an actor (name or id)"},
    {W::MapSearchLabel, "Akteur suchen", "Find an actor"},
    {W::MapNoMatch, "Kein Akteur gefunden.", "No actor found."},
    {W::MapZoomIn, "Vergrößern", "Zoom in"},
    {W::MapZoomOut, "Verkleinern", "Zoom out"},
    {W::MapZoomReset, "Ganze Karte", "Whole map"},
    {W::MapHelp,
     "Mausrad oder +/− zoomt, Ziehen verschiebt die Karte. Ein Klick auf einen Akteur zeigt "
     "seine Partner und Kennzahlen.",
     "Wheel or +/− zooms, dragging moves the map. Click an actor to see its partners and "
     "figures."},
    {W::MapProfileHint,
     "Klicken Sie auf einen Akteur in der Karte oder suchen Sie ihn oben: Hier erscheinen "
     "dann seine Partner, seine Kennzahlen und vorgeschlagene Kooperationen.",
     "Click an actor on the map or find it above: its partners, figures and suggested "
     "cooperations appear here."},
    {W::MapFilterSectors, "Bereiche", "Sectors"},
    {W::MapFilterKinds, "Art der Zusammenarbeit", "Kinds of ties"},
    {W::MapFilterSuggestions, "Vorgeschlagene Kooperationen zeigen",
     "Show suggested cooperations"},
    {W::MapFilterYear, "Jahr", "Year"},
    {W::MapAllYears, "alle Jahre", "all years"},
    {W::MapNoYears, "Keine Kooperation ist datiert.", "No tie is dated."},
    {W::MapCommunity, "Gruppe {0}", "group {0}"},
    {W::MapCutPoint, "Ohne diesen Akteur zerfiele das Netzwerk in getrennte Teile.",
     "Without this actor the network would fall apart."},
    {W::MapCutOff, "Ohne diesen Akteur wären {0} Akteure vom Rest abgeschnitten:",
     "Without this actor, {0} actors would be cut off from the rest:"},
    {W::MapPartners, "Partner ({0})", "Partners ({0})"},
    {W::MapNoPartners, "Keine Partner in der Karte.", "No partners on the map."},
    {W::MapMeasures, "Kennzahlen", "Figures"},
    {W::MapRoles, "Vermittlerrollen", "Brokerage roles"},
    {W::MapSuggestions, "Vorgeschlagene Kooperationen", "Suggested cooperations"},
    {W::MapVia, "(könnte vermittelt werden durch {0})", "(could be introduced by {0})"},
    {W::MapSince, "seit {0}", "since {0}"},
    {W::MapUntil, "bis {0}", "until {0}"},
    {W::MapClose, "Schließen", "Close"},
    // ---- coopnet qap
    {W::QapTitle,
     "QAP-Regression (MRQAP, doppelte Semi-Partialisierung; Dekker, Krackhardt & Snijders 2007)",
     "QAP regression (MRQAP, double semi-partialling; Dekker, Krackhardt & Snijders 2007)"},
    {W::QapNetwork, "{0} Akteure, {1} Dyaden (ungeordnete Paare)",
     "{0} actors, {1} dyads (unordered pairs)"},
    {W::QapNetworkDirected, "{0} Akteure, {1} Dyaden (geordnete Paare, gerichtet)",
     "{0} actors, {1} dyads (ordered pairs, directed)"},
    {W::QapDependent, "abhängig: Kooperationen", "dependent: ties"},
    {W::QapDependentKind, "abhängig: Kooperationen der Art {0}", "dependent: ties of kind {0}"},
    {W::QapWeights, " (Gewichte summiert)", " (weights summed)"},
    {W::QapLeftOut, "ausgelassen (fehlender Wert): {0} Akteur ({1})|"
     "ausgelassen (fehlende Werte): {0} Akteure ({1})",
     "left out (missing value): {0} actor ({1})|left out (missing values): {0} actors ({1})"},
    {W::QapPermutations, "{0} Permutationen, Seed {1}", "{0} permutations, seed {1}"},
    {W::QapRSquared, "R² {0} (korrigiert {1})", "R² {0} (adjusted {1})"},
    {W::QapCorrelationHeading, "QAP-Korrelation mit den Kooperationen",
     "QAP correlation with the ties"},
    {W::QapPNote,
     "p: Anteil der Permutationen mit einem t, das dem Betrag nach mindestens so groß ist wie "
     "das beobachtete (zweiseitig)",
     "p: share of permutations whose t is at least as large in absolute value as the observed "
     "one (two-sided)"},
    {W::CsvTerm, "Term", "term"},
    {W::CsvEstimate, "Schätzwert", "estimate"},
    {W::CsvStdError, "Standardfehler", "std_error"},
    {W::CsvTValue, "t", "t"},
    {W::CsvP, "p", "p"},
    {W::CsvPGreater, "p (größer)", "p_greater"},
    {W::CsvPLess, "p (kleiner)", "p_less"},
    {W::CsvCorrelation, "QAP-Korrelation", "qap_correlation"},
    {W::CsvCorrelationP, "p der Korrelation", "qap_correlation_p"},
    {W::CsvNetwork, "Netzwerk", "network"},
    {W::CsvActors, "Akteure", "actors"},
    {W::CsvDensity, "Dichte", "density"},
    {W::CsvComponents, "Komponenten", "components"},
    {W::CsvCentralization, "Zentralisierung", "centralization"},
    {W::CsvModularity, "Modularität", "modularity"},
    {W::CsvEi, "E-I-Index", "ei"},
    {W::CsvTrianglePresent, "Dreieck: Seiten da", "triangle_present"},
    {W::CsvTriangleWeak, "Dreieck: schwache Seiten", "triangle_weak"},
    {W::CsvTopBrokerShare, "Anteil größter Vermittler", "top_broker_share"},
    {W::CsvTopBroker, "größter Vermittler", "top_broker"},
    {W::CsvCutPoints, "Schnittpunkte", "cut_points"},
    {W::CsvBridges, "Brücken", "bridges"},
    {W::CsvMeasure, "Maß", "measure"},
    {W::CsvNetworks, "Netzwerke", "networks"},
    {W::CsvMethod, "Verfahren", "method"},
    {W::CompareTitle, "{0} Netzwerk im Vergleich|{0} Netzwerke im Vergleich", "{0} network compared|{0} networks compared"},
    {W::CompareChanceSimulated, "Dreiecksseiten gegen {0} Zufallsnetze geprüft (Startwert {1})", "triangle sides tested against {0} random networks (seed {1})"},
    {W::CompareChancePoisson, "Dreiecksseiten mit der Poisson-Näherung geprüft", "triangle sides tested with the Poisson approximation"},
    {W::CompareColumnsNote, "Dreieck: Seiten da/schwach; Vermittler: Anteil des größten an aller Zwischenstellung; brüchig: Schnittpunkte/Brücken; Leiden-Startwert {0}", "triangle: sides present/weak; broker: the top broker's share of all betweenness; fragile: cut points/bridges; Leiden seed {0}"},
    {W::CompareTriangleHeader, "Dreieck", "triangle"},
    {W::CompareBrokerHeader, "Vermittler", "broker"},
    {W::CompareFragileHeader, "brüchig", "fragile"},
    {W::CompareOutcomeHeading, "Ergebnis „{0}“ aus {1}", "Outcome \"{0}\" from {1}"},
    {W::CompareGroups, "{0} Netzwerke mit {1}, {2} mit {3}", "{0} networks with {1}, {2} with {3}"},
    {W::CompareNumericOutcome, "{0} Netzwerke mit einem Wert; Rangkorrelation nach Spearman", "{0} networks with a value; Spearman rank correlation"},
    {W::CompareMedianAt, "Median bei {0}", "median at {0}"},
    {W::CompareNoOutcome, "ohne Ergebnis und nicht mitgezählt: {0}", "without an outcome and not counted: {0}"},
    {W::CompareNoDifference, "Mit {0} Netzwerken lässt sich kein Unterschied zeigen: der kleinste mögliche p-Wert ist {1}.", "With {0} networks no difference can be shown: the smallest possible p-value is {1}."},
    {W::CompareNoCorrelation, "Mit {0} Netzwerken lässt sich kein Zusammenhang zeigen: der kleinste mögliche p-Wert ist {1}.", "With {0} networks no correlation can be shown: the smallest possible p-value is {1}."},
    {W::CompareHint, "{0} Netzwerke: ein p unter 0,05 ist ein Hinweis, kein Beleg; bei {1} Maßen fällt leicht eines zufällig darunter. Zusammenhang ist keine Ursache.", "{0} networks: a p below 0.05 is a hint, not proof; with {1} measures one easily falls below by chance. Association is not cause."},
    {W::CompareMethodExact, "exakt", "exact"},
    {W::CompareMethodNormal, "Normalnäherung mit Bindungskorrektur", "normal approximation with tie correction"},
    {W::CompareMethodEdgeworth, "Edgeworth-Reihe", "Edgeworth series"},
    {W::CompareMethodT, "t-Näherung", "t approximation"},
    {W::CompareMethodNone, "keiner", "none"},
    {W::CompareTestNote, "p: zweiseitig, Mann-Whitney-U wie R wilcox.test (exakt ohne Bindungen bei unter 50 je Gruppe)", "p: two-sided, Mann-Whitney U as R's wilcox.test (exact without ties below 50 per group)"},
    {W::CompareSpearmanNote, "p: zweiseitig, wie R cor.test(method = \"spearman\")", "p: two-sided, as R's cor.test(method = \"spearman\")"},
    {W::TimelineHeadingYear, "Verlauf nach Jahren", "Timeline by year"},
    {W::TimelineHeadingQuarter, "Verlauf nach Quartalen", "Timeline by quarter"},
    {W::TimelineNothingDated, "Keine datierten Kooperationen oder Projekte: kein Verlauf.", "No dated ties or projects: no timeline."},
    {W::TimelineColPeriod, "Zeitraum", "period"},
    {W::TimelineColActors, "Akteure", "actors"},
    {W::TimelineColTies, "Koop.", "ties"},
    {W::TimelineColDensity, "Dichte", "density"},
    {W::TimelineColComponents, "Teile", "parts"},
    {W::TimelineColCentralization, "Zentr.", "centr."},
    {W::TimelineColModularity, "Modul.", "modul."},
    {W::TimelineColSides, "Dreieck", "triangle"},
    {W::TimelineColKept, "geblieben", "kept"},
    {W::TimelineColLost, "weggefallen", "lost"},
    {W::TimelineColNew, "neu", "new"},
    {W::SurvivalHeading, "Wie lange Kooperationen halten (Kaplan–Meier)", "How long ties last (Kaplan–Meier)"},
    {W::SurvivalCounts, "{0} Kooperationen, davon {1} beendet und {2} bis {3} noch laufend (zensiert); {4} ohne Beginn nicht gezählt", "{0} ties: {1} ended, {2} still running on {3} (censored); {4} without a start left out"},
    {W::SurvivalMedian, "Median der Dauer: {0} Jahre", "median duration: {0} years"},
    {W::SurvivalNoMedian, "Median nicht erreicht: mehr als die Hälfte hält an", "median not reached: more than half still last"},
    {W::SurvivalColYears, "Jahre", "years"},
    {W::SurvivalColSurvival, "Anteil", "survival"},
    {W::SurvivalColAtRisk, "noch bestehend", "at risk"},
    {W::SurvivalColEvents, "beendet", "ended"},
    {W::SurvivalColLower, "95-%-KI von", "95% CI from"},
    {W::SurvivalColUpper, "bis", "to"},
    {W::SurvivalTest, "Log-Rank-Test nach {0} ({1} Gruppen): Chi² = {2}, FG = {3}, p = {4}", "log-rank test by {0} ({1} groups): chi² = {2}, df = {3}, p = {4}"},
    {W::SurvivalNoTest, "Log-Rank-Test nach {0}: nicht möglich (weniger als zwei Gruppen mit beendeten Kooperationen)", "log-rank test by {0}: not possible (fewer than two groups with ended ties)"},
    {W::GroupingSectorPair, "Sektorenpaar", "sector pair"},
    {W::GroupingKind, "Art der Kooperation", "tie kind"},
    {W::GroupingCrossSector, "sektorübergreifend oder nicht", "cross-sector or not"},
    {W::FundingFollowUp, "{0} Jahr(e) nach Förderende {1}: {2} von {3} damals aktiven Kooperationen noch aktiv ({4}); {5} unbekannt (Beobachtung endet vorher)", "{0} year(s) after the funding end {1}: {2} of the {3} ties then active still active ({4}); {5} unknown (observation ends before)"},
    {W::ChartTimelineTitleYear, "Akteure und Kooperationen je Jahr", "Actors and ties per year"},
    {W::ChartTimelineTitleQuarter, "Akteure und Kooperationen je Quartal", "Actors and ties per quarter"},
    {W::ChartTimelineAxis, "Anzahl", "Number"},
    {W::ChartActors, "Akteure", "Actors"},
    {W::ChartTies, "Kooperationen", "Ties"},
    {W::ChartSurvivalTitle, "Wie lange Kooperationen bestehen (Kaplan-Meier)", "How long ties last (Kaplan-Meier)"},
    {W::ChartSurvivalAxisYears, "Jahre seit Beginn", "Years since start"},
    {W::ChartSurvivalAxisShare, "Anteil bestehend", "Share lasting"},
    {W::ChartAtRisk, "Noch bestehend", "At risk"},
    {W::ChartCensored, "+ noch laufend (zensiert)", "+ still running (censored)"},
    {W::ChartNothingDated, "Keine datierten Kooperationen", "No dated ties"},
};

constexpr std::size_t kWordCount = static_cast<std::size_t>(Word::Count);

// Every key once, in the order of the enum: entry i is Word(i), so the lookup is an index.
constexpr bool in_enum_order() {
    if (std::size(kCatalogue) != kWordCount) return false;
    for (std::size_t i = 0; i < kWordCount; ++i) {
        if (static_cast<std::size_t>(kCatalogue[i].word) != i) return false;
    }
    return true;
}
static_assert(in_enum_order(), "kCatalogue must list every Word once, in the order of the enum");

/// The documented sectors and their entries.
constexpr std::pair<std::string_view, Word> kSectorWords[] = {
    {"municipality", W::SectorMunicipality}, {"public_agency", W::SectorPublicAgency},
    {"business", W::SectorBusiness},         {"foundation", W::SectorFoundation},
    {"civil_society", W::SectorCivilSociety}, {"religious", W::SectorReligious},
    {"education", W::SectorEducation},       {"politics", W::SectorPolitics},
    {"other", W::SectorOther},
};

/// "1234567" → "1.234.567" with `separator`.
std::string grouped(std::string digits, std::string_view separator) {
    std::string out;
    const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out.append(digits, 0, first);
    for (std::size_t at = first; at < digits.size(); at += 3) {
        out.append(separator);
        out.append(digits, at, 3);
    }
    return out;
}

}  // namespace

std::string_view language_code(Language language) {
    return language == Language::German ? "de" : "en";
}

std::optional<Language> parse_language(std::string_view code) {
    if (code == "de") return Language::German;
    if (code == "en") return Language::English;
    return std::nullopt;
}

Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).starts_with("de") ? Language::German : Language::English;
    }
    return Language::English;
}

Language language_from_environment() {
    return language_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"),
                                std::getenv("LANG"));
}

std::string_view catalogue_text(Word word, Language language) {
    const Entry& entry = kCatalogue[static_cast<std::size_t>(word)];
    return language == Language::German ? entry.german : entry.english;
}

std::string fill_pattern(std::string_view pattern, std::initializer_list<std::string_view> values) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < values.size()) {
                out += *(values.begin() + index);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string_view Words::operator()(Word word) const { return catalogue_text(word, language_); }

std::string Words::operator()(Word word, std::initializer_list<std::string_view> values) const {
    return fill_pattern(catalogue_text(word, language_), values);
}

std::string Words::pick(Word word, std::size_t n,
                        std::initializer_list<std::string_view> values) const {
    const std::string_view text = catalogue_text(word, language_);
    const std::size_t bar = text.find('|');
    std::string_view form = text;
    if (bar != std::string_view::npos) form = n == 1 ? text.substr(0, bar) : text.substr(bar + 1);
    return fill_pattern(form, values);
}

std::string Words::count(Word word, std::size_t n) const {
    return pick(word, n, {integer(static_cast<long long>(n))});
}

std::string Words::integer(long long value) const {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    // German groups with a dot ("12.345"), English with a comma; four digits stay whole
    // ("2016", "1234"), as both write years and small counts.
    const std::string text =
        digits.size() <= 4 ? digits : grouped(digits, german() ? "." : ",");
    return value < 0 ? "-" + text : text;
}

std::string Words::number(double value, int digits) const {
    if (!std::isfinite(value)) return "–";
    digits = std::clamp(digits, 0, 9);
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, std::fabs(value));
    const std::string text(buffer);
    const std::size_t point = text.find('.');
    const std::string whole = text.substr(0, point);
    std::string out = whole.size() <= 4 ? whole : grouped(whole, german() ? "." : ",");
    if (point != std::string::npos) {
        out += german() ? ',' : '.';  // appended: GCC 12 warns -Wrestrict on "," + text
        out.append(text, point + 1);
    }
    const bool zero = text.find_first_not_of("0.") == std::string::npos;
    return value < 0.0 && !zero ? "-" + out : out;
}

std::string Words::signed_number(double value, int digits) const {
    const std::string text = number(std::fabs(value), digits);
    if (!std::isfinite(value)) return text;
    if (text.find_first_not_of("0.,") == std::string::npos) return "±" + text;
    return (value < 0.0 ? "−" : "+") + text;
}

std::string Words::percent(double share, int digits) const {
    if (!std::isfinite(share)) return "–";
    return number(100.0 * share, digits) + " %";
}

std::string Words::sector(std::string_view name) const {
    for (const auto& [sector, word] : kSectorWords) {
        if (sector == name) return std::string((*this)(word));
    }
    return std::string(name);
}

std::string Words::join(const std::vector<std::string>& items) const {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? std::string((*this)(Word::And)) : ", ";
        text += items[i];
    }
    return text;
}

std::string Words::count_sectors(const std::map<std::string, std::size_t>& sectors,
                                 std::string (*escape)(std::string_view)) const {
    std::vector<std::pair<std::string, std::size_t>> sorted(sectors.begin(), sectors.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<std::string> parts;
    for (const auto& [sector_name, count] : sorted) {
        const std::string shown = sector(sector_name);
        parts.push_back(integer(static_cast<long long>(count)) + " " +
                        (escape != nullptr ? escape(shown) : shown));
    }
    return join(parts);
}

}  // namespace coopnet
