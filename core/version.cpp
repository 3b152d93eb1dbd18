#include "core/version.hpp"

// COOPNET_BUILD_COMMIT comes from a file written at every build (cmake/build_commit.cmake),
// so that only this file is recompiled when the commit changes.
#include "coopnet_build_commit.inc"

namespace coopnet {

std::string_view version() { return COOPNET_VERSION; }

std::string_view build_commit() { return COOPNET_BUILD_COMMIT; }

std::string version_with_commit() {
    return std::string(version()) + " (commit " + std::string(build_commit()) + ")";
}

}  // namespace coopnet
