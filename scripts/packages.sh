#!/usr/bin/env bash
# Installs the Debian 12 packages MarketDesk needs to build, run and test; installs nothing when
# they are all present. Sourced by run.sh and test.sh.
marketdesk_packages=(g++ cmake ninja-build pkgconf qt6-base-dev libqt6opengl6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    libsqlite3-dev libpq-dev zlib1g-dev qtkeychain-qt6-dev postgresql xvfb xauth fonts-wqy-microhei)

install_missing_packages() {
    local missing=()
    for package in "${marketdesk_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
}

build_marketdesk() {
    local build_type="$1"
    if [ ! -f build/build.ninja ]; then
        cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
    fi
    cmake --build build
}
