#!/usr/bin/env bash
# deps.sh installs the Debian packages Infoklass needs, only those missing.
# Silent when nothing is missing; apt-get update runs only before an install.
#   scripts/deps.sh build      compilers and headers for the GUI (cgo, OpenGL, X11, Wayland),
#                              LibreOffice Writer and poppler for the document tests
#   scripts/deps.sh headless   Xvfb and tools to run the GUI without a screen and take screenshots
#   scripts/deps.sh icon       rsvg-convert, to render assets/icon.svg (make icon)
#   scripts/deps.sh windows    mingw-w64 cross compiler, Wine and zip (make windows, make wine-test)
#   scripts/deps.sh [all]      build and headless
# Several sets may be named: scripts/deps.sh build icon.
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev
	libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev
	libreoffice-writer-nogui poppler-utils) # the tests open the .docx in LibreOffice and read PDFs with pdftotext
headless_pkgs=(xvfb xdotool imagemagick libgl1-mesa-dri)
icon_pkgs=(librsvg2-bin)
windows_pkgs=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine64 wine zip)

want=()
for set in "${@:-all}"; do
	case "$set" in
	build) want+=("${build_pkgs[@]}") ;;
	headless) want+=("${headless_pkgs[@]}") ;;
	icon) want+=("${icon_pkgs[@]}") ;;
	windows) want+=("${windows_pkgs[@]}") ;;
	all) want+=("${build_pkgs[@]}" "${headless_pkgs[@]}") ;;
	*)
		echo "usage: $0 [build|headless|icon|windows|all]..." >&2
		exit 2
		;;
	esac
done

installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for p in "${want[@]}"; do
	installed "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
	echo "deps.sh: paketen saknas / missing packages: ${missing[*]}" >&2
	echo "deps.sh: apt-get finns inte; installera dem själv / no apt-get here, install them yourself" >&2
	exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null; then
		sudo=(sudo)
	else
		echo "deps.sh: paketen saknas / missing packages: ${missing[*]}" >&2
		echo "deps.sh: kör som root eller installera sudo / run as root or install sudo" >&2
		exit 1
	fi
fi

echo "deps.sh: installerar / installing: ${missing[*]}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "${sudo[@]}" apt-get update -qq >"$log" 2>&1; then
	cat "$log" >&2
	echo "deps.sh: apt-get update misslyckades / failed" >&2
	exit 1
fi
if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
	tail -n 20 "$log" >&2
	echo "deps.sh: kunde inte installera / could not install: ${missing[*]}" >&2
	exit 1
fi
still=()
for p in "${missing[@]}"; do
	installed "$p" || still+=("$p")
done
if [ ${#still[@]} -gt 0 ]; then
	echo "deps.sh: fortfarande inte installerade / still not installed: ${still[*]}" >&2
	exit 1
fi
