#include "viz/detail/isolated.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <new>

#include "core/error.hpp"
#include "core/interrupt.hpp"

namespace coopnet::detail {

namespace {

/// The first byte of the child's message says what the rest is.
enum class Outcome : char {
    Result = 'R',           ///< the bytes `work` returned
    OutputError = 'O',      ///< then the message
    InvalidArgument = 'A',  ///< then the message
    Interrupted = 'I',
    OutOfMemory = 'M',
    OtherError = 'E',  ///< then the message
};

/// How often the waiting parent looks at the interrupt flag.
constexpr int kPollMilliseconds = 100;
/// The child's exit status when it could not send its outcome (the parent went away).
constexpr int kChildLostParent = 3;

bool other_threads_running() {
    // One entry per thread of this process, besides "." and "..".
    DIR* tasks = ::opendir("/proc/self/task");
    if (tasks == nullptr) return true;  // cannot tell: do not risk a fork
    int threads = 0;
    while (const dirent* entry = ::readdir(tasks)) {
        if (entry->d_name[0] != '.') ++threads;
    }
    ::closedir(tasks);
    return threads != 1;
}

bool write_all(int fd, const char* data, std::size_t size) noexcept {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

bool send(int fd, Outcome outcome, const char* data, std::size_t size) noexcept {
    const char tag = static_cast<char>(outcome);
    return write_all(fd, &tag, 1) && write_all(fd, data, size);
}

bool send(int fd, Outcome outcome, const std::exception& error) noexcept {
    return send(fd, outcome, error.what(), std::strlen(error.what()));
}

// exit() called by a library in the child (gvc's writer does) must not run the parent's
// exit handlers and static destructors, nor flush copies of the parent's stdio buffers
// (output written twice): registered last, this runs first and ends the child at once.
void exit_at_once(int status, void*) { ::_exit(status); }

[[noreturn]] void run_child(int fd, const std::function<std::string()>& work) noexcept {
    // Ctrl-C reaches the child too: let it end the child at once (a layout cannot poll).
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    // A crash ends the child with its signal, which the parent reports, rather than
    // running a handler inherited from the host (a test framework's reports the child's
    // crash as its own).
    for (const int crash : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP}) {
        std::signal(crash, SIG_DFL);
    }
    ::on_exit(exit_at_once, nullptr);
    bool sent = false;
    try {
        const std::string bytes = work();
        sent = send(fd, Outcome::Result, bytes.data(), bytes.size());
    } catch (const Interrupted& error) {
        sent = send(fd, Outcome::Interrupted, error);
    } catch (const InvalidArgument& error) {
        sent = send(fd, Outcome::InvalidArgument, error);
    } catch (const OutputError& error) {
        sent = send(fd, Outcome::OutputError, error);
    } catch (const std::bad_alloc&) {
        sent = send(fd, Outcome::OutOfMemory, nullptr, 0);
    } catch (const std::exception& error) {
        sent = send(fd, Outcome::OtherError, error);
    } catch (...) {
        constexpr char kUnknown[] = "unknown error";
        sent = send(fd, Outcome::OtherError, kUnknown, sizeof kUnknown - 1);
    }
    ::_exit(sent ? 0 : kChildLostParent);
}

/// The parent's end of a running child: kills and reaps it unless it was waited for, so
/// that neither a zombie nor a stray layout outlives an exception in the parent.
class Child {
public:
    Child(pid_t pid, int fd) noexcept : pid_(pid), fd_(fd) {}
    ~Child() {
        if (fd_ >= 0) ::close(fd_);
        if (pid_ > 0) {
            ::kill(pid_, SIGKILL);
            reap();
        }
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    [[nodiscard]] int fd() const noexcept { return fd_; }

    /// Waits for the child to end; its waitpid status.
    int wait() noexcept {
        ::close(fd_);
        fd_ = -1;
        const int status = reap();
        pid_ = -1;
        return status;
    }

private:
    int reap() const noexcept {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        return status;
    }

    pid_t pid_;
    int fd_;
};

std::string system_error_text(std::string_view failure, const char* doing) {
    return std::string(failure) + " (" + doing + ": " + std::strerror(errno) + ")";
}

/// The child's message, read until it closes the pipe (it ends then). Stops at an
/// interrupt: the child, killed by the same Ctrl-C or by ~Child, is not waited for.
std::string receive(const Child& child, std::string_view failure) {
    std::string message;
    char buffer[1 << 16];
    for (;;) {
        pollfd ready{child.fd(), POLLIN, 0};
        const int events = ::poll(&ready, 1, kPollMilliseconds);
        throw_if_interrupted();
        if (events < 0 && errno != EINTR) throw OutputError(system_error_text(failure, "poll"));
        if (events <= 0) continue;
        const ssize_t got = ::read(child.fd(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            throw OutputError(system_error_text(failure, "read"));
        }
        if (got == 0) return message;
        message.append(buffer, static_cast<std::size_t>(got));
    }
}

std::string death_text(std::string_view failure, int status) {
    if (WIFSIGNALED(status)) {
        const int signal_number = WTERMSIG(status);
        const char* name = ::strsignal(signal_number);
        return std::string(failure) + " (killed by signal " + std::to_string(signal_number) + ": " +
               (name != nullptr ? name : "unknown") + ")";
    }
    if (WIFEXITED(status)) {
        return std::string(failure) + " (exited with status " +
               std::to_string(WEXITSTATUS(status)) + ")";
    }
    return std::string(failure) + " (ended with wait status " + std::to_string(status) + ")";
}

}  // namespace

std::string run_isolated(const std::function<std::string()>& work, std::string_view failure) {
    throw_if_interrupted();
    if (other_threads_running()) return work();

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw OutputError(system_error_text(failure, "pipe"));
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int fork_error = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        if (fork_error == ENOMEM) throw std::bad_alloc();
        errno = fork_error;
        throw OutputError(system_error_text(failure, "fork"));
    }
    if (pid == 0) {
        ::close(fds[0]);
        run_child(fds[1], work);
    }
    ::close(fds[1]);
    Child child(pid, fds[0]);
    std::string message = receive(child, failure);
    const int status = child.wait();
    throw_if_interrupted();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw ChildDied(death_text(failure, status));
    }
    if (message.empty()) throw ChildDied(std::string(failure) + " (it sent no result)");
    const auto outcome = static_cast<Outcome>(message.front());
    message.erase(0, 1);
    switch (outcome) {
        case Outcome::Result:
            return message;
        case Outcome::OutputError:
            throw OutputError(message);
        case Outcome::InvalidArgument:
            throw InvalidArgument(message);
        case Outcome::Interrupted:
            throw Interrupted();
        case Outcome::OutOfMemory:
            throw std::bad_alloc();
        case Outcome::OtherError:
            throw OutputError(message);
    }
    throw OutputError(std::string(failure) + " (it sent an unknown outcome)");
}

}  // namespace coopnet::detail
