// Every sample network written and read back: in the lossless formats an equal network,
// in the lossy ones what the format promises to keep.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "io/csv_folder.hpp"
#include "io/gexf.hpp"
#include "io/network_format.hpp"
#include "io/pajek.hpp"

using namespace coopnet;

TEST_CASE("round trip: every sample network survives GEXF 1.3 and 1.2draft", "[round_trip]") {
    std::size_t samples = 0;
    for (const auto& folder :
         std::filesystem::directory_iterator(std::filesystem::path(COOPNET_SAMPLES_DIR))) {
        if (!folder.is_directory()) continue;
        CAPTURE(folder.path());
        const Network network = read_csv_folder(folder.path()).network;
        for (const GexfVersion version : {GexfVersion::V1_3, GexfVersion::V1_2draft}) {
            GexfWriteOptions options;
            options.version = version;
            std::ostringstream out;
            write_gexf(network, out, options);
            CHECK(parse_gexf(out.str(), "sample.gexf").network == network);
        }
        ++samples;
    }
    CHECK(samples >= 4);
}

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
