#include "io/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;
namespace fs = std::filesystem;
using test::read_bytes;
using test::TemporaryFolder;

namespace {

void write_bytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// The names in a folder, sorted: what is left there after a write.
std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

TEST_CASE("atomic file: a new file is written with exactly the callback's bytes", "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out.csv";
    write_file_atomically(target, [](std::ostream& out) { out << "a,b\r\n1,2\n"; });
    CHECK(read_bytes(target) == "a,b\r\n1,2\n");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("atomic file: an exception in the callback leaves no file and no temporary",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out.csv";
    CHECK_THROWS_AS(write_file_atomically(target,
                                          [](std::ostream& out) {
                                              out << "half a file";
                                              throw std::runtime_error("disk on fire");
                                          }),
                    std::runtime_error);
    CHECK_FALSE(fs::exists(target));
    CHECK(names_in(folder.path).empty());
}

TEST_CASE("atomic file: an existing output is replaced only by a complete one", "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out.csv";
    write_bytes(target, "old contents\n");
    CHECK_THROWS_AS(write_file_atomically(target,
                                          [](std::ostream& out) {
                                              out << "new but partial";
                                              throw OutputError("stopped half way");
                                          }),
                    OutputError);
    CHECK(read_bytes(target) == "old contents\n");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out.csv"});

    write_file_atomically(target, [](std::ostream& out) { out << "new contents\n"; });
    CHECK(read_bytes(target) == "new contents\n");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("atomic file: writing onto an input is refused and the input left alone",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path input = folder.path / "in.csv";
    write_bytes(input, "precious\n");
    const std::vector<fs::path> inputs = {input};
    bool called = false;
    const auto write = [&](std::ostream& out) {
        called = true;
        out << "clobbered";
    };
    CHECK_THROWS_AS(write_file_atomically(input, write, inputs), InvalidArgument);
    // The same file under another spelling and through a symbolic link.
    CHECK_THROWS_AS(write_file_atomically(folder.path / "." / "in.csv", write, inputs),
                    InvalidArgument);
    fs::create_symlink(input, folder.path / "link.csv");
    CHECK_THROWS_AS(write_file_atomically(folder.path / "link.csv", write, inputs),
                    InvalidArgument);
    CHECK_FALSE(called);
    CHECK(read_bytes(input) == "precious\n");
    CHECK(names_in(folder.path) == std::vector<std::string>{"in.csv", "link.csv"});
}

TEST_CASE("atomic file: a file inside an input folder is refused", "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const std::vector<fs::path> inputs = {folder.path};
    CHECK_THROWS_AS(write_file_atomically(
                        folder.path / "out.csv", [](std::ostream& out) { out << "x"; }, inputs),
                    InvalidArgument);
    CHECK(names_in(folder.path).empty());
}

TEST_CASE("atomic file: a directory in the target's place is an output error", "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    fs::create_directory(folder.path / "out.csv");
    CHECK_THROWS_AS(
        write_file_atomically(folder.path / "out.csv", [](std::ostream& out) { out << "x"; }),
        OutputError);
    CHECK(fs::is_directory(folder.path / "out.csv"));
    CHECK(names_in(folder.path) == std::vector<std::string>{"out.csv"});
}

TEST_CASE("atomic file: a directory is created and an old one replaced as a whole",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out";
    write_directory_atomically(target, [](const fs::path& directory) {
        write_bytes(directory / "a.csv", "first");
        write_bytes(directory / "stale.csv", "only in the first");
    });
    CHECK(names_in(target) == std::vector<std::string>{"a.csv", "stale.csv"});

    write_directory_atomically(
        target, [](const fs::path& directory) { write_bytes(directory / "a.csv", "second"); });
    CHECK(names_in(target) == std::vector<std::string>{"a.csv"});
    CHECK(read_bytes(target / "a.csv") == "second");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out"});  // nothing left beside
}

TEST_CASE("atomic file: a failing fill leaves the old directory and no temporary",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out";
    fs::create_directory(target);
    write_bytes(target / "a.csv", "old");
    CHECK_THROWS_AS(write_directory_atomically(target,
                                               [](const fs::path& directory) {
                                                   write_bytes(directory / "a.csv", "new");
                                                   throw std::runtime_error("fill failed");
                                               }),
                    std::runtime_error);
    CHECK(names_in(target) == std::vector<std::string>{"a.csv"});
    CHECK(read_bytes(target / "a.csv") == "old");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out"});
}

TEST_CASE("atomic file: a directory is not written over a file or an input folder",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    write_bytes(folder.path / "out", "a file");
    const auto fill = [](const fs::path& directory) { write_bytes(directory / "x", "x"); };
    CHECK_THROWS_AS(write_directory_atomically(folder.path / "out", fill), OutputError);
    CHECK(read_bytes(folder.path / "out") == "a file");

    fs::create_directory(folder.path / "in");
    write_bytes(folder.path / "in" / "actors.csv", "id\n");
    const std::vector<fs::path> inputs = {folder.path / "in"};
    CHECK_THROWS_AS(write_directory_atomically(folder.path / "in", fill, inputs), InvalidArgument);
    CHECK(names_in(folder.path / "in") == std::vector<std::string>{"actors.csv"});
    CHECK(names_in(folder.path) == std::vector<std::string>{"in", "out"});
}

TEST_CASE("atomic file: same_file sees through spellings and links, not across files",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    write_bytes(folder.path / "a", "1");
    write_bytes(folder.path / "b", "1");
    fs::create_symlink(folder.path / "a", folder.path / "link");
    CHECK(same_file(folder.path / "a", folder.path / "." / "a"));
    CHECK(same_file(folder.path / "link", folder.path / "a"));
    CHECK_FALSE(same_file(folder.path / "a", folder.path / "b"));
    CHECK_FALSE(same_file(folder.path / "a", folder.path / "missing"));
}

TEST_CASE("atomic write: a device such as /dev/null is written to, never replaced",
          "[atomic_file]") {
    const std::filesystem::path device = "/dev/null";
    REQUIRE(std::filesystem::is_character_file(device));
    coopnet::write_file_atomically(device, [](std::ostream& out) { out << "discarded\n"; });
    CHECK(std::filesystem::is_character_file(device));
}
