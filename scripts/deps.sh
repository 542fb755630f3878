#!/usr/bin/env bash
# deps.sh installs the Debian packages Infoklass needs, only those missing.
#   scripts/deps.sh build      compilers and headers for the GUI (cgo, OpenGL, X11, Wayland)
#   scripts/deps.sh headless   Xvfb and tools to run the GUI without a screen and take screenshots
#   scripts/deps.sh            both
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
	libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev)
headless_pkgs=(xvfb xdotool imagemagick libgl1-mesa-dri)

want=()
case "${1:-all}" in
build) want=("${build_pkgs[@]}") ;;
headless) want=("${headless_pkgs[@]}") ;;
all) want=("${build_pkgs[@]}" "${headless_pkgs[@]}") ;;
*) echo "usage: $0 [build|headless|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
	echo "deps.sh: saknar paket ${missing[*]} och hittar inte apt-get; installera dem själv." >&2
	exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null; then sudo="sudo"; else
		echo "deps.sh: paketen ${missing[*]} saknas; kör som root eller installera sudo." >&2
		exit 1
	fi
fi
echo "Installerar: ${missing[*]}"
$sudo apt-get update -qq
if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
	echo "deps.sh: kunde inte installera ${missing[*]}" >&2
	exit 1
fi
