#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.hpp"
#include "core/interrupt.hpp"
#include "io/detail/fd_stream.hpp"

namespace coopnet {

namespace fs = std::filesystem;

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::exists(a, error) && fs::exists(b, error) && fs::equivalent(a, b, error);
}

void refuse_inputs(const fs::path& target, std::span<const fs::path> inputs) {
    for (const fs::path& input : inputs) {
        if (same_file(target, input)) {
            throw InvalidArgument("refusing to write " + target.string() + ": it is an input (" +
                                  input.string() + ")");
        }
        // A CSV folder input must not receive an output file inside it either.
        std::error_code error;
        if (fs::is_directory(input, error) && target.has_parent_path() &&
            same_file(target.parent_path(), input)) {
            throw InvalidArgument("refusing to write " + target.string() +
                                  " inside the input folder " + input.string());
        }
    }
}

namespace {

constexpr std::string_view kTemporaryInfix = ".tmp-";

std::string system_reason(int error) { return std::strerror(error); }

[[noreturn]] void fail(const fs::path& target, int error) {
    throw OutputError("cannot write " + target.string() + ": " + system_reason(error));
}

fs::path folder_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

// `TARGET.tmp-PID-N`: the pid tells a later run whether the writer is still alive.
fs::path temporary_name(const fs::path& target) {
    static thread_local std::mt19937_64 random{std::random_device{}()};
    fs::path name = target;
    name += std::string(kTemporaryInfix) + std::to_string(::getpid()) + "-" +
            std::to_string(random() % 1000000000);
    return name;
}

// The pid in a temporary's name, when `name` is one of `target`'s temporaries.
std::optional<pid_t> temporary_owner(std::string_view name, std::string_view target_name) {
    if (name.size() <= target_name.size() + kTemporaryInfix.size() ||
        name.substr(0, target_name.size()) != target_name ||
        name.substr(target_name.size(), kTemporaryInfix.size()) != kTemporaryInfix) {
        return std::nullopt;
    }
    const std::string_view rest = name.substr(target_name.size() + kTemporaryInfix.size());
    const std::size_t dash = rest.find('-');
    if (dash == std::string_view::npos || dash + 1 == rest.size()) return std::nullopt;
    for (char c : rest.substr(dash + 1)) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    pid_t pid = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (error != std::errc() || end != rest.data() + dash || pid <= 0) return std::nullopt;
    return pid;
}

// Temporaries of `target` left by a writer that was killed before it could remove them.
void remove_stale_temporaries(const fs::path& target) {
    const std::string target_name = target.filename().string();
    std::error_code error;
    for (fs::directory_iterator it(folder_of(target), error), end; !error && it != end;
         it.increment(error)) {
        const auto owner = temporary_owner(it->path().filename().string(), target_name);
        if (!owner || *owner == ::getpid()) continue;
        if (::kill(*owner, 0) == -1 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

// Whether /proc/self/fd works, which linkat needs to give an O_TMPFILE a name.
bool can_name_anonymous_files() {
    static const bool available = ::access("/proc/self/fd", X_OK) == 0;
    return available;
}

}  // namespace

struct PendingFile::State {
    enum class Kind { Direct, Anonymous, Named };

    fs::path target;
    Kind kind = Kind::Named;
    int fd = -1;
    fs::path named_temporary;  // Kind::Named only
    std::optional<detail::FdOStream> out;
    bool committed = false;

    ~State() {
        out.reset();
        if (fd >= 0) ::close(fd);
        if (kind == Kind::Named && !committed && !named_temporary.empty()) {
            ::unlink(named_temporary.c_str());
        }
    }

    void open_direct() {
        kind = Kind::Direct;
        fd = ::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
        if (fd < 0) fail(target, errno);
    }

    void open_temporary() {
        remove_stale_temporaries(target);
#ifdef O_TMPFILE
        if (can_name_anonymous_files()) {
            fd = ::open(folder_of(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
            if (fd >= 0) {
                kind = Kind::Anonymous;
                return;
            }
            // Not supported by this kernel or file system: fall back to a named temporary.
            if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) fail(target, errno);
        }
#endif
        kind = Kind::Named;
        for (int attempt = 0; attempt < 100; ++attempt) {
            fs::path candidate = temporary_name(target);
            fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd >= 0) {
                named_temporary = std::move(candidate);
                return;
            }
            if (errno != EEXIST) fail(target, errno);
        }
        fail(target, EEXIST);
    }

    // A replaced file keeps its owner (where allowed) and permission bits.
    void keep_metadata_of(const struct stat& old) const {
        if (old.st_uid != ::geteuid() || old.st_gid != ::getegid()) {
            [[maybe_unused]] const int ignored = ::fchown(fd, old.st_uid, old.st_gid);
        }
        if (::fchmod(fd, old.st_mode & 07777) != 0) fail(target, errno);
    }

    // Gives the anonymous file a name: the target itself when it does not exist (linkat
    // never replaces), otherwise a temporary name renamed over the target.
    void publish_anonymous() {
        const std::string proc_path = "/proc/self/fd/" + std::to_string(fd);
        if (::linkat(AT_FDCWD, proc_path.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW) ==
            0) {
            return;
        }
        if (errno != EEXIST) fail(target, errno);
        for (int attempt = 0; attempt < 100; ++attempt) {
            const fs::path candidate = temporary_name(target);
            if (::linkat(AT_FDCWD, proc_path.c_str(), AT_FDCWD, candidate.c_str(),
                         AT_SYMLINK_FOLLOW) != 0) {
                if (errno == EEXIST) continue;
                fail(target, errno);
            }
            if (::rename(candidate.c_str(), target.c_str()) != 0) {
                const int reason = errno;
                ::unlink(candidate.c_str());
                fail(target, reason);
            }
            return;
        }
        fail(target, EEXIST);
    }
};

PendingFile::PendingFile(fs::path target, std::span<const fs::path> inputs)
    : state_(std::make_unique<State>()) {
    refuse_inputs(target, inputs);
    state_->target = std::move(target);
    const fs::path& where = state_->target;
    struct stat old {};
    const bool exists = ::stat(where.c_str(), &old) == 0;
    if (!exists && errno != ENOENT) fail(where, errno);
    if (exists && S_ISDIR(old.st_mode)) {
        throw OutputError("cannot write " + where.string() + ": it is a folder");
    }
    if (exists && !S_ISREG(old.st_mode)) {
        // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by renaming,
        // and must not be: write to it directly.
        state_->open_direct();
    } else {
        state_->open_temporary();
        if (exists) state_->keep_metadata_of(old);
    }
    state_->out.emplace(state_->fd);
}

PendingFile::~PendingFile() = default;

std::ostream& PendingFile::stream() { return *state_->out; }

const fs::path& PendingFile::target() const noexcept { return state_->target; }

void PendingFile::commit() {
    State& state = *state_;
    state.out->flush();
    if (state.out->error() != 0) fail(state.target, state.out->error());
    if (!*state.out) throw OutputError("cannot write " + state.target.string());
    if (state.kind != State::Kind::Direct) {
        if (::fsync(state.fd) != 0) fail(state.target, errno);
        throw_if_interrupted();  // Ctrl-C while writing: keep the old file, drop the new one
        if (state.kind == State::Kind::Anonymous) {
            state.publish_anonymous();
        } else if (::rename(state.named_temporary.c_str(), state.target.c_str()) != 0) {
            fail(state.target, errno);
        }
    }
    state.committed = true;
    const int fd = std::exchange(state.fd, -1);
    state.out.reset();
    if (::close(fd) != 0 && state.kind == State::Kind::Direct) fail(state.target, errno);
}

void write_file_atomically(const fs::path& target, const std::function<void(std::ostream&)>& write,
                           std::span<const fs::path> inputs) {
    PendingFile file(target, inputs);
    write(file.stream());
    file.commit();
}

void write_standard_output(const std::function<void(std::ostream&)>& write) {
    std::cout.flush();
    detail::FdOStream out(STDOUT_FILENO);
    write(out);
    out.flush();
    if (out.error() != 0) {
        throw OutputError("cannot write to standard output: " + system_reason(out.error()));
    }
    if (!out) throw OutputError("cannot write to standard output");
}

}  // namespace coopnet
