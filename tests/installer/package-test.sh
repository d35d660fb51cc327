#!/usr/bin/env bash
# Builds the installers with cpack from a built tree into a temporary folder and checks them as a
# user would meet them: lintian on the .deb, its dependencies, its files, then the packaged
# programs started from the unpacked .deb with no build tree in sight.
# Usage: package-test.sh BUILD_DIR VERSION
set -euo pipefail

build_dir=$1
version=$2

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() {
    echo "== $*"
}

for tool in cpack dpkg-deb lintian readelf curl; do
    command -v "$tool" >/dev/null || fail "$tool is missing: run installer/install-deps.sh"
done

work=$(mktemp -d /tmp/caseline-package-XXXXXX)
backoffice_pid=
cleanup() {
    if [ -n "$backoffice_pid" ]; then
        kill "$backoffice_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- Build every installer this platform has -------------------------------------------------
step "cpack (generators of $build_dir/CPackConfig.cmake) into $work/out"
if ! (cd "$work" && cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the packages"
fi
deb=$(find "$work/out" -maxdepth 1 -name "caseline_${version}_*.deb" | head -n 1)
tarball=$(find "$work/out" -maxdepth 1 -name "caseline-${version}-*.tar.gz" | head -n 1)
[ -n "$deb" ] || fail "no caseline_${version}_*.deb in $work/out: $(ls "$work/out")"
[ -n "$tarball" ] || fail "no caseline-${version}-*.tar.gz in $work/out: $(ls "$work/out")"

# --- lintian ----------------------------------------------------------------------------------
# Warnings fail too: every remaining one is either fixed or overridden with a reason
# (installer/caseline.lintian-overrides), so a new one needs the same.
step "lintian $(basename "$deb")"
status=0
lintian --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1 || status=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[ "$status" -eq 0 ] || fail "lintian reports errors or warnings on $(basename "$deb") (exit $status)"

# --- Control fields ---------------------------------------------------------------------------
step "Depends"
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends"
# Qt loads these as plugins, so only the explicit list in Packaging.cmake brings them in.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6gui6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" ||
        fail "Depends lacks $package (SQL driver or platform plugin): $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] ||
    fail "package version $(dpkg-deb -f "$deb" Version), project version $version"

# --- Files ------------------------------------------------------------------------------------
step "contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
app_id=org.caseline.Caseline
expected=(
    /usr/bin/caseline /usr/bin/caseline-cli /usr/bin/caseline-backoffice
    /usr/share/man/man1/caseline.1.gz /usr/share/man/man1/caseline-cli.1.gz
    /usr/share/man/man1/caseline-backoffice.1.gz
    /usr/share/doc/caseline/copyright /usr/share/doc/caseline/changelog.gz
    /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg
    /usr/share/lintian/overrides/caseline
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/contents" || fail "$file is not in the .deb"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    kind=$(file -b "$png")
    grep -q "PNG image data, $size x $size" <<<"$kind" || fail "$png is not a ${size}x${size} PNG: $kind"
done
changelog_version=$(gzip -dc "$root/usr/share/doc/caseline/changelog.gz" | sed -n '1s/^caseline (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "the changelog's newest entry is $changelog_version, the project is $version (installer/changelog)"
for page in caseline caseline-cli caseline-backoffice; do
    manual=$(gzip -dc "$root/usr/share/man/man1/$page.1.gz")
    grep -q "^\.TH .*\"Caseline $version\"" <<<"$manual" ||
        fail "the manual page $page(1) does not name Caseline $version (installer/man/$page.1)"
done
for program in caseline caseline-cli caseline-backoffice; do
    # Captured first: with pipefail, grep -q closing a pipe early would fail the pipeline.
    dynamic=$(readelf -d "$root/usr/bin/$program")
    sections=$(readelf -S "$root/usr/bin/$program")
    if grep -Eq "RPATH|RUNPATH" <<<"$dynamic"; then
        fail "$program keeps an RPATH: $(grep -E 'RPATH|RUNPATH' <<<"$dynamic")"
    fi
    if grep -q "\.debug_info" <<<"$sections"; then
        fail "$program is not stripped"
    fi
done

# --- The packaged programs, from the unpacked root only ---------------------------------------
# A clean environment: no build tree on PATH, no CASELINE_* variables, a fresh home.
mkdir -p "$work/home"
run_packaged() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"
}

step "caseline-cli --version"
cli_version=$(run_packaged "$root/usr/bin/caseline-cli" --version) ||
    fail "the packaged caseline-cli --version failed"
[ "$cli_version" = "caseline-cli $version" ] || fail "caseline-cli --version printed \"$cli_version\""
console_version=$(run_packaged "$root/usr/bin/caseline" --version) ||
    fail "the packaged caseline --version failed"
[ "$console_version" = "caseline $version" ] || fail "caseline --version printed \"$console_version\""

step "caseline-backoffice --demo on a free loopback port"
run_packaged "$root/usr/bin/caseline-backoffice" --demo --port 0 >"$work/backoffice.out" 2>"$work/backoffice.err" &
backoffice_pid=$!
url=
for _ in $(seq 1 200); do
    url=$(sed -n '1s/^listening on \(http:[^ ]*\)$/\1/p' "$work/backoffice.out")
    [ -n "$url" ] && break
    kill -0 "$backoffice_pid" 2>/dev/null ||
        fail "caseline-backoffice stopped before listening: $(cat "$work/backoffice.err")"
    sleep 0.1
done
[ -n "$url" ] || fail "caseline-backoffice did not announce its address within 20 s: $(cat "$work/backoffice.err")"
echo "$url"
case "$url" in
http://127.0.0.1:*) ;;
*) fail "caseline-backoffice listens on $url, not on loopback" ;;
esac
order=$(curl -sS --max-time 10 "$url/orders/v1/orders/ORD-1001") ||
    fail "no answer from the packaged back-office at $url/orders/v1/orders/ORD-1001"
grep -q '"ORD-1001"' <<<"$order" || fail "the packaged back-office's demo lacks ORD-1001: $order"
kill "$backoffice_pid"
wait "$backoffice_pid" || true
backoffice_pid=

# caseline --demo finds caseline-backoffice next to its own executable, so the installed layout
# is what makes the demo work; offscreen, it quits once the console is interactive.
step "caseline --demo from the unpacked root (offscreen)"
if ! run_packaged QT_QPA_PLATFORM=offscreen CASELINE_INSTANCE="caseline-package-test-$$" \
    timeout 60 "$root/usr/bin/caseline" --demo --quit-when-interactive >"$work/console.out" 2>"$work/console.err"; then
    fail "the packaged caseline --demo did not come up: $(cat "$work/console.out" "$work/console.err")"
fi
grep -q "interactive after" "$work/console.out" ||
    fail "the packaged caseline --demo never became interactive: $(cat "$work/console.out" "$work/console.err")"
cat "$work/console.out"

# --- The other installers ---------------------------------------------------------------------
step "tarball $(basename "$tarball")"
tar -tzf "$tarball" >"$work/tar.contents"
for program in caseline caseline-cli caseline-backoffice; do
    grep -q "/bin/$program$" "$work/tar.contents" || fail "bin/$program is not in $(basename "$tarball")"
done

if command -v rpmbuild >/dev/null; then
    rpm=$(find "$work/out" -maxdepth 1 -name "caseline-${version}-*.rpm" | head -n 1)
    [ -n "$rpm" ] || fail "rpmbuild is installed but cpack made no .rpm: $(ls "$work/out")"
    step "rpm $(basename "$rpm")"
    requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
    for package in qt6-qtbase qt6-qtbase-gui qt6-qtbase-postgresql; do
        grep -qx "$package" <<<"$requires" || fail "the RPM does not require $package: $requires"
    done
    rpm_files=$(rpm -qlp "$rpm" 2>/dev/null)
    for program in caseline caseline-cli caseline-backoffice; do
        grep -qx "/usr/bin/$program" <<<"$rpm_files" || fail "/usr/bin/$program is not in the RPM"
    done
fi

echo "package test: all checks passed"
