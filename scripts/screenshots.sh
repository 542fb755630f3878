#!/usr/bin/env bash
# screenshots.sh takes the README's screenshots from the real application
# under Xvfb, on a fresh demo database, at the common municipal laptop's
# 1366×768 and a projector's 1280×720. The workshop is driven by the
# keyboard alone, as the help (F1) describes: Ctrl+F and Enter open it,
# Ctrl+PageDown moves on, 1–4 pick a level, Tab goes to the motivation
# and Ctrl+Enter to the next aspect. Needs bin/infoklass (make build) and
# the headless packages (scripts/deps.sh headless).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
tmp=$(mktemp -d)
xvfb="" app=""
cleanup() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; fi
	if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$tmp/config FYNE_THEME=${FYNE_THEME:-light}

shot() { sleep "${2:-1}"; import -window root "$out/$1.png"; echo "  $out/$1.png"; }
key() { xdotool key --delay 60 "$@"; sleep 0.4; }
type_() { xdotool type --delay 40 "$1"; sleep 0.4; }

# The X display the screenshots are taken on (SCREENSHOT_DISPLAY, :97
# unless told), so that two sessions on one machine do not meet.
display=${SCREENSHOT_DISPLAY:-97}

# session W H SUFFIX takes one round of screenshots at W×H.
session() {
	local W=$1 H=$2 s=$3
	Xvfb ":$display" -screen 0 "${W}x${H}x24" >/dev/null 2>&1 &
	xvfb=$!
	export DISPLAY=":$display"
	sleep 1
	rm -rf "$tmp/config" "$tmp/demo.db"*
	bin/infoklass demo -db "$tmp/demo.db" >/dev/null
	bin/infoklass -db "$tmp/demo.db" >>"$tmp/app.log" 2>&1 &
	app=$!
	local win=""
	for _ in $(seq 50); do
		win=$(xdotool search --name '^Infoklass' 2>/dev/null | head -1 || true)
		[ -n "$win" ] && break
		sleep 0.2
	done
	[ -n "$win" ] || { echo "screenshots.sh: fönstret öppnades inte" >&2; cat "$tmp/app.log" >&2; exit 1; }
	sleep 2
	xdotool windowactivate "$win" 2>/dev/null || true
	shot "register-$s"

	key ctrl+f; type_ "roapp"; key Return   # Förskolans närvaroapp
	shot "workshop-scope-$s" 1.5
	key ctrl+Next
	shot "workshop-types-$s"
	key ctrl+Next                           # Klassning: the level cards have the keyboard
	# The demo has motivations already: Ctrl+A replaces them. (Xvfb's
	# keymap drops å, ä and ö typed by xdotool: these sentences have none.)
	key 3; key Tab; key ctrl+a; type_ "Uppgifter om barn kan missbrukas om de sprids."
	key Escape                              # back to the cards
	shot "workshop-classify-$s"
	if [ "$s" = 1366x768 ]; then          # a silent vote on K: R, a level per participant, Enter
		key r; for l in 3 2 3 4 3; do key "$l"; done
		shot vote-hidden
		key Return
		shot vote-revealed
		key 3                               # the group agrees on K3
	fi
	key ctrl+Return; key 2; key Tab; key ctrl+a; type_ "Fel tider syns direkt och kan korrigeras samma dag."
	key ctrl+Return
	key F5                                  # presentation mode
	shot "presentation-$s" 2
	key F5
	key ctrl+Next
	shot "workshop-result-$s"
	key ctrl+Next
	shot "workshop-threshold-$s"
	key ctrl+Next                           # Beslut: the name field has the keyboard
	type_ "Anders Berg"
	key Tab
	shot "workshop-decision-draft-$s"
	xdotool mousemove 60 64 click 1           # ← Register: the drafted asset is still not fastställd
	shot "register-after-draft-$s" 1.5
	kill "$app"; wait "$app" 2>/dev/null || true; app=""
	kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; xvfb=""
}

session 1366 768 1366x768
session 1280 720 1280x720
