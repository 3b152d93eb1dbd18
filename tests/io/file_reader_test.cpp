#include "io/detail/file_reader.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/coopnet_json.hpp"
#include "io/csv.hpp"
#include "io/dot.hpp"
#include "io/edge_list.hpp"
#include "io/graphml.hpp"
#include "io/node_link_json.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;
using detail::read_file_blocks;
using detail::read_whole_file;

namespace {

// The one problem that `read` throws, as `FILE: message`; "" when it throws none.
template <typename Read>
std::string problem_of(Read read) {
    try {
        read();
    } catch (const InputError& error) {
        REQUIRE(error.problems().size() == 1);
        return error.problems()[0].to_string();
    }
    return "";
}

}  // namespace

TEST_CASE("file reader: a file reads whole, byte for byte, NUL and CR included", "[file]") {
    const test::TemporaryFolder folder("file-reader");
    const std::string bytes("a\0b\r\nc\xff", 7);
    CHECK(read_whole_file(folder.file("bytes.bin", bytes)) == bytes);
    CHECK(read_whole_file(folder.file("empty.txt", "")).empty());
    // Larger than one block, and not a multiple of it.
    std::string large(200'000, 'x');
    for (std::size_t i = 0; i < large.size(); i += 97) large[i] = static_cast<char>('a' + i % 26);
    CHECK(read_whole_file(folder.file("large.txt", large)) == large);
}

TEST_CASE("file reader: a file without a known size (a pipe) is read to its end", "[file]") {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    const std::string bytes = "source target\nx y\n";
    REQUIRE(::write(ends[1], bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
    ::close(ends[1]);
    CHECK(read_whole_file("/dev/fd/" + std::to_string(ends[0])) == bytes);
    ::close(ends[0]);
}

TEST_CASE("file reader: blocks of at most 64 KiB give the file's bytes in order", "[file]") {
    const test::TemporaryFolder folder("file-reader");
    std::string bytes(150'000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>(i % 251);
    std::string joined;
    std::vector<std::size_t> sizes;
    read_file_blocks(folder.file("blocks.bin", bytes), [&](std::string_view block) {
        sizes.push_back(block.size());
        joined += block;
    });
    CHECK(joined == bytes);
    CHECK(sizes == std::vector<std::size_t>{65536, 65536, 18928});
    std::size_t calls = 0;
    read_file_blocks(folder.file("empty.bin", ""), [&](std::string_view) { ++calls; });
    CHECK(calls == 0);
}

TEST_CASE("file reader: what cannot be read is named with the system's reason", "[file]") {
    const test::TemporaryFolder folder("file-reader");
    const std::string missing = (folder.path / "missing.csv").string();
    CHECK(problem_of([&] { read_whole_file(missing); }) ==
          missing + ": cannot open the file for reading: No such file or directory");
    CHECK(problem_of([&] { read_file_blocks(missing, [](std::string_view) {}); }) ==
          missing + ": cannot open the file for reading: No such file or directory");

    const std::string inside_a_file = (folder.file("plain.txt", "x") / "ties.csv").string();
    CHECK(problem_of([&] { read_whole_file(inside_a_file); }) ==
          inside_a_file + ": cannot open the file for reading: Not a directory");

    const std::filesystem::path loop = folder.path / "loop.json";
    std::filesystem::create_symlink(loop, loop);
    CHECK(problem_of([&] { read_whole_file(loop); }) ==
          loop.string() + ": cannot open the file for reading: Too many levels of symbolic links");

    CHECK(problem_of([&] { read_whole_file(folder.path); }) ==
          folder.path.string() + ": is a directory, not a file");

    // Reading a process's own memory at address 0 fails after a successful open.
    CHECK(problem_of([] { read_whole_file("/proc/self/mem"); }) ==
          "/proc/self/mem: reading the file failed: Input/output error");

    if (::geteuid() != 0) {  // root reads any file
        const auto locked = folder.file("locked.graphml", "<graphml/>");
        std::filesystem::permissions(locked, std::filesystem::perms::none);
        CHECK(problem_of([&] { read_whole_file(locked); }) ==
              locked.string() + ": cannot open the file for reading: Permission denied");
    }
}

TEST_CASE("file reader: every reader of a file reports an unreadable one the same way", "[file]") {
    const test::TemporaryFolder folder("file-reader");
    const std::string expected = folder.path.string() + ": is a directory, not a file";
    CHECK(problem_of([&] { read_coopnet_json(folder.path); }) == expected);
    CHECK(problem_of([&] { read_node_link_json(folder.path); }) == expected);
    CHECK(problem_of([&] { read_csv_file(folder.path); }) == expected);
    CHECK(problem_of([&] { read_graphml(folder.path); }) == expected);
    CHECK(problem_of([&] { read_dot(folder.path); }) == expected);
    CHECK(problem_of([&] { read_edge_list(folder.path); }) == expected);
}
