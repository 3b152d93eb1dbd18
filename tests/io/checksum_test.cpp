#include "io/checksum.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "core/error.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;

TEST_CASE("sha256: the FIPS 180-4 example messages give their published digests", "[checksum]") {
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf" and "SHA2_Additional.pdf").
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // 56 bytes: the length no longer fits the first block, padding takes a second one.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256: a file hashes as its bytes do, read in blocks", "[checksum]") {
    const test::TemporaryFolder folder("checksum");
    // A million bytes: sixteen reads, and the published digest of the FIPS example.
    CHECK(sha256_file_hex(folder.file("a.txt", std::string(1000000, 'a'))) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(sha256_file_hex(folder.file("empty.txt", "")) == sha256_hex(""));
    const std::string path = std::string(COOPNET_SAMPLES_DIR) + "/duisburg-marxloh/actors.csv";
    CHECK(sha256_file_hex(path) == sha256_hex(test::read_bytes(path)));
}

TEST_CASE("sha256: a file that cannot be read is named with the reason", "[checksum]") {
    const test::TemporaryFolder folder("checksum");
    const std::string missing = (folder.path / "missing.csv").string();
    CHECK_THROWS_AS(sha256_file_hex(missing), InputError);
    CHECK_THROWS_WITH(sha256_file_hex(missing),
                      missing + ": cannot open the file for reading: No such file or directory");
    CHECK_THROWS_WITH(sha256_file_hex(folder.path),
                      folder.path.string() + ": is a directory, not a file");
}
