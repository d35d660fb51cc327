#!/usr/bin/env bash
# The whole test suite from a fresh clone: dependencies, a warning-free build, every test,
# then the same again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

for preset in default asan; do
    echo "== ${preset}: configure and build"
    cmake --preset "$preset" -DCASELINE_WERROR=ON >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    echo "== ${preset}: tests"
    ctest --preset "$preset" -j "$jobs"
done
