#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. `make test` calls this first so a fresh machine needs
# no extra step: when chromium or chromedriver is missing it installs Debian's `chromium` and
# `chromium-driver` with apt-get, as root or through sudo when sudo needs no password. Anyone else
# gets the one command to run and a non-zero exit: skipping the browser tests quietly would let
# `make test` pass without ever opening the web app.
#
# Only shell builtins plus id, sudo and apt-get are used, so a test can run it with a PATH of fakes.
set -euo pipefail

PACKAGES=(chromium chromium-driver)

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
    exit 0
fi

fail() {
    echo "make test: $*" >&2
    exit 1
}

if ! have apt-get; then
    fail "the browser tests need Chromium and chromedriver, and apt-get is not here to install them:" \
        "install Chromium and its chromedriver with this system's package manager (on Debian: ${PACKAGES[*]})"
fi

install_cmd="apt-get update && apt-get install -y ${PACKAGES[*]}"
if [ "$(id -u)" = 0 ]; then
    as_root=()
    export DEBIAN_FRONTEND=noninteractive
elif have sudo && sudo -n true 2>/dev/null; then
    as_root=(sudo -n DEBIAN_FRONTEND=noninteractive)
else
    if have sudo; then run="sudo sh -c '$install_cmd'"; else run="su -c '$install_cmd'"; fi
    fail "the browser tests need Debian's ${PACKAGES[*]}, which are missing, and this user cannot" \
        "install them (not root, no passwordless sudo). Run: $run  then make test again"
fi

echo "== browser tests: installing ${PACKAGES[*]} (apt-get)"
"${as_root[@]}" apt-get update -qq || fail "apt-get update failed (see above): fix the apt sources or the network, then make test again"
"${as_root[@]}" apt-get install -y -qq "${PACKAGES[@]}" \
    || fail "apt-get install ${PACKAGES[*]} failed (see above): fix it, then make test again"
hash -r
have chromium && have chromedriver \
    || fail "${PACKAGES[*]} installed, yet chromium or chromedriver is still not on PATH ($PATH)"
