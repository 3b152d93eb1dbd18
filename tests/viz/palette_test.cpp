#include "viz/palette.hpp"

#include <catch2/catch.hpp>
#include <set>

#include "core/error.hpp"
#include "tests/viz/viz_test_networks.hpp"

using namespace coopnet;
using viz_testing::build;

TEST_CASE("palette: Okabe-Ito has 8 distinct colours and Tol muted 9", "[viz][palette]") {
    CHECK(std::set<std::string_view>(kOkabeIto.begin(), kOkabeIto.end()).size() == 8);
    CHECK(std::set<std::string_view>(kTolMutedDarkFirst.begin(), kTolMutedDarkFirst.end())
              .size() == 9);
}

TEST_CASE("contrasting_text_colour: WCAG contrast picks white on dark fills, black on light",
          "[viz][palette]") {
    CHECK(contrasting_text_colour("#000000") == "#FFFFFF");
    CHECK(contrasting_text_colour("#FFFFFF") == "#000000");
    CHECK(contrasting_text_colour("#F0E442") == "#000000");  // yellow
    // Blue #0072B2: L = 0.7152*0.168 + 0.0722*0.445 = 0.152; against black
    // (0.152+0.05)/0.05 = 4.05, against white 1.05/0.202 = 5.19 -> white.
    CHECK(contrasting_text_colour("#0072B2") == "#FFFFFF");
    CHECK(contrasting_text_colour("#0072b2") == "#FFFFFF");
    // Vermillion #D55E00: L = 0.2126*0.665 + 0.7152*0.112 = 0.221; against black 5.43,
    // against white 3.87 -> black.
    CHECK(contrasting_text_colour("#D55E00") == "#000000");
}

TEST_CASE("contrasting_text_colour: anything but #RRGGBB is refused", "[viz][palette]") {
    REQUIRE_THROWS_AS(contrasting_text_colour("#12345"), InvalidArgument);
    REQUIRE_THROWS_AS(contrasting_text_colour("0072B2x"), InvalidArgument);
    REQUIRE_THROWS_AS(contrasting_text_colour("#00GG00"), InvalidArgument);
}

TEST_CASE("colour_actors: default sectors keep their fixed colours, other names the rest",
          "[viz][palette]") {
    const Network network = build({{"a", "municipality"},
                                   {"b", "business"},
                                   {"c", "foundation"},
                                   {"d", "other"},
                                   {"e", "quartier"},
                                   {"f", "quartier"}},
                                  {});
    const ActorColours colours = colour_actors(network, "sector");
    const auto colour_of = [&](NodeId v) { return colours.colours[colours.actor_group[v]]; };
    CHECK(colour_of(0) == "#0072B2");
    CHECK(colour_of(1) == "#E69F00");
    CHECK(colour_of(2) == "#009E73");
    CHECK(colour_of(3) == std::string(kUncolouredGrey));
    // "quartier" is not a default sector: it takes the first Okabe-Ito colour no default
    // sector present uses. Orange (#E69F00) is business's, so sky blue is next.
    CHECK(colour_of(4) == "#56B4E9");
    CHECK(colour_of(5) == "#56B4E9");
    CHECK(default_sector_colour("politics") == std::optional<std::string_view>("#000000"));
    CHECK_FALSE(default_sector_colour("quartier").has_value());
}

TEST_CASE("colour_actors: an attribute colours groups by size, (none) and the ninth grey",
          "[viz][palette]") {
    NetworkBuilder builder;
    // Groups g0 .. g8 with 10, 9, ..., 2 members, and one actor without the attribute.
    for (int g = 0; g < 9; ++g) {
        for (int k = 0; k < 10 - g; ++k) {
            Actor actor;
            actor.id = "a" + std::to_string(g) + "_" + std::to_string(k);
            actor.attributes["district"] = "g" + std::to_string(g);
            builder.add_actor(std::move(actor));
        }
    }
    Actor loner;
    loner.id = "zz";
    builder.add_actor(std::move(loner));
    const Network network = builder.build();
    const ActorColours colours = colour_actors(network, "district");
    REQUIRE(colours.groups.size() == 10);
    for (std::size_t g = 0; g < 8; ++g) {
        CHECK(colours.groups[g] == "g" + std::to_string(g));
        CHECK(colours.colours[g] == std::string(kOkabeIto[g]));
    }
    CHECK(colours.groups[8] == "g8");
    CHECK(colours.colours[8] == std::string(kUncolouredGrey));
    CHECK(colours.colours[colours.actor_group[*network.find("zz")]] ==
          std::string(kUncolouredGrey));
    REQUIRE_THROWS_AS(colour_actors(network, ""), InvalidArgument);
}

TEST_CASE("kind_colours: nine Tol colours in order, then grey", "[viz][palette]") {
    const std::vector<std::string> colours = kind_colours(11);
    REQUIRE(colours.size() == 11);
    CHECK(colours[0] == "#332288");
    CHECK(colours[8] == std::string(kTolMutedDarkFirst[8]));
    CHECK(colours[9] == std::string(kOtherKindGrey));
    CHECK(colours[10] == std::string(kOtherKindGrey));
    CHECK(kind_colours(0).empty());
}
