// The one way the readers of io get at a file's bytes: whole, or block by block, with
// errors that name the file and give the system's reason (errno), e.g.
// "ties.csv: cannot open the file for reading: Permission denied".
// Internal to io (not a public header).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace coopnet::detail {

/// Reads a whole file as bytes: a regular file in one read of its size, a pipe or device
/// to its end. Complexity O(file size).
/// @throws InputError located at the file (no line): "cannot open the file for reading:
///         REASON", "is a directory, not a file" or "reading the file failed: REASON";
///         Interrupted when Ctrl-C arrives while it waits.
std::string read_whole_file(const std::filesystem::path& path);

/// A whole file's bytes without a copy where it can: a regular file is mapped read-only
/// (its pages come straight from the page cache, read ahead at once), anything else is read
/// whole. For the readers of files that can be large (edge lists, Pajek); the mapping shows
/// the file as it was, and a file truncated by another program while mapped ends the
/// process (SIGBUS), as with every program that maps its input.
class FileBytes {
public:
    /// @throws InputError and Interrupted as read_whole_file().
    explicit FileBytes(const std::filesystem::path& path);
    ~FileBytes();
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;

    [[nodiscard]] std::string_view view() const noexcept {
        return mapped_ != nullptr ? std::string_view(static_cast<const char*>(mapped_), size_)
                                  : std::string_view(copy_);
    }

private:
    void* mapped_ = nullptr;
    std::size_t size_ = 0;
    std::string copy_;  ///< the bytes of what cannot be mapped
};

/// Hands a file's bytes to `consume` in order, in blocks of at most 64 KiB, so that the
/// file is never held whole (a checksum of a large input).
/// @throws InputError and Interrupted as read_whole_file().
void read_file_blocks(const std::filesystem::path& path,
                      const std::function<void(std::string_view block)>& consume);

}  // namespace coopnet::detail
