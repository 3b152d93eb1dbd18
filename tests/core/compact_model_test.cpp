// The compact model (issue #3): packed dates, Attributes as one pointer, shared tie kinds,
// the id index, the builder's resolved-tie path and CSR rows from generated arcs. Each
// container is compared with the standard one it replaces on seeded random operations.
#include <catch2/catch.hpp>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/adjacency.hpp"
#include "core/attributes.hpp"
#include "core/date.hpp"
#include "core/detail/id_index.hpp"
#include "core/network.hpp"
#include "core/shared_string.hpp"

using namespace coopnet;

TEST_CASE(
    "compact model: a tie value takes 48 bytes, a period 12 and empty attributes one "
    "pointer",
    "[compact]") {
    // A Tie value on 64-bit targets: source 4 + target 4 + weight 8 + kind 8 + period 12
    // (two optional 4-byte dates, 6 each) + attributes 8 = 44 -> 48. An actor: id 32 +
    // label 8 + sector 8 + attributes 8 = 56.
    CHECK(sizeof(PartialDate) == 4);
    CHECK(sizeof(Period) == 12);
    CHECK(sizeof(Attributes) == sizeof(void*));
    CHECK(sizeof(SharedString) == sizeof(void*));
    if constexpr (sizeof(void*) == 8) {
        CHECK(sizeof(Tie) == 48);
        CHECK(sizeof(Actor) == 56);
    }
}

TEST_CASE("compact model: packed dates keep the whole range of four-digit years",
          "[compact][date]") {
    const auto last = PartialDate::parse("9999-12-31");
    REQUIRE(last);
    CHECK(last->year == 9999);
    CHECK(last->month == 12);
    CHECK(last->day == 31);
    CHECK(last->to_string() == "9999-12-31");
    CHECK(last->last_day() == 99991231);
    const auto first = PartialDate::parse("0000");
    REQUIRE(first);
    CHECK(first->to_string() == "0000");
    CHECK(first->first_day() == 101);  // 0000-01-01 as yyyymmdd
    CHECK(PartialDate{2003, 5, 17} == *PartialDate::parse("2003-05-17"));
}

TEST_CASE("shared string: compares and orders by its characters", "[compact][text]") {
    const SharedString empty;
    CHECK(empty.empty());
    CHECK(empty == "");
    CHECK(empty.str().empty());
    const SharedString funding("funding");
    const SharedString copy = funding;
    CHECK(copy == funding);
    CHECK(copy.data() == funding.data());  // copies share the characters
    const SharedString other(std::string("funding"));
    CHECK(other == funding);  // equal text in another block
    CHECK(funding == std::string("funding"));
    CHECK(funding == std::string_view("funding"));
    CHECK(funding != "steering");
    CHECK(funding < "steering");  // 'f' < 's'
    CHECK(SharedString("b") > SharedString("a"));
    CHECK(funding.size() == 7);
    const std::string& as_string = funding;
    CHECK(as_string == "funding");
    CHECK("kind: " + funding == "kind: funding");
    CHECK(std::hash<SharedString>{}(funding) == std::hash<std::string_view>{}("funding"));
    // Reassignment replaces, never changes the shared characters.
    SharedString changed = funding;
    changed = "exchange";
    CHECK(funding == "funding");
    CHECK(changed == "exchange");
    // An empty text is stored as nothing.
    CHECK(SharedString(std::string()).empty());
}

TEST_CASE("attributes: behave like the std::map they replace on seeded random operations",
          "[compact][attributes]") {
    std::mt19937 random(20240611);
    const std::vector<std::string> names = {"a", "b", "plz", "note", "Z", "", "staff", "ä"};
    for (int round = 0; round < 50; ++round) {
        Attributes attributes;
        std::map<std::string, AttributeValue, std::less<>> reference;
        for (int step = 0; step < 40; ++step) {
            const std::string& name = names[random() % names.size()];
            const AttributeValue value = random() % 2 == 0
                                             ? AttributeValue(static_cast<double>(random() % 100))
                                             : AttributeValue(std::to_string(random() % 100));
            switch (random() % 5) {
                case 0: {
                    const bool inserted = attributes.emplace(name, value).second;
                    CHECK(inserted == reference.emplace(name, value).second);
                    break;
                }
                case 1:
                    attributes.insert_or_assign(name, value);
                    reference.insert_or_assign(name, value);
                    break;
                case 2:
                    attributes[name] = value;
                    reference[name] = value;
                    break;
                case 3:
                    CHECK(attributes.erase(name) == reference.erase(name));
                    break;
                default:
                    CHECK(attributes.contains(name) == reference.contains(name));
                    CHECK(attributes.count(name) == reference.count(name));
                    break;
            }
            REQUIRE(attributes.size() == reference.size());
            CHECK(attributes.empty() == reference.empty());
            // Same entries in the same (name) order.
            auto expected = reference.begin();
            for (const auto& [key, stored] : attributes) {
                REQUIRE(expected != reference.end());
                CHECK(key == expected->first);
                CHECK(stored == expected->second);
                ++expected;
            }
            CHECK(expected == reference.end());
        }
    }
}

TEST_CASE("attributes: copies are deep, lookups take any text, at() throws on a missing name",
          "[compact][attributes]") {
    // Repeated names in a list: the first one stays, as with std::map.
    Attributes attributes = {
        {"plz", std::string("04317")}, {"budget", 2.5e5}, {"plz", std::string("ignored")}};
    CHECK(attributes.size() == 2);
    CHECK(std::get<std::string>(attributes.at("plz")) == "04317");
    CHECK(attributes.begin()->first == "budget");  // name order: "budget" < "plz"
    Attributes copy = attributes;
    copy["plz"] = std::string("10115");
    CHECK(std::get<std::string>(attributes.at("plz")) == "04317");
    CHECK(copy != attributes);
    copy["plz"] = std::string("04317");
    CHECK(copy == attributes);
    CHECK(attributes.find(std::string_view("budget")) != attributes.end());
    CHECK(attributes.find("missing") == attributes.end());
    CHECK_THROWS_AS(attributes.at("missing"), std::out_of_range);
    // operator[] on a missing name inserts empty text, as std::map's value-initialises.
    CHECK(std::get<std::string>(copy["new"]).empty());
    // Emptied attributes equal the default and cost nothing again.
    copy.clear();
    CHECK(copy == Attributes{});
    CHECK(copy.begin() == copy.end());
}

TEST_CASE("id index: agrees with std::unordered_map on seeded random ids", "[compact][index]") {
    std::mt19937 random(7);
    std::vector<std::string> ids;
    detail::IdIndex index;
    std::unordered_map<std::string, NodeId> reference;
    const auto id_of = [&ids](NodeId v) -> const std::string& { return ids[v]; };
    for (int i = 0; i < 5000; ++i) {
        std::string id = std::to_string(random() % 3000);  // about 2/5 are repeats
        const auto v = static_cast<NodeId>(ids.size());
        ids.push_back(id);
        const auto [stored, inserted] = index.insert(id, v, id_of);
        const auto [it, expected] = reference.emplace(id, v);
        CHECK(inserted == expected);
        CHECK(stored == it->second);
        if (!inserted) ids.pop_back();  // as the builder does with a repeated id
    }
    CHECK(index.size() == reference.size());
    for (const auto& [id, v] : reference) CHECK(index.find(id, id_of) == v);
    CHECK_FALSE(index.find("3000", id_of));  // never drawn: ids are 0..2999
    CHECK_FALSE(index.find("", id_of));
    CHECK_FALSE(detail::IdIndex{}.find("0", id_of));
}

namespace {

TieRecord record(const char* source, const char* target, double weight, const char* kind) {
    TieRecord tie;
    tie.source = source;
    tie.target = target;
    tie.weight = weight;
    tie.kind = kind;
    return tie;
}

Actor actor(const char* id) {
    Actor a;
    a.id = id;
    return a;
}

}  // namespace

TEST_CASE("builder: ties keep their order whether their actors came before or after",
          "[compact][network]") {
    NetworkBuilder builder;
    builder.add_tie(record("a", "b", 1.0, "funding"));  // both unknown yet: deferred
    builder.add_actor(actor("a"));
    builder.add_actor(actor("b"));
    builder.add_actor(actor("c"));
    builder.add_tie(record("b", "c", 2.0, "funding"));  // resolved on arrival
    builder.add_tie(record("c", "d", 3.0, ""));         // d comes later
    builder.add_actor(actor("d"));
    const Network network = builder.build();
    REQUIRE(network.ties().size() == 3);
    CHECK(network.ties()[0].source == 0);
    CHECK(network.ties()[0].target == 1);
    CHECK(network.ties()[1].source == 1);
    CHECK(network.ties()[1].target == 2);
    CHECK(network.ties()[2].source == 2);
    CHECK(network.ties()[2].target == 3);
    CHECK(network.ties()[2].weight == 3.0);
    // Equal kinds from one builder share their characters.
    CHECK(network.ties()[0].kind == "funding");
    CHECK(network.ties()[0].kind.data() == network.ties()[1].kind.data());
    CHECK(network.ties()[2].kind.empty());
    CHECK(network.find("d") == NodeId{3});
}

TEST_CASE("builder: problems of deferred and resolved ties come in tie order with locations",
          "[compact][network]") {
    NetworkBuilder builder;
    builder.add_actor(actor("a"));
    builder.add_actor(actor("b"));
    builder.add_tie(record("x", "a", 1.0, ""), SourceLocation{"t.csv", 3, 0});   // unknown
    builder.add_tie(record("a", "b", -1.0, ""), SourceLocation{"t.csv", 5, 0});  // weight
    builder.add_tie(record("a", "b", 1.0, ""), SourceLocation{"t.csv", 6, 0});   // fine
    builder.add_tie(record("b", "y", 0.0, ""), SourceLocation{"u.csv", 7, 2});   // both
    Tie resolved;
    resolved.source = 0;
    resolved.target = 1;
    resolved.weight = std::numeric_limits<double>::infinity();
    builder.add_resolved_tie(resolved, SourceLocation{"v.txt", 9, 0});
    try {
        (void)builder.build();
        FAIL("build() should have thrown");
    } catch (const InputError& error) {
        const auto& problems = error.problems();
        REQUIRE(problems.size() == 5);
        CHECK(problems[0].to_string() == "t.csv:3: tie source 'x' is not a known actor");
        CHECK(problems[1].to_string() == "t.csv:5: tie weight must be a finite number > 0, not -1");
        CHECK(problems[2].to_string() == "u.csv:7:2: tie target 'y' is not a known actor");
        CHECK(problems[3].to_string() ==
              "u.csv:7:2: tie weight must be a finite number > 0, not 0");
        CHECK(problems[4].to_string() ==
              "v.txt:9: tie weight must be a finite number > 0, not inf");
    }
}

TEST_CASE("builder: actor_for names actors on first sight and add_resolved_tie checks indices",
          "[compact][network]") {
    NetworkBuilder builder;
    CHECK(builder.actor_for("q") == 0);
    CHECK(builder.actor_for("r") == 1);
    CHECK(builder.actor_for("q") == 0);
    builder.add_actor(actor("r"));  // taken by actor_for: a duplicate
    CHECK(builder.problems().size() == 1);
    CHECK_THROWS_AS(builder.actor_for(""), InvalidArgument);
    Tie out_of_range;
    out_of_range.source = 0;
    out_of_range.target = 2;  // only 0 and 1 exist
    CHECK_THROWS_AS(builder.add_resolved_tie(out_of_range), InvalidArgument);

    NetworkBuilder clean;
    const NodeId q = clean.actor_for("q");
    const NodeId r = clean.actor_for("r");
    Tie tie;
    tie.source = q;
    tie.target = r;
    tie.weight = 2.5;
    clean.add_resolved_tie(tie);
    const Network network = clean.build();
    REQUIRE(network.actor_count() == 2);
    CHECK(network.actor(1).id == "r");
    CHECK(network.actor(1).sector == "other");
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].weight == 2.5);
    CHECK(network.adjacency().tie_count() == 1);
}

TEST_CASE("build_csr: generated arcs give the rows of the stored arc lists in every direction",
          "[compact][adjacency]") {
    std::mt19937 random(11);
    for (int round = 0; round < 20; ++round) {
        const std::size_t n = 1 + random() % 30;
        std::vector<Arc> arcs;
        const std::size_t m = random() % 200;  // many repeats and some self-arcs
        for (std::size_t k = 0; k < m; ++k) {
            arcs.push_back({static_cast<NodeId>(random() % n), static_cast<NodeId>(random() % n),
                            0.1 * static_cast<double>(1 + random() % 50)});
        }
        std::vector<Arc> reversed;
        std::vector<Arc> both;
        for (const Arc& arc : arcs) {
            reversed.push_back({arc.target, arc.source, arc.weight});
            both.push_back(arc);
            both.push_back({arc.target, arc.source, arc.weight});
        }
        const ArcGenerator generator = [&arcs](const std::function<void(const Arc&)>& emit) {
            for (const Arc& arc : arcs) emit(arc);
        };
        const auto same = [](const CsrGraph& a, const CsrGraph& b) {
            CHECK(a.offsets == b.offsets);
            CHECK(a.neighbours == b.neighbours);
            CHECK(a.weights == b.weights);  // bit-identical: the same summation order
        };
        same(build_csr_generated(n, generator, ArcDirection::Forward), build_csr(n, arcs));
        same(build_csr_generated(n, generator, ArcDirection::Reverse), build_csr(n, reversed));
        same(build_csr_generated(n, generator, ArcDirection::Both), build_csr(n, both));

        // And the rows against a naive map that sums in arc order.
        std::map<std::pair<NodeId, NodeId>, double> naive;
        for (const Arc& arc : arcs) {
            if (arc.source != arc.target) naive[{arc.source, arc.target}] += arc.weight;
        }
        const CsrGraph forward = build_csr(n, arcs);
        std::size_t entries = 0;
        for (NodeId u = 0; u < n; ++u) {
            const auto neighbours = forward.neighbours_of(u);
            for (std::size_t k = 0; k < neighbours.size(); ++k) {
                CHECK(forward.weights_of(u)[k] == naive.at({u, neighbours[k]}));
                if (k > 0) CHECK(neighbours[k - 1] < neighbours[k]);
                ++entries;
            }
        }
        CHECK(entries == naive.size());
    }
}

TEST_CASE("compact model: a tie table stores weights and details only once a tie has them",
          "[compact]") {
    // 1000 plain ties: ends only, 8 bytes each (the capacity is reserved exactly).
    TieTable plain;
    plain.reserve(1000);
    for (NodeId i = 0; i < 1000; ++i) plain.push_back(i, i + 1, 1.0);
    CHECK(plain.unit_weights());
    CHECK(plain.memory_bytes() == 1000 * 8);
    CHECK(plain[999].weight == 1.0);
    CHECK(plain[999].kind.empty());
    CHECK(!plain[999].period.since);

    // Weights and details start midway: the ties before read back as plain ties.
    TieTable mixed;
    std::vector<Tie> expected;
    std::mt19937 random(7);
    for (NodeId i = 0; i < 500; ++i) {
        Tie tie{i, i + 2, 1.0, {}, {}, {}};
        if (i >= 100 && random() % 3 == 0) tie.weight = 0.5 + static_cast<double>(random() % 7);
        if (i >= 300 && random() % 4 == 0) tie.kind = "funding";
        if (i >= 300 && random() % 5 == 0) tie.period.since = PartialDate::parse("2019");
        if (i >= 300 && random() % 6 == 0) tie.attributes.emplace("note", "x");
        expected.push_back(tie);
        mixed.push_back(tie);
    }
    CHECK(!mixed.unit_weights());
    CHECK(mixed.to_vector() == expected);
    CHECK(mixed == TieTable(expected));
    std::size_t at = 0;
    for (const TieRef& tie : mixed) CHECK(tie == expected[at++]);
    CHECK(at == expected.size());

    // pop_back takes the tie and its record: the table equals one built without it.
    mixed.pop_back();
    expected.pop_back();
    CHECK(mixed == TieTable(expected));
    // Equality reads the ties, not the columns: a weight column of ones equals none.
    TieTable with_column;
    with_column.push_back(0, 1, 2.0);
    with_column.pop_back();
    with_column.push_back(0, 1, 1.0);
    TieTable without;
    without.push_back(0, 1, 1.0);
    CHECK(with_column == without);
}
