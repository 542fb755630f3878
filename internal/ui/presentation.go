package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// presentationScale enlarges text and targets so that the back of a
// meeting room can read the screen.
const presentationScale = 1.3

// togglePresentation switches presentation mode: larger everything, the
// current question dominant, secondary panels hidden.
func (u *UI) togglePresentation() {
	u.flushFocused()
	u.presenting = !u.presenting
	u.applyTheme()
	// The projector's whole screen goes to the room: no window frame and
	// no menu bar (the menu's commands keep their keys).
	u.win.SetFullScreen(u.presenting)
	if u.presenting {
		u.win.SetMainMenu(nil)
	} else {
		u.win.SetMainMenu(u.mainMenu())
	}
	u.rebuild()
}

// applyTheme installs the theme for the current mode and variant.
func (u *UI) applyTheme() {
	t := newTheme()
	if u.presenting {
		t.scale = presentationScale
	}
	t.variant = u.app.Preferences().String(prefVariant)
	u.theme = t
	u.app.Settings().SetTheme(t)
}

// setVariant chooses the light or dark theme ("" follows the system).
func (u *UI) setVariant(v string) {
	u.app.Preferences().SetString(prefVariant, v)
	u.applyTheme()
	u.rebuild()
}

// rebuild shows the current screen anew, for a changed theme.
func (u *UI) rebuild() {
	switch {
	case u.workshop != nil:
		w := u.workshop
		w.build()
		w.show(w.current)
		u.setContent(w.content)
		w.focusStep()
	case u.svc != nil:
		u.register = nil
		u.showRegister()
	}
}

// meetingTimer is the optional meeting clock: it runs while started and
// keeps its time when paused.
type meetingTimer struct {
	start   time.Time
	elapsed time.Duration
	running bool
	stop    chan struct{} // closed to stop the clock's ticking; nil while it does not tick
}

func (t *meetingTimer) now() time.Duration {
	if t.running {
		return t.elapsed + time.Since(t.start)
	}
	return t.elapsed
}

func (t *meetingTimer) text() string {
	d := t.now().Round(time.Second)
	return trf("Mötestid %d:%02d:%02d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60)
}

// timerControls returns the meeting clock and its start/pause button.
func (u *UI) timerControls() (*widget.Label, *widget.Button) {
	t := &u.timer
	label := widget.NewLabel(t.text())
	var btn *widget.Button
	btn = widget.NewButton(tr("Starta mötestimer"), nil)
	setText := func() {
		switch {
		case t.running:
			btn.SetText(tr("Pausa"))
		case t.elapsed > 0:
			btn.SetText(tr("Fortsätt"))
		default:
			btn.SetText(tr("Starta mötestimer"))
		}
	}
	setText()
	btn.OnTapped = func() {
		if t.running {
			t.elapsed += time.Since(t.start)
			t.running = false
			u.stopTicking()
		} else {
			t.start, t.running = time.Now(), true
			u.startTicking()
		}
		setText()
		label.SetText(t.text())
	}
	u.timerLabel = label
	if t.running {
		u.startTicking() // the clock runs on in a workshop opened anew
	}
	if t.elapsed == 0 && !t.running {
		label.Hide()
		btn.OnTapped = func() {
			t.start, t.running = time.Now(), true
			label.Show()
			u.startTicking()
			u.workshop.build()
			u.workshop.show(u.workshop.current)
			u.setContent(u.workshop.content)
			u.workshop.focusStep()
		}
	}
	return label, btn
}

// startTicking updates the meeting clock every second while it runs
// and its workshop is shown; stopTicking ends its goroutine.
func (u *UI) startTicking() {
	if u.timer.stop != nil {
		return
	}
	stop := make(chan struct{})
	u.timer.stop = stop
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				fyne.Do(func() {
					if u.timer.stop == stop && u.timerLabel != nil {
						u.timerLabel.SetText(u.timer.text())
					}
				})
			case <-stop:
				return
			}
		}
	}()
}

// stopTicking stops the meeting clock's updates; its time is kept.
func (u *UI) stopTicking() {
	if u.timer.stop != nil {
		close(u.timer.stop)
		u.timer.stop = nil
	}
}
