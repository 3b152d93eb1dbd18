// The coopnet release (semantic versioning, CHANGELOG.md) and the commit it was built from,
// for `coopnet --version`, the JSON outputs and the report's methods section: a number can be
// traced to the code that computed it.
#pragma once

#include <string>
#include <string_view>

namespace coopnet {

/// The release, "MAJOR.MINOR.PATCH" (CMakeLists.txt's project version).
std::string_view version();

/// The git commit of the build, 12 hex digits; "+dirty" appended when tracked files differed
/// from it; "unknown" when built outside a git checkout without -DCOOPNET_COMMIT.
std::string_view build_commit();

/// "0.7.0 (commit 1a2b3c4d5e6f)": the version with its commit, as `--version` prints it.
std::string version_with_commit();

}  // namespace coopnet
