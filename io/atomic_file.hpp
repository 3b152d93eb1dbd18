// Every output goes through here: written to a temporary file beside the target, then put
// in its place, so a failure never leaves a half-written file and an existing output is
// replaced only by a complete one. Writing onto one of the inputs is refused.
//
// The temporary is anonymous where the file system allows it (Linux O_TMPFILE): a crash,
// even kill -9, leaves nothing behind. Elsewhere it is named `TARGET.tmp-PID-N`, and the
// next write of TARGET removes such files whose process has died. A replaced file keeps
// its permission bits (and owner, where the process may set it); a new one gets 0666 less
// the umask. Messages name the target and the system's reason ("No space left on device").
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <span>

namespace coopnet {

/// The new contents of one file, being written. Nothing is visible at the target until
/// commit(); destroying an uncommitted PendingFile drops what was written without trace.
/// A device, pipe or FIFO at the target (/dev/null, /dev/stdout) cannot be replaced and
/// must not be: it is written directly, and commit() only flushes.
class PendingFile {
public:
    /// Opens the temporary for `target`. @throws InvalidArgument when `target` is one of
    /// `inputs` (same file, also through links) or lies inside an input folder;
    /// OutputError when `target` is a directory or the temporary cannot be created.
    explicit PendingFile(std::filesystem::path target,
                         std::span<const std::filesystem::path> inputs = {});
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    /// Where the contents go.
    std::ostream& stream();

    /// Flushes, syncs and puts the file in place of the target.
    /// @throws OutputError with the system's reason; Interrupted after Ctrl-C (the old
    /// target is then kept).
    void commit();

    [[nodiscard]] const std::filesystem::path& target() const noexcept;

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Writes `target` atomically through `write` (a PendingFile committed when `write`
/// returns). The temporary is removed on every failure, including an exception from
/// `write`. Same refusals and errors as PendingFile.
void write_file_atomically(const std::filesystem::path& target,
                           const std::function<void(std::ostream&)>& write,
                           std::span<const std::filesystem::path> inputs = {});

/// Writes through `write` to standard output (file descriptor 1, after flushing std::cout).
/// @throws OutputError with the system's reason when any byte cannot be written (a full
/// disk behind a redirection is not a success).
void write_standard_output(const std::function<void(std::ostream&)>& write);

/// True when `a` and `b` name the same existing file or directory.
bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

/// Throws InvalidArgument when `target` is one of `inputs` or lies inside an input folder.
void refuse_inputs(const std::filesystem::path& target,
                   std::span<const std::filesystem::path> inputs);

}  // namespace coopnet
