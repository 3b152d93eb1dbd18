#include "io/checksum.hpp"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>

#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace {

// Nettle's SHA-256 state, fed with bytes and read out once as hex digits.
class Sha256 {
public:
    Sha256() { sha256_init(&context_); }

    void update(std::string_view bytes) {
        sha256_update(&context_, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    }

    std::string hex_digest() {
        std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
        sha256_digest(&context_, digest.size(), digest.data());
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string text;
        text.reserve(2 * digest.size());
        for (const std::uint8_t byte : digest) {
            text += kDigits[byte >> 4];
            text += kDigits[byte & 0xf];
        }
        return text;
    }

private:
    sha256_ctx context_{};
};

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    Sha256 hash;
    hash.update(bytes);
    return hash.hex_digest();
}

std::string sha256_file_hex(const std::filesystem::path& path) {
    Sha256 hash;
    detail::read_file_blocks(path, [&](std::string_view block) { hash.update(block); });
    return hash.hex_digest();
}

}  // namespace coopnet
