#!/usr/bin/env bash
# wine-test.sh runs bin/windows/Infoklass.exe (make windows) under Wine in a
# private prefix and fails if any check fails:
#   1. the CLI round trip (demo, export, import -dry-run, import, check,
#      report) on a drive-letter path (C:\…), a UNC path (\\server\share\…,
#      which Wine serves from $WINEPREFIX/dosdevices/unc/server/share), an
#      extended-length path over 260 characters (\\?\C:\…) and a path
#      with å, ä, ö and spaces;
#   2. the GUI under Xvfb: a window titled Infoklass appears, and a
#      screenshot is kept as bin/wine/windows-wine.png and
#      docs/screenshots/windows-wine.png;
#   3. two processes on one database: while the GUI holds it, an import
#      from a second process is refused with the Swedish lock message,
#      and check (which only reads) still reads it.
# Every step has a timeout and reads no stdin, so it runs unattended (CI=true).
#   WINEPREFIX   the prefix (default bin/wine/prefix, created on first run)
set -euo pipefail
cd "$(dirname "$0")/.."

exe=$PWD/bin/windows/Infoklass.exe
[ -f "$exe" ] || { echo "wine-test: $exe saknas; kör make windows / missing, run make windows" >&2; exit 1; }
export WINEPREFIX=${WINEPREFIX:-$PWD/bin/wine/prefix}
export WINEDEBUG=-all
# No Mono or Gecko prompts: Infoklass needs neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
work=$PWD/bin/wine
mkdir -p "$work"
start=$SECONDS

fail() {
	echo "wine-test: FEL / FAILED: $*" >&2
	exit 1
}
step() { printf 'wine-test: %-58s (%ds)\n' "$*" $((SECONDS - start)); }

# An X server of our own, on the first free display, for the GUI and for
# every Wine process (Wine's desktop process keeps the display it met first).
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
	display=$((display + 1))
done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 </dev/null &
xvfb_pid=$!
gui_pid=
cleanup() {
	[ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
	timeout 20 wineserver -k 2>/dev/null || true
	kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=":$display"
for _ in $(seq 50); do
	[ -e "/tmp/.X11-unix/X$display" ] && break
	sleep 0.1
done

if [ ! -f "$WINEPREFIX/system.reg" ]; then
	step "skapar Wine-prefix / creating the prefix $WINEPREFIX"
	timeout 300 wineboot -i </dev/null >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log" >&2; fail "wineboot"; }
fi
# TEST-ONLY: Debian's Wine 8 lacks ProcessPrng in bcryptprimitives.dll, which
# Go's runtime needs since Go 1.24. This stand-in (scripts/wine/
# bcryptprimitives.c) forwards it to SystemFunction036 and goes into this
# private prefix only. Windows 10 and 11 have the real DLL; Infoklass never
# ships this one, and make windows does not put it in the zip.
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bcryptprimitives.dll" \
	scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# win runs Infoklass.exe with a timeout and no stdin; output in $work/out.txt.
win() {
	timeout 180 wine "$exe" "$@" </dev/null >"$work/out.txt" 2>&1
}
winpath() { timeout 30 winepath -w "$1" 2>/dev/null | tr -d '\r'; }

out=$(timeout 60 wine "$exe" --version </dev/null 2>&1 | tr -d '\r') || fail "--version: $out"
[[ $out == "Infoklass "* ]] || fail "--version skrev / printed: $out"
step "--version: $out"

# roundtrip DIR: DIR is the Windows form of a folder that exists.
roundtrip() {
	local d=$1 year
	year=$(date +%Y)
	win demo -db "$d\\infoklass.db" || fail "demo i $d: $(cat "$work/out.txt")"
	win export -db "$d\\infoklass.db" -o "$d\\lista.xlsx" || fail "export i $d: $(cat "$work/out.txt")"
	win import -db "$d\\kopia.db" -dry-run "$d\\lista.xlsx" || fail "import -dry-run i $d: $(cat "$work/out.txt")"
	win import -db "$d\\kopia.db" "$d\\lista.xlsx" || fail "import i $d: $(cat "$work/out.txt")"
	win check -db "$d\\kopia.db" || fail "check i $d: $(cat "$work/out.txt")"
	grep -q "inga fel hittades" "$work/out.txt" || fail "check i $d skrev / printed: $(cat "$work/out.txt")"
	win report -year "$year" -db "$d\\kopia.db" -o "$d\\genomgång.xlsx" || fail "report i $d: $(cat "$work/out.txt")"
}

c=$WINEPREFIX/drive_c
# A folder name of 66 characters, five deep: the database path is over 350.
seg=klassningar-med-ett-mycket-langt-namn-for-att-prova-langa-sokvagar
long='\\?\C:\infoklass-test\lång'
for _ in 1 2 3 4 5; do long="$long\\$seg"; done
longunix="$c/infoklass-test/lång/$seg/$seg/$seg/$seg/$seg"
rm -rf "$c/infoklass-test" "$c/users/Public/Documents/Mina klassningar åäö ÅÄÖ"
mkdir -p "$c/infoklass-test/bokstav" "$c/infoklass-test/delad/ISAM" "$longunix" "$c/users/Public/Documents/Mina klassningar åäö ÅÄÖ"
# \\infoklass-server\isam is the folder delad on C:, as a file server's
# share would be.
mkdir -p "$WINEPREFIX/dosdevices/unc/infoklass-server"
ln -sfn ../../../drive_c/infoklass-test/delad "$WINEPREFIX/dosdevices/unc/infoklass-server/isam"

roundtrip 'C:\infoklass-test\bokstav'
for f in infoklass.db lista.xlsx kopia.db genomgång.xlsx; do
	[ -s "$c/infoklass-test/bokstav/$f" ] || fail "C:\\infoklass-test\\bokstav\\$f saknas / missing"
done
step "rundtur / round trip C:\\infoklass-test\\bokstav"
roundtrip '\\infoklass-server\isam\ISAM'
[ -s "$c/infoklass-test/delad/ISAM/genomgång.xlsx" ] || fail "\\\\infoklass-server\\isam\\ISAM\\genomgång.xlsx saknas / missing"
step "rundtur / round trip \\\\infoklass-server\\isam\\ISAM"
[ ${#long} -gt 260 ] || fail "the long path has only ${#long} characters"
roundtrip "$long"
[ -s "$longunix/genomgång.xlsx" ] || fail "genomgång.xlsx i den långa sökvägen saknas / missing in the long path"
step "rundtur / round trip \\\\?\\C:\\…, ${#long} tecken / characters"
roundtrip 'C:\users\Public\Documents\Mina klassningar åäö ÅÄÖ'
[ -s "$c/users/Public/Documents/Mina klassningar åäö ÅÄÖ/genomgång.xlsx" ] || fail "genomgång.xlsx i åäö-mappen saknas / missing"
step "rundtur / round trip ...\\Mina klassningar åäö ÅÄÖ"

# The GUI on the first database; it holds the lock while it is open.
db='C:\infoklass-test\bokstav\infoklass.db'
wine "$exe" -db "$db" </dev/null >"$work/gui.txt" 2>&1 &
gui_pid=$!
found=
for _ in $(seq 120); do
	if xdotool search --name '^Infoklass' >/dev/null 2>&1; then
		found=1
		break
	fi
	kill -0 "$gui_pid" 2>/dev/null || fail "GUI:t avslutades / the GUI exited: $(cat "$work/gui.txt")"
	sleep 1
done
[ -n "$found" ] || fail "inget fönster Infoklass på 120 s / no Infoklass window within 120 s"
sleep 5 # let it draw the register
timeout 30 import -display "$DISPLAY" -window root "$work/windows-wine.png"
mkdir -p docs/screenshots
cp "$work/windows-wine.png" docs/screenshots/windows-wine.png
step "GUI: fönstret '$(xdotool search --name '^Infoklass' getwindowname 2>/dev/null | head -1)'"

# check only reads (it opens the file read-only and writes nothing), so it
# may run beside the GUI; a command that writes must be refused.
win check -db "$db" || fail "check -db $db läste inte bredvid GUI:t / could not read beside the GUI: $(cat "$work/out.txt")"
for cmd in "import -db $db C:\\infoklass-test\\bokstav\\lista.xlsx"; do
	# shellcheck disable=SC2086 # the words of $cmd are the arguments
	if win $cmd; then
		fail "$cmd gick igenom fast GUI:t har filen öppen / succeeded while the GUI holds the file"
	fi
	grep -q "används redan av Infoklass" "$work/out.txt" || fail "$cmd skrev / printed: $(cat "$work/out.txt")"
done
step "låset / lock: import nekas medan GUI:t är öppet, check läser bredvid"
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
gui_pid=
echo "wine-test: alla Wine-kontroller gick igenom på $((SECONDS - start)) s / all Wine checks passed"
