#!/usr/bin/env bash
# Builds Allot's .deb, checks it as a distribution would, and installs it on a brand-new Debian 12.
#   scripts/check-package.sh [BUILD_DIR]
# Without BUILD_DIR it configures and builds the 'package' preset (build-package/); with one
# (e.g. build-ci) it packages what that build already has. Then:
#   1. the .deb's dependencies were found (dpkg-shlibdeps and the Qt plugins' packages) and it
#      holds every file a desktop needs; its desktop entry and AppStream metainfo validate;
#      lintian finds no error;
#   2. on a brand-new minimal Debian 12 (../shared/tools/fresh-debian, or FRESH_DEBIAN=path),
#      'apt-get install ./allot_*.deb' installs it with what it needs, and
#      scripts/check-installed-package.sh runs allot-cli and the window there.
# Run it as root from anywhere inside the repository (debootstrap and chroot need root).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
fail() { echo "package check FAILED: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || fail "run it as root: installing on a brand-new Debian needs a chroot"
fresh=${FRESH_DEBIAN:-$repo/../shared/tools/fresh-debian}
[[ -x "$fresh" ]] || fail "no brand-new Debian to install on: $fresh is missing (set FRESH_DEBIAN)"
. "$repo/scripts/debian-packages.sh"
install_missing "${build_packages[@]}" "${package_packages[@]}"

jobs=$(nproc 2>/dev/null || echo 2)
if [[ $# -ge 1 ]]; then
    build=$(cd "$1" && pwd)
    cmake --build "$build" -j "$jobs" --target package
else
    build="$repo/build-package"
    cmake --preset package
    cmake --build --preset package -j "$jobs"
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_id=$(sed -n 's/^set(ALLOT_APP_ID "\(.*\)")$/\1/p' "$repo/CMakeLists.txt")
deb=$(ls "$build"/allot_"$version"_*.deb)
echo "== $deb"

# 1. What the package says and holds.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
# The libraries come from dpkg-shlibdeps, the plugins from the packages that ship them.
depends_names=$(sed -e 's/ *([^)]*)//g' -e 's/, */\n/g' <<<"$depends")
for needed in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
              libsqlite3-0 libofx7 libqt6sql6-sqlite libqt6svg6; do
    grep -qxF "$needed" <<<"$depends_names" || fail "Depends lacks $needed"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for file in ./usr/bin/allot ./usr/bin/allot-cli \
            ./usr/share/allot/translations/allot_de.qm ./usr/share/allot/translations/allot_fr.qm \
            "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
            "./usr/share/mime/packages/$app_id.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
            "./usr/share/icons/hicolor/256x256/apps/$app_id.png" \
            ./usr/share/man/man1/allot.1.gz ./usr/share/man/man1/allot-cli.1.gz \
            ./usr/share/doc/allot/copyright ./usr/share/doc/allot/changelog.gz; do
    grep -qxF "$file" <<<"$contents" || fail "the package lacks $file"
done
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --explain "$unpacked/usr/share/metainfo/$app_id.metainfo.xml"
echo "== lintian"
# Errors fail the check; warnings are shown, every instance of each.
lintian --tag-display-limit 0 --fail-on error "$deb"

# 2. Installed on a brand-new Debian 12.
# fresh-debian clones a repository into the new system: one with the .deb and the check.
carrier=$(mktemp -d)
trap 'rm -rf "$unpacked" "$carrier"' EXIT
cp "$deb" "$repo/scripts/check-installed-package.sh" "$carrier/"
git -C "$carrier" init -q
git -C "$carrier" add .
git -C "$carrier" -c user.name=check -c user.email=check@localhost commit -qm "package to check"
"$fresh" "$carrier" -- bash check-installed-package.sh "$version" "$app_id"
echo "package check passed: $(basename "$deb")"
