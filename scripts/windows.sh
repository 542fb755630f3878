#!/usr/bin/env bash
# windows.sh cross-builds Infoklass for 64-bit Windows on Debian and writes
# dist/Infoklass-<version>-windows-amd64.zip with Infoklass.exe and
# "LÄS MIG.txt". The exe is a GUI-subsystem binary (-H=windowsgui: no console
# window opens) with the icon, version information and the manifest of
# scripts/windows/, compiled by mingw's windres into a .syso that go build
# links in. A first (cold) build compiles Fyne's C code for Windows and
# takes about 15 minutes on two cores; with a warm Go build cache a minute.
#   scripts/windows.sh        build bin/windows/Infoklass.exe and the zip
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\(.*\)"/\1/p' FyneApp.toml)
build=$(sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' FyneApp.toml)
IFS=. read -r major minor patch <<<"$version"
commas="${major:-0},${minor:-0},${patch:-0},${build:-0}"
out=bin/windows
mkdir -p "$out" dist

# Resources: the icon (from assets/icon.png), version information and the
# manifest. The .syso lands in cmd/infoklass, where go build picks it up for
# GOOS=windows only; it is generated, so .gitignore keeps it out of git.
$GO run ./scripts/mkico assets/icon.png "$out/infoklass.ico"
cp scripts/windows/infoklass.exe.manifest "$out/"
cat >"$out/infoklass.rc" <<RC
#pragma code_page(65001)
1 ICON "infoklass.ico"
1 24 "infoklass.exe.manifest"
1 VERSIONINFO
FILEVERSION $commas
PRODUCTVERSION $commas
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "041D04B0"
    BEGIN
      VALUE "CompanyName", "Infoklass"
      VALUE "FileDescription", "Infoklass – informationsklassning"
      VALUE "FileVersion", "$version"
      VALUE "InternalName", "Infoklass"
      VALUE "LegalCopyright", "Infoklass"
      VALUE "OriginalFilename", "Infoklass.exe"
      VALUE "ProductName", "Infoklass"
      VALUE "ProductVersion", "$version"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x041D, 1200
  END
END
RC
(cd "$out" && x86_64-w64-mingw32-windres -O coff -c 65001 -i infoklass.rc \
	-o ../../cmd/infoklass/rsrc_windows_amd64.syso)

CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	$GO build -ldflags "-H=windowsgui -s -w" -o "$out/Infoklass.exe" ./cmd/infoklass

zipfile="dist/Infoklass-$version-windows-amd64.zip"
stage="$out/zip"
rm -rf "$stage" && mkdir -p "$stage"
cp "$out/Infoklass.exe" "$stage/"
# Windows' Notepad and Explorer read the text best with CRLF line ends.
sed 's/$/\r/' "scripts/windows/LÄS MIG.txt" >"$stage/LÄS MIG.txt"
rm -f "$zipfile"
(cd "$stage" && zip -q -X "../../../$zipfile" Infoklass.exe "LÄS MIG.txt")
ls -l "$zipfile"
