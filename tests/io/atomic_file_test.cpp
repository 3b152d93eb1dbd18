#include "io/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/folder_output.hpp"
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

TEST_CASE("atomic file: a replaced file keeps its permission bits, a new one gets the umask's",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "private.json";
    write_bytes(target, "old");
    REQUIRE(::chmod(target.c_str(), 0600) == 0);
    write_file_atomically(target, [](std::ostream& out) { out << "new"; });
    struct stat status {};
    REQUIRE(::stat(target.c_str(), &status) == 0);
    CHECK((status.st_mode & 07777) == 0600);
    CHECK(read_bytes(target) == "new");

    const mode_t mask = ::umask(022);
    write_file_atomically(folder.path / "fresh.json", [](std::ostream& out) { out << "x"; });
    ::umask(mask);
    REQUIRE(::stat((folder.path / "fresh.json").c_str(), &status) == 0);
    CHECK((status.st_mode & 07777) == 0644);
}

TEST_CASE("atomic file: while the new contents are written, no temporary name is visible",
          "[atomic_file]") {
    // Linux's O_TMPFILE on the test machine's file systems (ext4, tmpfs): a kill -9 at
    // this moment would leave nothing behind.
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out.csv";
    write_bytes(target, "old");
    std::vector<std::string> seen;
    write_file_atomically(target, [&](std::ostream& out) {
        out << "new";
        seen = names_in(folder.path);
    });
    CHECK(seen == std::vector<std::string>{"out.csv"});
    CHECK(read_bytes(target) == "new");
}

TEST_CASE("atomic file: temporaries of a writer that died are removed, others are not",
          "[atomic_file]") {
    TemporaryFolder folder("atomic-test");
    const fs::path target = folder.path / "out.csv";
    // pid 2147483647 exceeds every pid_max: no such process. Our own pid is alive.
    write_bytes(folder.path / "out.csv.tmp-2147483647-17", "left by kill -9");
    const std::string alive = "out.csv.tmp-" + std::to_string(::getpid()) + "-5";
    write_bytes(folder.path / alive, "still being written");
    write_bytes(folder.path / "other.csv.tmp-2147483647-17", "another output's");
    write_bytes(folder.path / "out.csv.tmp-notes", "the user's");
    write_file_atomically(target, [](std::ostream& out) { out << "new"; });
    std::vector<std::string> expected = {alive, "other.csv.tmp-2147483647-17", "out.csv",
                                         "out.csv.tmp-notes"};
    std::sort(expected.begin(), expected.end());
    CHECK(names_in(folder.path) == expected);
}

TEST_CASE("atomic file: a failed write names the target and the system's reason", "[atomic_file]") {
    const auto message_of = [](const fs::path& target) -> std::string {
        try {
            write_file_atomically(target,
                                  [](std::ostream& out) { out << std::string(1 << 17, 'x'); });
        } catch (const OutputError& error) {
            return error.what();
        }
        return "no OutputError";
    };
    REQUIRE(fs::is_character_file("/dev/full"));
    CHECK(message_of("/dev/full") == "cannot write /dev/full: No space left on device");
    TemporaryFolder folder("atomic-test");
    const fs::path missing = folder.path / "no-such-folder" / "out.json";
    CHECK(message_of(missing) ==
          "cannot write " + missing.string() + ": No such file or directory");
    CHECK(names_in(folder.path).empty());
}

namespace {

const std::vector<std::string> kOwnNames = {"actors.csv", "ties.csv", "projects.csv"};

void write_folder(const fs::path& target,
                  const std::vector<std::pair<std::string, std::string>>& files,
                  std::span<const fs::path> inputs = {}) {
    FolderOutput output(target, kOwnNames, inputs);
    for (const auto& [name, bytes] : files) {
        output.write(name, [&](std::ostream& out) { out << bytes; });
    }
    output.commit();
}

}  // namespace

TEST_CASE("folder output: a new folder is created with exactly the files written",
          "[atomic_file]") {
    TemporaryFolder folder("folder-test");
    write_folder(folder.path / "out", {{"actors.csv", "a"}, {"ties.csv", "t"}});
    CHECK(names_in(folder.path / "out") == std::vector<std::string>{"actors.csv", "ties.csv"});
    CHECK(read_bytes(folder.path / "out" / "ties.csv") == "t");
}

TEST_CASE("folder output: an earlier output is replaced and its files not written again go",
          "[atomic_file]") {
    TemporaryFolder folder("folder-test");
    const fs::path target = folder.path / "out";
    write_folder(target, {{"actors.csv", "1"}, {"ties.csv", "1"}, {"projects.csv", "1"}});
    // Spelled with a trailing slash, as shells complete folder names.
    write_folder(target.string() + "/", {{"actors.csv", "2"}, {"ties.csv", "2"}});
    CHECK(names_in(target) == std::vector<std::string>{"actors.csv", "ties.csv"});
    CHECK(read_bytes(target / "actors.csv") == "2");
    CHECK(names_in(folder.path) == std::vector<std::string>{"out"});
}

TEST_CASE("folder output: a folder holding other files is refused and left exactly as it was",
          "[atomic_file]") {
    TemporaryFolder folder("folder-test");
    write_bytes(folder.path / "thesis.tex", "precious");
    write_bytes(folder.path / "actors.csv", "the user's own");
    fs::create_directory(folder.path / "sub");
    CHECK_THROWS_WITH(write_folder(folder.path, {{"actors.csv", "new"}}),
                      Catch::Contains("holds files coopnet did not write (sub/, thesis.tex)"));
    CHECK_THROWS_AS(write_folder(folder.path, {{"actors.csv", "new"}}), InvalidArgument);
    CHECK(names_in(folder.path) == std::vector<std::string>{"actors.csv", "sub", "thesis.tex"});
    CHECK(read_bytes(folder.path / "actors.csv") == "the user's own");
    CHECK(read_bytes(folder.path / "thesis.tex") == "precious");
}

TEST_CASE("folder output: a failure before commit leaves the old files, or no new folder",
          "[atomic_file]") {
    TemporaryFolder folder("folder-test");
    const fs::path target = folder.path / "out";
    const auto failing = [&] {
        FolderOutput output(target, kOwnNames);
        output.write("actors.csv", [](std::ostream& out) { out << "new"; });
        output.write("ties.csv", [](std::ostream&) { throw std::runtime_error("fill failed"); });
        output.commit();
    };
    CHECK_THROWS_AS(failing(), std::runtime_error);
    CHECK(names_in(folder.path).empty());

    write_folder(target, {{"actors.csv", "old"}, {"ties.csv", "old"}});
    CHECK_THROWS_AS(failing(), std::runtime_error);
    CHECK(names_in(target) == std::vector<std::string>{"actors.csv", "ties.csv"});
    CHECK(read_bytes(target / "actors.csv") == "old");
}

TEST_CASE("folder output: not over a file, not into an input, only the format's own names",
          "[atomic_file]") {
    TemporaryFolder folder("folder-test");
    write_bytes(folder.path / "out", "a file");
    CHECK_THROWS_AS(write_folder(folder.path / "out", {{"actors.csv", "x"}}), OutputError);
    CHECK(read_bytes(folder.path / "out") == "a file");

    fs::create_directory(folder.path / "in");
    write_bytes(folder.path / "in" / "actors.csv", "id\n");
    const std::vector<fs::path> inputs = {folder.path / "in"};
    CHECK_THROWS_AS(write_folder(folder.path / "in", {{"actors.csv", "x"}}, inputs),
                    InvalidArgument);
    CHECK(read_bytes(folder.path / "in" / "actors.csv") == "id\n");

    CHECK_THROWS_AS(write_folder(folder.path / "new", {{"thesis.tex", "x"}}), InvalidArgument);
    CHECK(names_in(folder.path) == std::vector<std::string>{"in", "out"});
}
