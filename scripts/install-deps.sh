#!/usr/bin/env bash
# Installs the Debian packages coopnet builds with, when any is missing.
# Idempotent and silent when everything is present. Needs root (or sudo) to install.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    libboost-graph-dev libeigen3-dev libgraphviz-dev nlohmann-json3-dev
    catch2 libcli11-dev libpugixml-dev
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "coopnet: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
