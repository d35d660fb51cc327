#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate (no errors, no hints) and names the icon and
# the program the package installs.
# Usage: validate-desktop-entry.sh FILE.desktop
set -euo pipefail
entry=$1
command -v desktop-file-validate >/dev/null ||
    { echo "FAIL: desktop-file-validate is missing: run installer/install-deps.sh" >&2; exit 1; }

report=$(desktop-file-validate "$entry" 2>&1) || { echo "FAIL: desktop-file-validate: $report" >&2; exit 1; }
if [ -n "$report" ]; then
    echo "FAIL: desktop-file-validate has remarks on $entry:" >&2
    echo "$report" >&2
    exit 1
fi
id=$(basename "$entry" .desktop)
grep -qx "Icon=$id" "$entry" || { echo "FAIL: $entry does not name the icon $id" >&2; exit 1; }
grep -qx "Exec=caseline" "$entry" || { echo "FAIL: $entry does not start caseline" >&2; exit 1; }
echo "desktop entry: $entry is valid"
