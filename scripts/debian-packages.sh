# Installing Debian packages for Allot's scripts; sourced, not run.
#   install_missing PACKAGE...   installs those of PACKAGE... that are not installed yet
# Waits while another package manager holds apt's or dpkg's lock (up to ALLOT_APT_LOCK_WAIT
# seconds, 600 by default, saying so), and when an install fails says which package and what
# to do. Works as root, or through sudo.

# Everything the project needs from Debian, and nothing by hand. Qt6Charts' CMake files need
# Qt6OpenGL's, which qt6-charts-dev does not pull in (Debian 12): hence libqt6opengl6-dev.
# CPack's .deb (`--target package`) finds its dependencies with dpkg-shlibdeps (dpkg-dev), which
# needs 'file'.
build_packages=(build-essential cmake ninja-build pkg-config git
                qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev sqlite3
                qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
                qt6-translations-l10n qt6-image-formats-plugins libofx-dev dpkg-dev file)
# The tests also check the formatting and validate the desktop entry and AppStream metainfo.
test_packages=(clang-format desktop-file-utils appstream)
# The package check: lintian checks the .deb as Debian checks packages; debootstrap makes the
# brand-new system it is installed on.
package_packages=(desktop-file-utils appstream lintian debootstrap)
# The screenshots come from a real window on a virtual display with a window manager.
screenshot_packages=(xvfb openbox xdotool imagemagick)

apt_sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "error: installing packages needs root: run this as root, or install sudo" >&2
        exit 1
    fi
    apt_sudo=(sudo)
fi

lock_timeout_status=75
# Another process holds the lock (not: we may not take it, as without root or on a read-only disk).
lock_error='It is held by process|is another process using it|Resource temporarily unavailable'
lock_noise="Could not get lock|Unable to lock|Unable to acquire the dpkg frontend lock"

# apt-get with the arguments given; while another apt-get, dpkg or unattended-upgrades holds the
# lock it waits, with a message, instead of failing at once. apt's output shows as it comes,
# less dpkg's line per package.
apt_get_waiting() {
    local wait=${ALLOT_APT_LOCK_WAIT:-600}
    local deadline=$((SECONDS + wait)) log status holder said=0
    log=$(mktemp)
    while :; do
        set +e
        "${apt_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=0 "$@" 2>&1 \
            | tee "$log" | grep --line-buffered -vE "^(Selecting|Preparing|Unpacking|Setting up|Processing|\(Reading database)|$lock_noise"
        status=${PIPESTATUS[0]}
        set -e
        ((status != 0)) && grep -qE "$lock_error" "$log" || break
        if ((SECONDS >= deadline)); then
            grep -E "$lock_error" "$log" >&2
            echo "error: another package manager still holds the lock after $wait seconds." >&2
            echo "  Let it finish (or end it), then run this command again." >&2
            status=$lock_timeout_status
            break
        fi
        if ((!said)); then
            holder=$(grep -oE 'held by process [0-9]+( \([^)]*\))?' "$log" | head -n1 || true)
            echo "Another package manager is running${holder:+ (${holder#held by })}; waiting" \
                 "up to $wait seconds for it to finish..." >&2
            said=1
        fi
        sleep 5
    done
    rm -f "$log"
    return "$status"
}

# Says which of the packages cannot be installed, and why, after a failed install.
explain_failed_install() {
    local unknown=() broken=() p candidate
    for p in "$@"; do
        candidate=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
        [[ -n "$candidate" && "$candidate" != "(none)" ]] || unknown+=("$p")
    done
    if ((${#unknown[@]})); then
        echo "error: not in this machine's package lists: ${unknown[*]}" >&2
        echo "  These come from Debian 12 (bookworm) 'main'. Check that /etc/apt/sources.list" >&2
        echo "  (or /etc/apt/sources.list.d/) names bookworm with the main component, then run" >&2
        echo "  'apt-get update' and this command again." >&2
        return
    fi
    if dpkg --audit 2>/dev/null | grep -q .; then
        echo "error: dpkg was interrupted before and left packages half-installed." >&2
        echo "  Run 'dpkg --configure -a' (as root), then this command again." >&2
        return
    fi
    # Every package is known: ask apt, without installing, which one it cannot install.
    for p in "$@"; do
        "${apt_sudo[@]}" apt-get install -s -qq --no-install-recommends "$p" >/dev/null 2>&1 ||
            broken+=("$p")
    done
    if ((${#broken[@]})); then
        echo "error: apt cannot install: ${broken[*]}" >&2
        echo "  Run 'apt-get install ${broken[0]}' to see apt's reason (a held or conflicting" >&2
        echo "  package, or a mix of Debian releases in /etc/apt/sources.list), fix it, then run" >&2
        echo "  this command again." >&2
        return
    fi
    echo "error: installing '$*' failed although apt can install each of them (above: apt's" >&2
    echo "  message). A failed download (check the network and the mirror), or a full disk" >&2
    echo "  (df -h /var), are the usual causes; then run this command again." >&2
}

install_missing() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    ((${#missing[@]})) || return 0
    echo "Installing: ${missing[*]}"
    local status=0
    apt_get_waiting update -qq || status=$?
    if ((status == lock_timeout_status)); then
        exit 1
    elif ((status != 0)); then
        echo "error: 'apt-get update' failed (above); check the network and the mirrors in" >&2
        echo "  /etc/apt/sources.list, then run this command again." >&2
        exit 1
    fi
    apt_get_waiting install -y -qq --no-install-recommends "${missing[@]}" || status=$?
    if ((status == lock_timeout_status)); then
        exit 1
    elif ((status != 0)); then
        explain_failed_install "${missing[@]}"
        exit 1
    fi
}
