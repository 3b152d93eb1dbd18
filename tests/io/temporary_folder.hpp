// Test helpers for readers and writers that touch the file system: a fresh folder that is
// removed at the end of the test, and whole-file reads.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace coopnet::test {

/// A fresh, empty folder under the system temporary directory, named
/// `coopnet-<prefix>-<random>`, removed with all it holds when the object goes.
struct TemporaryFolder {
    std::filesystem::path path;

    explicit TemporaryFolder(const std::string& prefix = "test") {
        std::random_device device;
        path = std::filesystem::temp_directory_path() /
               ("coopnet-" + prefix + "-" + std::to_string(device()) + std::to_string(device()));
        std::filesystem::create_directories(path);
    }
    ~TemporaryFolder() {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    /// Writes `contents` byte for byte to `name` inside the folder; returns its path.
    [[nodiscard]] std::filesystem::path file(const std::string& name,
                                             const std::string& contents) const {
        std::ofstream out(path / name, std::ios::binary);
        out << contents;
        return path / name;
    }
};

/// The bytes of the file at `path` ("" when it cannot be opened).
inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace coopnet::test
