// A format that is a folder of files (the CSV folder) written as safely as one file: each
// file through a PendingFile (io/atomic_file.hpp), all put in place only when every one is
// complete, and nothing in the folder touched but the format's own files.
//
// The rule for an existing folder: it may hold only files of the format's own names (what
// an earlier write left, e.g. actors.csv, ties.csv); those are replaced, and the ones this
// write does not produce again are removed. A folder holding anything else (a thesis, a
// subfolder) is refused before anything is written, so a mistyped output path cannot cost
// a user a file. A new folder is created; if the write fails it is removed again.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coopnet {

class PendingFile;

/// The files of one folder output, pending until commit().
class FolderOutput {
public:
    /// Checks the target folder. `own_names` are the file names the format may write.
    /// @throws InvalidArgument when `folder` is an input, lies inside one, or is an existing
    /// folder holding anything but files of `own_names` (the message lists them);
    /// OutputError when a file stands at `folder` or it cannot be created.
    FolderOutput(std::filesystem::path folder, std::vector<std::string> own_names,
                 std::span<const std::filesystem::path> inputs = {});
    ~FolderOutput();
    FolderOutput(const FolderOutput&) = delete;
    FolderOutput& operator=(const FolderOutput&) = delete;

    /// Writes the file `name` (one of the own names) through `write`; pending until commit.
    void write(std::string_view name, const std::function<void(std::ostream&)>& write);

    /// Puts every written file in place and removes the own-named files not written again.
    /// @throws OutputError with the system's reason; Interrupted after Ctrl-C.
    void commit();

private:
    std::filesystem::path folder_;
    std::vector<std::string> own_names_;
    std::vector<std::unique_ptr<PendingFile>> files_;
    bool created_ = false;
    bool committed_ = false;
};

}  // namespace coopnet
