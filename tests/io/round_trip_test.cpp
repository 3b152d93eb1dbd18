// Every sample network written and read back in each lossless format gives an equal
// network.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "io/csv_folder.hpp"
#include "io/gexf.hpp"

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
