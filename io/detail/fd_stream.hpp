// An output stream over a POSIX file descriptor that remembers why a write failed (errno),
// so that "No space left on device" reaches the user instead of "writing failed".
// Internal to io (not a public header).
#pragma once

#include <array>
#include <ostream>
#include <streambuf>

namespace coopnet::detail {

/// A buffered std::streambuf writing to a descriptor it does not own. After a failed
/// write every later write fails too, and error() keeps the first errno.
class FdStreamBuf : public std::streambuf {
public:
    explicit FdStreamBuf(int fd) noexcept;
    FdStreamBuf(const FdStreamBuf&) = delete;
    FdStreamBuf& operator=(const FdStreamBuf&) = delete;

    /// The errno of the first failed write, 0 while none failed.
    [[nodiscard]] int error() const noexcept { return error_; }

protected:
    int_type overflow(int_type ch) override;
    int sync() override;
    std::streamsize xsputn(const char* data, std::streamsize count) override;

private:
    bool drain() noexcept;  // writes the buffer out; false (and error_ set) on failure
    bool write_all(const char* data, std::size_t count) noexcept;

    int fd_;
    int error_ = 0;
    std::array<char, 1 << 16> buffer_{};
};

/// An std::ostream over an FdStreamBuf.
class FdOStream : public std::ostream {
public:
    explicit FdOStream(int fd) : std::ostream(nullptr), buffer_(fd) { rdbuf(&buffer_); }

    /// The errno of the first failed write, 0 while none failed.
    [[nodiscard]] int error() const noexcept { return buffer_.error(); }

private:
    FdStreamBuf buffer_;
};

}  // namespace coopnet::detail
