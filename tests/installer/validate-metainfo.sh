#!/usr/bin/env bash
# The AppStream metadata passes `appstreamcli validate --no-net` without errors or warnings,
# and its newest release is the project's version.
# Usage: validate-metainfo.sh FILE.metainfo.xml VERSION
set -euo pipefail
metainfo=$1
version=$2
command -v appstreamcli >/dev/null ||
    { echo "FAIL: appstreamcli is missing: run installer/install-deps.sh" >&2; exit 1; }

status=0
report=$(appstreamcli validate --no-net "$metainfo" 2>&1) || status=$?
echo "$report"
if [ "$status" -ne 0 ] || grep -Eq "^(E|W): " <<<"$report"; then
    echo "FAIL: appstreamcli reports errors or warnings on $metainfo (exit $status)" >&2
    exit 1
fi
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
if [ "$newest" != "$version" ]; then
    echo "FAIL: the newest release in $metainfo is \"$newest\", the project is $version" >&2
    exit 1
fi
echo "metainfo: $metainfo is valid, release $version"
