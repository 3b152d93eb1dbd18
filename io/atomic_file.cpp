#include "io/atomic_file.hpp"

#include <unistd.h>

#include <fstream>
#include <random>
#include <string>

#include "core/error.hpp"
#include "core/interrupt.hpp"

namespace coopnet {

namespace fs = std::filesystem;

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::exists(a, error) && fs::exists(b, error) && fs::equivalent(a, b, error);
}

namespace {

void refuse_inputs(const fs::path& target, std::span<const fs::path> inputs) {
    for (const fs::path& input : inputs) {
        if (same_file(target, input)) {
            throw InvalidArgument("refusing to write " + target.string() +
                                  ": it is an input (" + input.string() + ")");
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

// A name beside the target that no other process picks: pid plus random bits.
fs::path temporary_beside(const fs::path& target) {
    std::random_device device;
    const auto tag = std::to_string(::getpid()) + "-" + std::to_string(device());
    fs::path temporary = target;
    temporary += ".tmp-" + tag;
    return temporary;
}

}  // namespace

void write_file_atomically(const fs::path& target,
                           const std::function<void(std::ostream&)>& write,
                           std::span<const fs::path> inputs) {
    refuse_inputs(target, inputs);
    std::error_code error;
    if (fs::is_directory(target, error)) {
        throw OutputError("cannot write " + target.string() + ": it is a directory");
    }
    // A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by renaming,
    // and must not be: write to it directly.
    if (fs::exists(target, error) && !fs::is_regular_file(target, error)) {
        std::ofstream out(target, std::ios::binary);
        if (!out) throw OutputError("cannot open " + target.string());
        write(out);
        out.flush();
        if (!out) throw OutputError("writing " + target.string() + " failed");
        return;
    }
    const fs::path temporary = temporary_beside(target);
    try {
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            if (!out) throw OutputError("cannot create " + temporary.string());
            write(out);
            out.flush();
            if (!out) throw OutputError("writing " + target.string() + " failed");
        }
        throw_if_interrupted();  // Ctrl-C while writing: keep the old file, drop the new one
        fs::rename(temporary, target, error);
        if (error) {
            throw OutputError("cannot move the new " + target.string() +
                              " into place: " + error.message());
        }
    } catch (...) {
        fs::remove(temporary, error);
        throw;
    }
}

void write_directory_atomically(const fs::path& target,
                                const std::function<void(const fs::path&)>& fill,
                                std::span<const fs::path> inputs) {
    refuse_inputs(target, inputs);
    std::error_code error;
    if (fs::exists(target, error) && !fs::is_directory(target, error)) {
        throw OutputError("cannot write the folder " + target.string() + ": a file of that name exists");
    }
    const fs::path temporary = temporary_beside(target);
    fs::path old_copy;
    try {
        if (!fs::create_directory(temporary, error) || error) {
            throw OutputError("cannot create " + temporary.string() + ": " + error.message());
        }
        fill(temporary);
        throw_if_interrupted();
        // rename() cannot replace a non-empty directory: move the old one aside first,
        // and remove it only once the new one stands in its place.
        if (fs::exists(target, error)) {
            old_copy = temporary_beside(target);
            fs::rename(target, old_copy, error);
            if (error) throw OutputError("cannot replace " + target.string() + ": " + error.message());
        }
        fs::rename(temporary, target, error);
        if (error) {
            if (!old_copy.empty()) fs::rename(old_copy, target, error);
            throw OutputError("cannot move the new " + target.string() + " into place");
        }
        if (!old_copy.empty()) fs::remove_all(old_copy, error);
    } catch (...) {
        fs::remove_all(temporary, error);
        throw;
    }
}

}  // namespace coopnet
