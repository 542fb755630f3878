#!/usr/bin/env bash
# screenshots.sh takes the README's screenshots from the real application
# under Xvfb, on a fresh demo database. Needs bin/infoklass (make build)
# and the headless packages (scripts/deps.sh headless).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
display=:97
W=1600 H=1000

Xvfb $display -screen 0 ${W}x${H}x24 >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; fi
	kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
export DISPLAY=$display XDG_CONFIG_HOME=$tmp/config FYNE_THEME=${FYNE_THEME:-light}
sleep 1

bin/infoklass demo -db "$tmp/demo.db" >/dev/null
start_app() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; fi
	rm -rf "$tmp/config" # no remembered window size: the clicks below assume W×H
	bin/infoklass -db "$tmp/demo.db" >>"$tmp/app.log" 2>&1 &
	app=$!
	win=""
	for _ in $(seq 50); do
		win=$(xdotool search --name '^Infoklass' 2>/dev/null | head -1 || true)
		[ -n "$win" ] && break
		sleep 0.2
	done
	[ -n "$win" ] || { echo "screenshots.sh: fönstret öppnades inte" >&2; cat "$tmp/app.log" >&2; exit 1; }
	sleep 0.5
	xdotool windowmove "$win" 0 0 windowsize "$win" $W $H
	sleep 1.5
}

shot() { sleep "${2:-1}"; import -window root "$out/$1.png"; echo "  $out/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }
search() { click 800 60; xdotool key ctrl+a type "$1"; sleep 0.8; click 200 220; sleep 1; }

start_app
click 300 220
shot register
search "roapp"
click 1342 304                # Öppna klassning
shot workshop-scope 1.5
click 100 288; shot workshop-classify
click 100 330; shot workshop-result
click 100 372; shot workshop-threshold
click 60 85                   # back to the list

click 1257 112                # Årsplan
sleep 1
sleep 1.2
click 1420 64                 # Föreslå
shot plan 3
start_app                     # a fresh window for the second round
search "roapp"
click 1342 304                # Öppna klassning
sleep 1.5
click 100 288                 # Klassning
sleep 1
xdotool key ctrl+shift+p      # presentation mode
shot presentation 2
xdotool key ctrl+shift+p
sleep 1.5
click 100 414                 # Beslut
shot workshop-decision 1.5
