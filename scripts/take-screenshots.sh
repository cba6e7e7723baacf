#!/usr/bin/env bash
# Takes the README's screenshots from the real window on a demo budget, under Xvfb.
# Installs what it needs that is missing (xvfb, openbox, xdotool, imagemagick); needs a build.
#   scripts/take-screenshots.sh [BUILD_DIR]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$repo/scripts/debian-packages.sh"
install_missing "${screenshot_packages[@]}"
build=${1:-$repo/build}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

export DISPLAY=:97 HOME="$work/home" LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -p "$HOME"
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
sleep 1
# A window manager gives windows focus and title bars, as on a desktop.
openbox >/dev/null 2>&1 &
sleep 1
"$build/src/allot-cli" --db "$work/demo.allot" demo >/dev/null

"$build/src/allot" "$work/demo.allot" &
window=""
for _ in $(seq 50); do
    window=$(xdotool search --name "demo.allot" 2>/dev/null | head -1) && [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || { echo "the window did not appear" >&2; exit 1; }
sleep 1
xdotool windowactivate --sync "$window" windowmove "$window" 0 0 windowsize "$window" 1280 780
sleep 1.5
import -window "$window" "$repo/docs/screenshot-register.png"
# Expand the split in the register is shown in the first shot; now the Reports tab (Alt+P).
xdotool windowactivate --sync "$window"
xdotool mousemove --window "$window" 500 80 click 1
sleep 1.5
import -window "$window" "$repo/docs/screenshot-reports.png"
xdotool mousemove --window "$window" 430 80 click 1
# The budget transfer dialog (Ctrl+T) with an amount larger than what is available.
xdotool key ctrl+t
sleep 1
dialog=$(xdotool search --name "Transfer Budget" | head -1 || true)
xdotool windowfocus --sync "$dialog" 2>/dev/null || true
xdotool type "500"
sleep 0.5
import -window root -crop 1280x800+0+0 "$repo/docs/screenshot-transfer.png"
echo "screenshots written to $repo/docs"
