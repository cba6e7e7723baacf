#!/usr/bin/env bash
# Runs inside a brand-new Debian 12 (see scripts/check-package.sh), beside allot_*.deb:
# installs it as a user would, then uses allot-cli and the window.
#   check-installed-package.sh VERSION APP_ID
set -euo pipefail
version=$1
app_id=$2
fail() { echo "installed package check FAILED: $*" >&2; exit 1; }

echo "== apt-get install ./allot_*.deb on a brand-new Debian 12"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./allot_*.deb >/tmp/apt.log 2>&1 ||
    { cat /tmp/apt.log; fail "apt-get install ./allot_*.deb"; }
dpkg-query -W -f='${Package} ${Version} ${Status}\n' allot

echo "== allot-cli"
[[ "$(allot-cli --version)" == "allot-cli $version" ]] || fail "allot-cli --version: $(allot-cli --version)"
allot-cli --db /tmp/b.allot demo
allot-cli --db /tmp/b.allot summary --user Alex
allot-cli --db /tmp/b.allot check

echo "== allot --version and --help, without a display"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
[[ "$(allot --version)" == "Allot $version" ]] || fail "allot --version: $(allot --version)"
help=$(allot --lang de --help)
grep -q 'Sprache des Fensters' <<<"$help" || fail "allot --lang de --help is not German: $help"
help=$(allot --lang fr --help)
grep -q 'Budget du foyer' <<<"$help" || fail "allot --lang fr --help is not French: $help"

echo "== allot, on the offscreen platform"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
# The translations are installed (tst_programs proves the installed folder is looked up first).
for lang in de fr; do
    [[ -s /usr/share/allot/translations/allot_$lang.qm ]] || fail "no installed allot_$lang.qm"
done
# The window opens the budget (SQLite's WAL appears), and SIGTERM closes it cleanly. Never
# longer than a minute, and never left running.
allot --lang de /tmp/b.allot 2>/tmp/allot.err &
pid=$!
trap 'kill -KILL "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
    [[ -e /tmp/b.allot-wal ]] && break
    kill -0 "$pid" 2>/dev/null || { cat /tmp/allot.err; fail "the window ended by itself"; }
    sleep 0.2
done
[[ -e /tmp/b.allot-wal ]] || { cat /tmp/allot.err; fail "the window did not open the budget"; }
sleep 1
kill -TERM "$pid"
for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
done
kill -0 "$pid" 2>/dev/null && { cat /tmp/allot.err; fail "the window did not quit on SIGTERM"; }
status=0
wait "$pid" || status=$?
trap - EXIT
[[ $status -eq 0 ]] || { cat /tmp/allot.err; fail "the window exited with $status after SIGTERM"; }
[[ ! -e /tmp/b.allot-wal ]] || fail "the window did not close the budget (its WAL is left)"
allot-cli --db /tmp/b.allot check

echo "== the desktop's files"
for file in "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
            "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" /usr/share/man/man1/allot.1.gz; do
    [[ -s "$file" ]] || fail "missing $file"
done
echo "installed package works: allot $version"
