#!/usr/bin/env bash
# Run a command under a newer QGIS from Debian's own packages, in a cached Debian chroot (run as root):
#   QGIS 3.40 LTR: Debian trixie (Qt 5.15, Python 3.13, numpy 2)
#   QGIS 3.44:     Debian sid    (Qt 5.15, Python 3.14)
# Usage: scripts/qgis_chroot.sh 3.40|3.44 COMMAND [ARG...]
# The chroot is made on first use under $ECOCOMP_CHROOT_CACHE (default /var/cache/ecocomp-qgis/<suite>) with
# debootstrap from the Debian mirror of the host's apt sources, then reused. The folder holding the checkout
# (the checkout and the shared/ beside it) is mounted at the same path inside, so COMMAND sees the same paths.
# Every mount lives in a private mount namespace (unshare) and disappears when COMMAND ends, even on kill -9.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PARENT="$(dirname "$ROOT")"

case "${1:-}" in
    3.40) SUITE=trixie ;;
    3.44) SUITE=sid ;;
    *) echo "usage: scripts/qgis_chroot.sh 3.40|3.44 COMMAND [ARG...]" >&2; exit 2 ;;
esac
VERSION="$1"; shift
(($#)) || { echo "qgis_chroot: no command given" >&2; exit 2; }
[[ $EUID -eq 0 ]] || { echo "qgis_chroot: run as root (debootstrap, mount and chroot need it)" >&2; exit 2; }

CACHE="${ECOCOMP_CHROOT_CACHE:-/var/cache/ecocomp-qgis}"
DIR="$CACHE/$SUITE"
# The packages of the chroot; the test tools (scripts/setup.sh --dev, run inside) add the rest on first use.
BASE_PACKAGES=(ca-certificates qgis python3-qgis qgis-providers)

mirror() {
    # The Debian archive the host's apt already uses (deb822 or one-line sources), else Debian's own.
    local uri
    uri="$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
               /etc/apt/sources.list 2>/dev/null \
           | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n 1 | tr -d ' ')" || true
    echo "${uri:-http://deb.debian.org/debian}"
}

# Run "$@" chrooted in $1 with /proc, /dev, /sys, a fresh /tmp and the checkout's parent folder mounted, all
# in a private mount namespace.
in_chroot() {
    local dir="$1"; shift
    unshare --mount --propagation private /bin/bash -euo pipefail -c '
        dir="$1"; parent="$2"; shift 2
        mount -t proc proc "$dir/proc"
        mount --rbind /dev "$dir/dev"
        mount --rbind /sys "$dir/sys"
        mount -t tmpfs -o mode=1777 tmpfs "$dir/tmp"
        mkdir -p "$dir$parent"
        mount --bind "$parent" "$dir$parent"
        exec chroot "$dir" "$@"
    ' in_chroot "$dir" "$PARENT" "$@"
}

# The host's name server, pip settings and CA bundle (pip inside reaches the registry as the host does).
# Copied on every run, after apt: installing ca-certificates in the chroot regenerates the bundle.
host_settings() {
    local dir="$1"
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
    [[ -f /etc/pip.conf ]] && cp /etc/pip.conf "$dir/etc/pip.conf"
    if [[ -d /etc/xdg/pip ]]; then mkdir -p "$dir/etc/xdg"; cp -r /etc/xdg/pip "$dir/etc/xdg/"; fi
    mkdir -p "$dir/etc/ssl/certs"
    cp -L /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
}

# The chroot is rebuilt when this script or the packages of scripts/setup.sh change, and after 30 days: packages are
# only ever installed into a fresh chroot, never on top of an old one from today's archive (a partial upgrade of sid).
STAMP="$VERSION $(cat "$0" "$ROOT/scripts/setup.sh" | sha256sum | cut -c1-16)"
MAX_AGE_DAYS=30

ready() {
    [[ -f "$DIR/.ecocomp-ready" && "$(cat "$DIR/.ecocomp-ready")" == "$STAMP" ]] &&
        [[ -n "$(find "$DIR/.ecocomp-ready" -mtime -"$MAX_AGE_DAYS" 2>/dev/null)" ]]
}

build() {
    command -v debootstrap >/dev/null || {
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    }
    local tmp="$DIR.partial"
    mkdir -p "$CACHE"
    echo "qgis_chroot: making a Debian $SUITE chroot for QGIS $VERSION in $DIR (about 5 minutes)" >&2
    if [[ ! -f "$tmp/.ecocomp-base" ]]; then  # a base system from an interrupted build is kept
        rm -rf --one-file-system "$tmp"
        # ca-certificates from the start: apt inside may have to reach an https mirror
        unshare --mount --propagation private debootstrap --variant=minbase --include=ca-certificates \
            "$SUITE" "$tmp" "$(mirror)" >&2
        touch "$tmp/.ecocomp-base"
    fi
    if [[ "$SUITE" == sid ]]; then
        # sid's Release file can be older than its Valid-Until date on these machines.
        echo 'Acquire::Check-Valid-Until "false";' > "$tmp/etc/apt/apt.conf.d/99ecocomp-no-valid-until"
    fi
    printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
        > "$tmp/etc/apt/apt.conf.d/99ecocomp-no-recommends"
    host_settings "$tmp"
    in_chroot "$tmp" /usr/bin/env DEBIAN_FRONTEND=noninteractive /bin/bash -c \
        "apt-get update -q && apt-get install -y -q ${BASE_PACKAGES[*]}" >&2
    # Everything the tests need, installed now into the fresh system (scripts/setup.sh --dev inside: apt, then the
    # venv); a later run installs nothing from apt. The host's CA bundle again: ca-certificates regenerated it.
    host_settings "$tmp"
    in_chroot "$tmp" /usr/bin/env -i "${ENV[@]}" /bin/bash "$ROOT/scripts/setup.sh" --dev >&2
    in_chroot "$tmp" apt-get clean >&2
    echo "$STAMP" > "$tmp/.ecocomp-ready"
    rm -rf --one-file-system "$DIR"
    mv "$tmp" "$DIR"
}

# A clean environment inside: the chroot's own PATH and locale, QGIS headless, the test settings passed through.
ENV=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
     ECOCOMP_VENV="${ECOCOMP_CHROOT_VENV:-/opt/ecocomp-venv}" ECOCOMP_QGIS_CHROOT="$VERSION")
for name in CI ECOCOMP_TEST_ARTIFACTS PIP_CERT PIP_DEFAULT_TIMEOUT PIP_DISABLE_PIP_VERSION_CHECK \
            OPENBLAS_CORETYPE OPENBLAS_L2_SIZE TERM; do
    [[ -n "${!name:-}" ]] && ENV+=("$name=${!name}")
done

ready || build
host_settings "$DIR"
HERE="$PWD"; [[ "$HERE/" == "$PARENT/"* ]] || HERE="$ROOT"
in_chroot "$DIR" /usr/bin/env -i "${ENV[@]}" /bin/bash -c 'cd "$1" && shift && exec "$@"' cd "$HERE" "$@"
