#!/usr/bin/env bash
# Run QGIS's qgis_process headless with the EcoComp plugin from this checkout enabled.
#   scripts/qgis_process.sh list | run ecocomp:esv -- KEY=VALUE ...
# A private QGIS profile (ECOCOMP_QGIS_HOME, default ~/.cache/ecocomp/qgis-home, never inside the
# checkout) keeps the user's QGIS profile untouched; the checkout is linked into a plugins folder under its installed name.
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process
# rejects, so the binary is called directly.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HOME_DIR="${ECOCOMP_QGIS_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/ecocomp/qgis-home}"
mkdir -p "$HOME_DIR/plugins" "$HOME_DIR/config/profiles/default/QGIS"
ln -sfn "$ROOT" "$HOME_DIR/plugins/ecocomp"
INI="$HOME_DIR/config/profiles/default/QGIS/QGIS3.ini"
if ! grep -q '^ecocomp=' "$INI" 2>/dev/null; then
    printf '[PythonPlugins]\necocomp=true\n' >> "$INI"
fi
export QGIS_CUSTOM_CONFIG_PATH="$HOME_DIR/config"
export QGIS_PLUGINPATH="$HOME_DIR/plugins"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$HOME_DIR/runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec /usr/bin/qgis_process.bin "$@"
