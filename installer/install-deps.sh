#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages that building, running and testing Caseline need.
# Idempotent and non-interactive: packages already present are not touched; works as root or
# through sudo.
set -euo pipefail

# postgresql and libqt6sql6-psql: the tests start their own PostgreSQL server and reach it
# through Qt's QPSQL driver; as root they run it through runuser (util-linux, always installed).
# ccache and mold only make builds faster (CMakeLists.txt uses them when they are there).
# Packaging (installer/Packaging.cmake, tests/installer): librsvg2-bin renders the icons, rpm
# gives cpack its rpmbuild, lintian, desktop-file-utils and appstream check the results; the
# package test reads binaries with file and asks the packaged back-office with curl.
packages=(
    build-essential cmake ninja-build pkg-config ccache mold
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-pdf-dev
    libcurl4-openssl-dev nlohmann-json3-dev libyaml-cpp-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth postgresql fonts-dejavu-core
    librsvg2-bin rpm lintian desktop-file-utils appstream file curl
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
