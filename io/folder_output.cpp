#include "io/folder_output.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/error.hpp"
#include "core/interrupt.hpp"
#include "core/text.hpp"
#include "io/atomic_file.hpp"

namespace coopnet {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kForeignNamed = 5;  // how many foreign entries a refusal lists

bool is_own(const std::vector<std::string>& own_names, const std::string& name) {
    return std::find(own_names.begin(), own_names.end(), name) != own_names.end();
}

// Entries of `folder` that the format did not write: other files, links, subfolders.
std::vector<std::string> foreign_entries(const fs::path& folder,
                                         const std::vector<std::string>& own_names) {
    std::vector<std::string> foreign;
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        throw OutputError("cannot write the folder " + folder.string() + ": " + error.message());
    }
    for (fs::directory_iterator end; it != end; it.increment(error)) {
        if (error) {
            throw OutputError("cannot write the folder " + folder.string() + ": " +
                              error.message());
        }
        const std::string name = it->path().filename().string();
        std::error_code kind_error;
        const bool own_file = it->is_regular_file(kind_error) && !it->is_symlink(kind_error) &&
                              is_own(own_names, name);
        if (!own_file) foreign.push_back(it->is_directory(kind_error) ? name + "/" : name);
    }
    std::sort(foreign.begin(), foreign.end());
    return foreign;
}

}  // namespace

FolderOutput::FolderOutput(fs::path folder, std::vector<std::string> own_names,
                           std::span<const fs::path> inputs)
    : folder_(std::move(folder)), own_names_(std::move(own_names)) {
    refuse_inputs(folder_, inputs);
    struct stat status {};
    if (::stat(folder_.c_str(), &status) == 0) {
        if (!S_ISDIR(status.st_mode)) {
            throw OutputError("cannot write the folder " + folder_.string() +
                              ": a file of that name exists");
        }
        const std::vector<std::string> foreign = foreign_entries(folder_, own_names_);
        if (!foreign.empty()) {
            throw InvalidArgument("refusing to write into the folder " + folder_.string() +
                                  ": it holds files coopnet did not write (" + join_names(foreign, kForeignNamed) +
                                  "); name a new or empty folder");
        }
        return;
    }
    if (errno != ENOENT || ::mkdir(folder_.c_str(), 0777) != 0) {
        throw OutputError("cannot create the folder " + folder_.string() + ": " +
                          std::strerror(errno));
    }
    created_ = true;
}

FolderOutput::~FolderOutput() {
    files_.clear();  // drops the pending files first
    if (created_ && !committed_) ::rmdir(folder_.c_str());
}

void FolderOutput::write(std::string_view name, const std::function<void(std::ostream&)>& write) {
    if (!is_own(own_names_, std::string(name))) {
        throw InvalidArgument("'" + std::string(name) + "' is not a file of this folder format");
    }
    auto file = std::make_unique<PendingFile>(folder_ / name);
    write(file->stream());
    files_.push_back(std::move(file));
}

void FolderOutput::commit() {
    throw_if_interrupted();
    for (const auto& file : files_) file->commit();
    committed_ = true;
    for (const std::string& name : own_names_) {
        const bool written = std::any_of(files_.begin(), files_.end(), [&](const auto& file) {
            return file->target().filename() == name;
        });
        std::error_code ignored;
        if (!written) fs::remove(folder_ / name, ignored);
    }
}

}  // namespace coopnet
