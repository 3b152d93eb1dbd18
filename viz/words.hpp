// The words for people: every heading, sentence, legend entry, tooltip and table word that
// coopnet shows in German or English, in one catalogue (viz/words.cpp). The report, the
// maps and the command line's tables all take their words from here; analysis returns
// numbers and ids only.
//
// An entry is a pattern: `{0}`, `{1}` ... stand for values filled in by the caller
// (numbers already formatted, names already escaped where the output is HTML), so each
// language orders a sentence its own way. An entry that depends on a count has two forms,
// "singular|plural" ("{0} Akteur|{0} Akteure"); `Words::count` and `Words::pick` choose.
// A few report entries carry <b> markup; no entry carries other markup characters.
//
// Numbers for reading: German text writes a decimal comma and groups thousands with a dot
// ("1.234,5"), English a point and commas ("1,234.5"); percentages as „9,9 %“. Full
// precision belongs to JSON and CSV (core/number_format.hpp), not to these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopnet {

/// The language of words for people.
enum class Language { German, English };

/// "de" or "en".
std::string_view language_code(Language language);
/// The language of a code as `language_code` gives it, if any.
std::optional<Language> parse_language(std::string_view code);

/// The language a command-line tool follows without `--lang`: the first set and non-empty
/// of `lc_all`, `lc_messages`, `lang` (the values of LC_ALL, LC_MESSAGES and LANG, POSIX
/// order of precedence); German when it starts with "de" ("de_DE.UTF-8", "de_AT", "de"),
/// English otherwise (also when none is set, and for "C" and "POSIX"). Null pointers count
/// as unset.
Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang);

/// `language_from_locale` with this process's environment.
Language language_from_environment();

/// One entry of the catalogue. The entries are listed, with both texts, in viz/words.cpp.
enum class Word : std::uint16_t {
    // ---- shared
    And,                 ///< " und " between the last two items of a list
    AndMore,             ///< "{0} weitere" after a shortened list
    AndOthers,           ///< "u. a."
    AmongThem,           ///< "darunter {0}"
    None,                ///< "keine" in a table cell
    NoneListed,          ///< "(keine)" under a heading of a text table
    NoneSentence,
    Yes,
    Open,                ///< an open end of a period
    PeriodFrom,          ///< "ab {0}"
    PeriodUntil,         ///< "bis {0}"
    PeriodRange,         ///< "Zeitraum {0} bis {1}"
    Before,
    After,
    Actors,              ///< "{0} Akteur|{0} Akteure"
    Cooperations,        ///< "{0} Kooperation|{0} Kooperationen"
    Ties,
    ActorsDative,
    DirectCooperations,  ///< "{0} direkte Kooperation|…"
    Projects,
    Steps,
    Network,             ///< the heading of a network without a name
    // ---- sectors (the documented ones, core/network.hpp)
    SectorMunicipality,
    SectorPublicAgency,
    SectorBusiness,
    SectorFoundation,
    SectorCivilSociety,
    SectorReligious,
    SectorEducation,
    SectorPolitics,
    SectorOther,
    NoGroup,  ///< an actor without a value of the colour attribute
    // ---- measures (names, as table columns and in sentences)
    MeasureDegree,
    MeasureStrength,
    MeasureBetweenness,
    MeasureCloseness,
    MeasureHarmonic,
    MeasureEigenvector,
    MeasurePageRank,
    MeasureClustering,
    MeasureCore,
    MeasureCutPoint,
    MeasureConstraint,
    // ---- actor profile (the profile panel of the interactive map, viz/actor_profiles.hpp)
    ProfileRank,            ///< "{0}. von {1}": a rank {0} among {1} actors
    ProfileDegree,          ///< what the degree says, one plain line
    ProfileDegreeDirected,  ///< the same for a directed network (total degree)
    ProfileStrength,
    ProfileBetweenness,
    ProfileCloseness,
    ProfileHarmonic,
    ProfileEigenvector,
    ProfilePageRank,
    ProfileClustering,
    ProfileCore,
    RoleCoordinator,  ///< the names of the Gould–Fernandez roles (BrokerageRole)
    RoleItinerant,
    RoleGatekeeper,
    RoleRepresentative,
    RoleLiaison,
    RoleCoordinatorExplain,  ///< what a count of the role says, one plain line
    RoleItinerantExplain,
    RoleGatekeeperExplain,
    RoleRepresentativeExplain,
    RoleLiaisonExplain,
    // ---- the report: page and headings
    ReportKind,
    Findings,
    MapHeading,
    MapNote,
    MapMissing,
    ActorsHeading,
    FilterPlaceholder,
    SortHint,
    CommunitiesHeading,
    MixingHeading,
    TriangleHeading,
    MethodsHeading,
    // ---- the report: table columns
    ColActor,
    ColSector,
    ColCommunity,
    ColSectorA,
    ColSectorB,
    ColTies,
    ColExpected,
    ColRatio,
    ColSize,
    ColInternalDensity,
    ColMostCentral,
    ColStability,
    ColSectors,
    ColSide,
    ColStatus,
    ColBrokers,
    ColMeasure,
    ColChange,
    ColFrom,
    ColTo,
    StatusMissing,
    StatusWeak,
    StatusPresent,
    StatusStrong,
    // ---- the report: key findings
    SizeHeading,
    SizeNoActors,
    SizeSentence,
    SizeSectors,
    SizeConnected,
    SizeFallsApart,
    SizePathLength,
    ClustersHeading,
    ClustersFound,
    ClusterCount,
    ClusterLine,
    ClusterStable,
    UncertainActors,
    BrokersHeading,
    BrokersNone,
    BrokerValue,
    BrokerNoLink,
    BrokerLink,
    BrokerPairs,
    BrokerLinkTotal,
    SectorCombinations,
    FragileHeading,
    FragileNone,
    FragileActor,
    FragileTie,
    FragileMore,
    TriangleAbsentFoundation,
    TriangleAbsentMunicipality,
    TriangleAbsentBusiness,
    TriangleAbsentOther,
    TriangleAbsent,
    TriangleAbsentSides,
    TriangleWordsSeen,
    TriangleWordUnread,
    SideMissing,
    SideWeak,
    SidePresent,
    SideStrong,
    SideGoBetweens,
    SuggestionsHeading,
    SuggestionsNone,
    SuggestionPair,
    SharedPartners,
    SuggestionTriangleSide,
    SuggestionJoin,
    MixingNote,
    MixingIndices,
    TriangleTableNote,
    // ---- the report: methods
    MethodDegree,
    MethodStrength,
    MethodBetweenness,
    MethodCloseness,
    MethodHarmonic,
    MethodEigenvector,
    MethodPageRank,
    MethodClustering,
    MethodCore,
    MethodConstraint,
    MethodCutPoint,
    MethodBrokersName,
    MethodBrokers,
    MethodMixingName,
    MethodMixing,
    MethodSuggestionsName,
    MethodSuggestions,
    WeightsHeading,
    WeightsWeighted,
    WeightsUnweighted,
    CommunitiesMethodHeading,
    CommunitiesMethod,
    CommunitiesStability,
    ChanceMethodHeading,
    ChanceMethod,
    ChanceNullTies,
    ChanceNullDegrees,
    ChanceNullSize,
    ChanceMethodPoisson,
    ProvenanceHeading,
    ProvenanceInput,
    // ---- the report: change over time
    ChangeHeading,
    CourseHeading,
    CourseSummary,
    CourseMedian,
    CourseNoMedian,
    CourseUndated,
    CourseMethod,
    ChangeMeasuresHeading,
    ChangeMapHeading,
    ChangeMapNote,
    KeptTiesHeading,
    LostTiesHeading,
    NewTiesHeading,
    RowActors,
    RowTies,
    RowDensity,
    RowComponents,
    RowCentralization,
    RowModularity,
    PercentagePoints,
    ChangeNoActorsBefore,
    ChangeOfBefore,
    ChangeActorsKept,
    ChangeActorsLost,
    ChangeActorsNew,
    ChangeNoLongerThere,
    ChangeNewlyThere,
    ChangeNoTiesBefore,
    ChangeTiesKept,
    ChangeTiesLost,
    ChangeTiesNew,
    ChangePersistence,
    ChangeNoCrossSectorBefore,
    ChangeCrossSector,
    ChangeNoBrokersBefore,
    ChangeBrokersAllStay,
    ChangeBrokersDropped,
    ChangeRankAfter,
    ChangeStillThereNoBroker,
    ChangeGoneAfter,
    ChangeBrokerFell,             ///< "fiel von Rang 2 auf Rang 14": still brokers, lower
    ChangeBrokerNoLongerBrokers,  ///< "vermittelt nicht mehr": ties, but betweenness 0
    ChangeBrokerLeft,             ///< "ist ausgeschieden": no actor of that id after
    ChangeBrokerLeftNoTies,       ///< "ist ausgeschieden": an actor without ties after
    TrendSame,
    TrendUp,
    TrendDown,
    TrendBarely,  ///< a change below the threshold of report_change (not a trend)
    ChangeDensity,
    ChangeConnectedBoth,
    ChangePartsBoth,
    ChangeParts,
    ChangeMoreFragmented,
    ChangeMoreConnected,
    ChangeCentralization,
    ChangeCentralizationUp,
    ChangeCentralizationDown,
    ChangeModularityUndefined,
    ChangeModularity,
    ChangeModularityUp,
    ChangeModularityDown,
    ChangeSummaryBrokers,            ///< brokers that left the network
    ChangeSummaryBrokersStillThere,  ///< brokers out of the top list, still in the network
    ChangeSummaryLink,
    ChangeCompared,
    ChangeTieDefinition,
    ChangeSameDirection,
    ChangeMethod,
    // ---- maps: legend and tooltips
    LegendSector,
    LegendTieKind,
    LegendMarks,
    LegendMoreGroups,
    LegendMoreKinds,
    LegendNoKind,
    LegendProject,
    MarkSize,
    MarkSizeText,
    MarkDoubleOutline,
    MarkDoubleOutlineText,
    MarkOctagon,
    MarkOctagonDiamond,
    MarkCutPointText,
    MarkHeavyLine,
    MarkBridgeText,
    MarkLineWidth,
    MarkLineWidthText,
    MarkStrands,
    MarkStrandsText,
    MarkDashedLine,
    MarkSuggestedText,
    MarkGreyBox,
    MarkCommunityText,
    MarkArrow,
    MarkArrowText,
    MarkLabels,
    MarkLabelsText,
    ViewWhole,
    ViewEgo,
    ViewCommunity,
    ViewTriangle,
    TiedPairs,
    CommunityLabel,
    TooltipWeight,
    TooltipSuggested,
    DiffLegendTies,
    DiffLegendActors,
    DiffKeptTie,
    DiffLostTie,
    DiffNewTie,
    DiffKeptActor,
    DiffLostActor,
    DiffNewActor,
    DiffArrow,
    DiffLabels,
    // ---- command line: info and validate
    InfoNetwork,
    InfoDirected,
    InfoUndirected,
    InfoActors,
    InfoTies,
    InfoTiesFromProjects,
    InfoTiesMerged,
    InfoDensity,
    InfoComponents,
    InfoLargest,
    InfoStrong,
    InfoPeriod,
    InfoUndated,
    InfoPeriodRange,
    InfoUndatedTies,
    InfoSectors,
    InfoTieKinds,
    InfoNoTies,
    InfoWarnings,
    InfoIsolates,
    InfoSelfTies,
    InfoDuplicateTies,
    ValidateProblems,
    ValidateValid,
    SectorWordsHeading,
    SectorWordsPlanner,
    SectorWordsAmbiguous,
    SectorWordsOr,
    SectorWordsUnknown,
    SectorWordsClosest,
    // ---- command line: analyze
    AnalyzeActors,
    AnalyzeTies,
    AnalyzeDirected,
    AnalyzeDensity,
    AnalyzeComponents,
    AnalyzeStrong,
    AnalyzeLargest,
    AnalyzeAveragePath,
    AnalyzeDiameter,
    AnalyzeCentralization,
    AnalyzeClustering,
    AnalyzeTransitivity,
    AnalyzeWeights,
    AnalyzeWeightsUsed,
    AnalyzeWeightsIgnored,
    AnalyzeTopBetweenness,
    AnalyzeTopDegree,
    AnalyzeTopStrength,
    AnalyzeTopEigenvector,
    AnalyzeTopPageRank,
    AnalyzeTopCloseness,
    AnalyzeTopHarmonic,
    AnalyzeTopCore,
    AnalyzeCommunities,
    AnalyzeCommunityLine,
    AnalyzeNotConnected,
    AnalyzeCutPoints,
    AnalyzeBridges,
    BetweennessEstimated,  ///< "estimated (sample of {0} paths): within {2} with probability {1}"
    // ---- command line: brokers and gaps
    BrokersTitle,
    BrokersByBetweenness,
    BrokersByConstraint,
    BrokersAcrossGroups,
    BrokersNoLinks,
    GapsTriangle,
    GapsAbsentGroup,
    GapsSide,
    GapsSideBroker,
    GapsMixing,
    GapsMixingRatio,
    GapsEiIndex,
    GapsAssortativity,
    GapsFragile,
    GapsCutsOff,
    GapsFragileTie,
    GapsCommunityGaps,
    GapsCommunityGap,
    GapsSuggestions,
    GapsJoinAlone,
    GapsJoinPart,
    GapsJoin,
    // ---- command line: diff
    DiffTitle,
    DiffCounting,
    DiffCountingDirected,
    DiffActorsHeading,
    DiffTiesHeading,
    DiffKept,
    DiffLost,
    DiffNew,
    DiffPersistence,
    DiffNotDefined,
    DiffTooMany,
    DiffBetweenSectors,
    DiffBrokersHeading,
    DiffNobodyBetween,
    DiffDroppedOut,
    DiffDroppedLine,
    DiffWholeNetwork,
    // ---- CSV column headers of --csv-style excel-de (the English ones are the keys)
    CsvId,
    CsvLabel,
    CsvSector,
    CsvInDegree,
    CsvOutDegree,
    CsvArticulation,
    CsvComponent,
    CsvCommunity,
    CsvCommunityStability,
    CsvStability,
    CsvRanking,
    CsvRank,
    CsvGroup,
    CsvValue,
    CsvCrossGroupPairs,
    CsvReason,
    CsvFirst,
    CsvFirstLabel,
    CsvFirstGroup,
    CsvSecond,
    CsvSecondLabel,
    CsvSecondGroup,
    CsvResourceAllocation,
    CsvAdamicAdar,
    CsvSharedPartners,
    CsvExplanation,
    CsvKey,
    CsvSize,
    CsvInternalTies,
    CsvInternalWeight,
    CsvInternalDensity,
    CsvConnected,
    CsvMostCentral,
    CsvSectors,
    CsvMembers,
    CsvTies,
    CsvWeight,
    CsvExpected,
    CsvPFewer,
    CsvPMore,
    CsvStatus,
    CsvFate,
    CsvRankAfter,
    CsvBetweennessAfter,
    // ---- sheet names of the workbooks (-o FILE.xlsx): at most 31 characters, none that
    //      Excel forbids
    SheetActors,
    SheetNetwork,
    SheetCommunities,
    SheetBrokers,
    SheetGaps,
    SheetSuggestions,
    SheetBridges,
    SheetTies,
    // ---- the reasons and explanations of the JSON and CSV outputs (viz/analysis_words.hpp)
    ReasonBetweenness,      ///< "betweenness {0} (normalised {1}); {2}"
    ReasonConstraint,       ///< "constraint {0} with {1} contacts; {2}"
    ReasonCrossGroupRoles,  ///< "{0} cross-group brokerage role ({1}); {2}|…"
    ReasonLinks,            ///< "links {0} {1} and {2} {3} actors through {4} open two-path|…"
    ReasonLinksTotal,       ///< " ({0} in total across {1} group pairs)"
    ReasonNoLinks,
    ReasonSideNoActor,      ///< "no actor of group {0}"
    ReasonSideNoActors,     ///< "no actor of group {0} or {1}"
    ReasonSideNoTie,
    ReasonSideFewer,        ///< "{0}, clearly fewer than the {1} expected ({2})"
    ReasonSideMore,
    ReasonSideAbout,        ///< "{0}, about the {1} expected"
    ReasonPValue,           ///< "p = {0}"
    ReasonPValueBelow,      ///< "p < {0}"
    ReasonIntroduced,       ///< "{0} and {1} could be introduced by {2} ({3} shared partner)|…"
    ReasonOthers,           ///< "{0} other|{0} others" after a shortened list of names
    ReasonJoinIsolate,      ///< "{0} has no tie; a tie to {1} would connect it to {2}"
    ReasonJoinPart,         ///< "a tie between {0} and {1} would join {2} actors …"
    ReasonLargestPart,      ///< "the largest part ({0} actors)"

    // ---- interactive map (viz/interactive_map.hpp, viz/assets/interactive_map.js)
    // Tie kinds that coopnet's documentation and samples use, named in German
    // (`tie_kind_display_name`); other kinds are shown as written.
    KindAdvice,
    KindCommission,
    KindCoordination,
    KindExchange,
    KindFunding,
    KindProject,
    KindReporting,
    KindSteering,
    MapSearch,           ///< the search box's placeholder
    MapSearchLabel,      ///< its accessible name
    MapNoMatch,
    MapZoomIn,
    MapZoomOut,
    MapZoomReset,
    MapHelp,             ///< how to use the map, one line
    MapProfileHint,      ///< the profile panel before an actor is selected
    MapFilterSectors,
    MapFilterKinds,
    MapFilterSuggestions,
    MapFilterYear,
    MapAllYears,
    MapNoYears,          ///< the slider when no tie is dated
    MapCommunity,        ///< "group {0}"
    MapCutPoint,         ///< a cut point whose cut-off is not known
    MapCutOff,           ///< "without it, {0} actors would be cut off:"
    MapPartners,         ///< "partners ({0})"
    MapNoPartners,
    MapMeasures,
    MapRoles,
    MapSuggestions,
    MapVia,              ///< "could be introduced by {0}"
    MapSince,            ///< "since {0}"
    MapUntil,            ///< "until {0}"
    MapClose,

    // ---- coopnet qap (network regression)
    QapTitle,          ///< "QAP regression (...)"
    QapNetwork,        ///< "{0} actors, {1} dyads (unordered pairs)"
    QapNetworkDirected,
    QapDependent,      ///< "ties (binary)"
    QapDependentKind,  ///< "ties of kind {0} (binary)"
    QapWeights,        ///< " (weights summed)" after the dependent ties
    QapLeftOut,        ///< "{0} actors without a value left out: {1}"
    QapPermutations,   ///< "{0} permutations, seed {1}"
    QapRSquared,       ///< "R² {0} (adjusted {1})"
    QapCorrelationHeading,
    QapPNote,          ///< what p means
    CsvTerm,
    CsvEstimate,
    CsvStdError,
    CsvTValue,
    CsvP,
    CsvPGreater,
    CsvPLess,
    CsvCorrelation,
    CsvCorrelationP,
    CsvNetwork,
    CsvActors,
    CsvDensity,
    CsvComponents,
    CsvCentralization,
    CsvModularity,
    CsvEi,
    CsvTrianglePresent,
    CsvTriangleWeak,
    CsvTopBrokerShare,
    CsvTopBroker,
    CsvCutPoints,
    CsvBridges,
    CsvMeasure,
    CsvNetworks,
    CsvMethod,
    CompareTitle,
    CompareChanceSimulated,
    CompareChancePoisson,
    CompareColumnsNote,
    CompareTriangleHeader,
    CompareBrokerHeader,
    CompareFragileHeader,
    CompareOutcomeHeading,
    CompareGroups,
    CompareNumericOutcome,
    CompareMedianAt,
    CompareNoOutcome,
    CompareNoDifference,
    CompareNoCorrelation,
    CompareHint,
    CompareMethodExact,
    CompareMethodNormal,
    CompareMethodEdgeworth,
    CompareMethodT,
    CompareMethodNone,
    CompareTestNote,
    CompareSpearmanNote,
    TimelineHeadingYear,
    TimelineHeadingQuarter,
    TimelineNothingDated,
    TimelineColPeriod,
    TimelineColActors,
    TimelineColTies,
    TimelineColDensity,
    TimelineColComponents,
    TimelineColCentralization,
    TimelineColModularity,
    TimelineColSides,
    TimelineColKept,
    TimelineColLost,
    TimelineColNew,
    SurvivalHeading,
    SurvivalCounts,
    SurvivalMedian,
    SurvivalNoMedian,
    SurvivalColYears,
    SurvivalColSurvival,
    SurvivalColAtRisk,
    SurvivalColEvents,
    SurvivalColLower,
    SurvivalColUpper,
    SurvivalTest,
    SurvivalNoTest,
    GroupingSectorPair,
    GroupingKind,
    GroupingCrossSector,
    FundingFollowUp,
    ChartTimelineTitleYear,
    ChartTimelineTitleQuarter,
    ChartTimelineAxis,
    ChartActors,
    ChartTies,
    ChartSurvivalTitle,
    ChartSurvivalAxisYears,
    ChartSurvivalAxisShare,
    ChartAtRisk,
    ChartCensored,
    ChartNothingDated,
    Count  ///< not a word: the number of entries
};

/// The text of `word` in `language`, as written in the catalogue (both forms of a counted
/// entry, placeholders unfilled).
std::string_view catalogue_text(Word word, Language language);

/// `pattern` with `{0}`, `{1}` ... replaced by `values` (a placeholder without a value
/// stays as written).
std::string fill_pattern(std::string_view pattern, std::initializer_list<std::string_view> values);

/// The words and numbers of one language.
class Words {
public:
    explicit Words(Language language) : language_(language) {}

    [[nodiscard]] Language language() const noexcept { return language_; }
    [[nodiscard]] bool german() const noexcept { return language_ == Language::German; }

    /// The entry as written (for an entry without placeholders and forms).
    [[nodiscard]] std::string_view operator()(Word word) const;
    /// The entry with its placeholders filled.
    [[nodiscard]] std::string operator()(Word word,
                                         std::initializer_list<std::string_view> values) const;
    /// The singular form of a counted entry when `n` is 1, else the plural, filled.
    [[nodiscard]] std::string pick(Word word, std::size_t n,
                                   std::initializer_list<std::string_view> values) const;
    /// `pick(word, n, {integer(n)})`: "1 Akteur", "1.234 Akteure".
    [[nodiscard]] std::string count(Word word, std::size_t n) const;

    /// A whole number with thousands grouped: "12.345" / "12,345".
    [[nodiscard]] std::string integer(long long value) const;
    /// `value` rounded to `digits` decimals (0 to 9), thousands grouped, decimal comma in
    /// German; no "-0"; "–" when not finite.
    [[nodiscard]] std::string number(double value, int digits = 3) const;
    /// A difference with its sign ("+0,12", "−3" with U+2212, "±0" when zero as shown).
    [[nodiscard]] std::string signed_number(double value, int digits = 3) const;
    /// A share as a percentage: 0.099 → "9,9 %" / "9.9 %".
    [[nodiscard]] std::string percent(double share, int digits = 1) const;

    /// The name of a sector: the documented sectors (core/network.hpp) by the catalogue
    /// (German municipality → "Kommune/Verwaltung", public_agency → "Behörde/Agentur",
    /// business → "Wirtschaft", foundation → "Stiftung", civil_society →
    /// "Zivilgesellschaft", religious → "Religionsgemeinschaft", education → "Bildung",
    /// politics → "Politik", other → "Sonstige"); any other name unchanged (not escaped).
    [[nodiscard]] std::string sector(std::string_view name) const;

    /// "A, B und C" / "A, B and C".
    [[nodiscard]] std::string join(const std::vector<std::string>& items) const;
    /// "3 Wirtschaft, 2 Stiftung und 1 Bildung": sectors by decreasing count (then name),
    /// names by `sector` and passed through `escape` (identity when null).
    [[nodiscard]] std::string count_sectors(const std::map<std::string, std::size_t>& sectors,
                                            std::string (*escape)(std::string_view) =
                                                nullptr) const;

private:
    Language language_;
};

}  // namespace coopnet
