#include "io/detail/file_reader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "core/error.hpp"
#include "core/interrupt.hpp"

namespace coopnet::detail {

namespace {

constexpr std::size_t kBlockSize = std::size_t{1} << 16;

std::string reason(int error) { return std::strerror(error); }

[[noreturn]] void fail(const std::string& file, const std::string& message) {
    throw InputError(SourceLocation{file}, message);
}

// An open descriptor of a file that is not a directory, closed when it goes out of scope.
class InputFile {
public:
    explicit InputFile(const std::filesystem::path& path) : file_(path.string()) {
        for (;;) {
            fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd_ >= 0 || errno != EINTR) break;
            throw_if_interrupted();
        }
        if (fd_ < 0) fail(file_, "cannot open the file for reading: " + reason(errno));
        struct stat status {};
        if (::fstat(fd_, &status) != 0) {
            const int error = errno;
            ::close(fd_);
            fail(file_, "reading the file failed: " + reason(error));
        }
        // open() accepts a directory; reading it would fail with a less helpful EISDIR.
        if (S_ISDIR(status.st_mode)) {
            ::close(fd_);
            fail(file_, "is a directory, not a file");
        }
        if (S_ISREG(status.st_mode)) size_hint_ = static_cast<std::size_t>(status.st_size);
    }
    ~InputFile() { ::close(fd_); }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    [[nodiscard]] int descriptor() const noexcept { return fd_; }

    /// The size of a regular file when opened (it may still grow or shrink); 0 otherwise.
    [[nodiscard]] std::size_t size_hint() const noexcept { return size_hint_; }

    /// Reads up to `size` bytes into `data`; 0 at the end of the file.
    std::size_t read_some(char* data, std::size_t size) {
        for (;;) {
            const ssize_t count = ::read(fd_, data, size);
            if (count >= 0) return static_cast<std::size_t>(count);
            if (errno != EINTR) fail(file_, "reading the file failed: " + reason(errno));
            throw_if_interrupted();
        }
    }

private:
    std::string file_;
    int fd_ = -1;
    std::size_t size_hint_ = 0;
};

}  // namespace

std::string read_whole_file(const std::filesystem::path& path) {
    InputFile file(path);
    // One byte beyond the size, so that a file read whole meets its end without growing.
    std::string bytes(file.size_hint() + 1, '\0');
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) bytes.resize(filled + std::max(filled, kBlockSize));
        const std::size_t count = file.read_some(bytes.data() + filled, bytes.size() - filled);
        if (count == 0) break;
        filled += count;
    }
    bytes.resize(filled);
    return bytes;
}

FileBytes::FileBytes(const std::filesystem::path& path) {
    {
        InputFile file(path);
        if (file.size_hint() > 0) {
            // MAP_POPULATE reads the whole file in at once: no page fault per page later.
            void* mapped = ::mmap(nullptr, file.size_hint(), PROT_READ, MAP_PRIVATE | MAP_POPULATE,
                                  file.descriptor(), 0);
            if (mapped != MAP_FAILED) {
                mapped_ = mapped;
                size_ = file.size_hint();
                return;
            }
        }
    }
    copy_ = read_whole_file(path);  // a pipe, an empty or special file, or mmap refused
}

FileBytes::~FileBytes() {
    if (mapped_ != nullptr) ::munmap(mapped_, size_);
}

void read_file_blocks(const std::filesystem::path& path,
                      const std::function<void(std::string_view block)>& consume) {
    InputFile file(path);
    std::array<char, kBlockSize> block{};
    while (const std::size_t count = file.read_some(block.data(), block.size())) {
        consume(std::string_view(block.data(), count));
    }
}

}  // namespace coopnet::detail
