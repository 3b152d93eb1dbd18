# Sourced by the e2e scripts (POSIX sh): headless Chromium and Poppler's PDF tools, installed
# when missing, and one way to run the browser. A browser test that skips where the browser
# is missing tests nothing, so a missing tool is installed (scripts/install-deps.sh --tests,
# which scripts/test.sh runs before ctest) and, when that fails, the test fails.
# Needs: $0 is the sourcing script in tests/e2e; $WORK a scratch folder (for browse).
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
E2E_ROOT=$(cd "$(dirname "$0")/../.." && pwd)

# need_tools TOOL...: installs the test packages when any TOOL is missing (one installer at a
# time: the e2e tests run in parallel); exits 1 when a TOOL is still missing afterwards.
need_tools() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 && continue
        echo "e2e: $tool is missing; installing the test packages (scripts/install-deps.sh --tests)"
        flock /tmp/coopnet-install-deps.lock "$E2E_ROOT/scripts/install-deps.sh" --tests ||
            { echo "FAIL: scripts/install-deps.sh --tests could not install them"; exit 1; }
        break
    done
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 ||
            { echo "FAIL: $tool not found (scripts/install-deps.sh --tests installs it)"; exit 1; }
    done
}

# browse URL STDOUT LOG [flags...]: headless Chromium on URL with a fresh profile and no
# network chatter; its standard output to STDOUT, its log to LOG.
browse() {
    url=$1 dom=$2 log=$3
    shift 3
    profile=$(mktemp -d "$WORK/profile.XXXXXX")
    timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@" "$url" >"$dom" 2>"$log"
}
