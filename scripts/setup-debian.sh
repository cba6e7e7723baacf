#!/usr/bin/env bash
# Sets Allot up on Debian 12 and either starts it or runs every test.
#   scripts/setup-debian.sh run    install what is missing, build, start Allot on a demo budget
#   scripts/setup-debian.sh test   install what is missing, build with warnings as errors, run all tests
# Run it as root (or with sudo available) from anywhere inside the repository.
set -euo pipefail

mode=${1:-}
if [[ "$mode" != run && "$mode" != test ]]; then
    echo "usage: $0 run|test" >&2
    exit 2
fi

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

(
    . /etc/os-release 2>/dev/null || true
    [[ "${ID:-}" == debian && "${VERSION_ID:-}" == 12 ]] ||
        echo "warning: this script is written for Debian 12; this is ${PRETTY_NAME:-unknown}" >&2
)

. "$repo/scripts/debian-packages.sh"
if [[ "$mode" == test ]]; then
    install_missing "${build_packages[@]}" "${test_packages[@]}"
else
    install_missing "${build_packages[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)

if [[ "$mode" == test ]]; then
    # Formatting is part of the build's rules: fail early, before compiling anything.
    sources=$(git ls-files '*.cpp' '*.h')
    [[ -n "$sources" ]] || { echo "error: git lists no sources to check the format of" >&2; exit 1; }
    mapfile -t sources <<<"$sources"
    clang-format --dry-run --Werror "${sources[@]}"
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    exit 0
fi

cmake --preset default
# The two programs alone: the tests and benchmarks are for the test command.
cmake --build --preset default -j "$jobs" --target allot allot-cli
demo="$repo/build/demo.allot"
if [[ ! -f "$demo" ]]; then
    ./build/src/allot-cli --db "$demo" demo
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display to open the window on; the demo budget's summary instead:"
    ./build/src/allot-cli --db "$demo" summary --user Alex
    echo "Start the window on a desktop with: ./build/src/allot $demo"
    exit 0
fi
exec ./build/src/allot "$demo"
