// Write -> read through the lossy formats, on the samples: what each format promises to keep
// must come back equal.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "io/network_format.hpp"
#include "io/pajek.hpp"

using namespace coopnet;

TEST_CASE("round trip: Pajek keeps the samples' actor ids, direction, ties and weights",
          "[round_trip][pajek]") {
    const std::filesystem::path samples(COOPNET_SAMPLES_DIR);
    std::size_t ties = 0;
    for (const char* sample :
         {"duisburg-marxloh", "duisburg-marxloh-de", "duisburg-two-periods", "leipzig-mockau"}) {
        INFO(sample);
        const Network network = read_network(samples / sample).network;
        REQUIRE(network.actor_count() > 0);
        std::ostringstream out;
        (void)write_pajek(network, out);
        const ReadResult back = parse_pajek(out.str(), "sample.net");
        CHECK(back.warnings.empty());
        const Network& read = back.network;
        CHECK(read.name() == network.name());
        CHECK(read.directed() == network.directed());
        REQUIRE(read.actor_count() == network.actor_count());
        for (NodeId v = 0; v < network.actor_count(); ++v) {
            CHECK(read.actor(v).id == network.actor(v).id);
        }
        // Explicit ties only, in order; projects (and their projected ties) are not kept.
        REQUIRE(read.ties().size() == network.ties().size());
        ties += network.ties().size();
        for (std::size_t i = 0; i < network.ties().size(); ++i) {
            CHECK(read.ties()[i].source == network.ties()[i].source);
            CHECK(read.ties()[i].target == network.ties()[i].target);
            CHECK(read.ties()[i].weight == network.ties()[i].weight);
        }
        CHECK(read.projects().empty());
        // Written again, byte for byte the same file.
        std::ostringstream again;
        (void)write_pajek(read, again);
        CHECK(again.str() == out.str());
    }
    CHECK(ties > 0);  // the samples have explicit ties to compare
}
