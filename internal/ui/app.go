// Package ui is Infoklass's Fyne user interface: the asset register, the
// classification workshop and the dialogs around them. Screens call the
// domain for rules and the store for every edit, which is saved at once.
package ui

import (
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// Preference keys: the last opened database file and the window size.
const (
	prefLastDB  = "lastDatabase"
	prefWidth   = "windowWidth"
	prefHeight  = "windowHeight"
	prefVariant = "themeVariant"
)

// UI is the Infoklass main window and the database it shows.
type UI struct {
	app fyne.App
	win fyne.Window
	svc *app.Service // the open database; nil before one is open

	screen fyne.CanvasObject // what the window shows, inside its scroll
	jobs   sync.WaitGroup    // work running in the background (see inBackground)
	model  *domain.Model
	theme  *appTheme

	// Clock is the clock every database is opened with (app.WithClock):
	// nil is the real time; tests set one day.
	Clock func() time.Time
	// DefaultDB is the user's own database, which the demo's banner
	// opens with one click; "" offers none.
	DefaultDB string
	demo      bool // the open database holds the demo district

	// DataDir is the local data folder a database in a synced folder can
	// be moved to (see warnSynced); "" offers no move.
	DataDir string

	register *registerScreen
	workshop *workshopScreen

	lastFocus  fyne.Focusable // the control followFocus last scrolled to
	presenting bool           // presentation mode
	timer      meetingTimer   // the meeting clock
	timerLabel *widget.Label
}

// New creates the main window of app a. Call Open to show a database.
func New(a fyne.App) *UI {
	translationsOnce.Do(loadTranslations)
	u := &UI{
		app: a,
	}
	u.applyTheme()
	u.win = a.NewWindow("Infoklass")
	p := a.Preferences()
	u.win.Resize(fyne.NewSize(float32(p.FloatWithFallback(prefWidth, 1280)), float32(p.FloatWithFallback(prefHeight, 800))))
	u.win.SetMainMenu(u.mainMenu())
	u.win.SetOnClosed(u.close)
	u.win.SetCloseIntercept(func() {
		u.savePosition() // while the window still exists
		u.win.Close()
	})
	u.installKeys()
	a.Lifecycle().SetOnStarted(func() {
		u.fitToScreen()
		go u.followFocusLoop()
	})
	return u
}

// Window returns the main window.
func (u *UI) Window() fyne.Window { return u.win }

// Service returns the open database's use cases, or nil.
func (u *UI) Service() *app.Service { return u.svc }

// Open opens the database at path and shows its register. When the file
// cannot be opened, the window explains why and offers a way on; the
// error is returned too. A file in a synced folder or on a network share
// is opened only after a warning (warnSynced); until the user answers,
// Open returns errAwaitingChoice.
func (u *UI) Open(path string) error {
	if kind := app.SyncedFolder(path); kind != "" {
		u.warnSynced(path, kind)
		return errAwaitingChoice
	}
	return u.openWith(path, app.Open)
}

// setService shows the database that svc has open, closing the one
// shown before.
func (u *UI) setService(svc *app.Service) {
	u.flushFocused()
	if u.svc != nil {
		u.svc.Close()
	}
	u.svc = svc
	u.model = svc.Model()    // the model the file records
	u.demo, _ = svc.IsDemo() // a file that cannot say is not shown as the demo
	u.register = nil
	u.app.Preferences().SetString(prefLastDB, svc.Path())
	u.updateTitle()
	u.showRegister()
	if !svc.ReadOnly() {
		u.dailyBackup()
	}
}

func (u *UI) updateTitle() {
	if u.svc == nil {
		u.win.SetTitle("Infoklass")
		return
	}
	title := trf("Infoklass – %s (%s)", filepath.Base(u.svc.Path()), filepath.Dir(u.svc.Path()))
	if u.svc.ReadOnly() {
		title = trf("Infoklass – %s (%s) – skrivskyddad", filepath.Base(u.svc.Path()), filepath.Dir(u.svc.Path()))
	}
	if u.svc.Exclusive() {
		title = trf("Infoklass – %s (%s) – synkad mapp: utan WAL, låst för andra", filepath.Base(u.svc.Path()), filepath.Dir(u.svc.Path()))
	}
	u.win.SetTitle(title)
}

// LastDatabase returns the path of the database opened last, or "".
func LastDatabase(a fyne.App) string { return a.Preferences().String(prefLastDB) }

// flushFocused saves the field being typed in, if any.
func (u *UI) flushFocused() {
	if u.win == nil {
		return
	}
	if f, ok := u.win.Canvas().Focused().(*field); ok {
		f.Flush()
	}
}

func (u *UI) close() {
	u.flushFocused()
	u.stopTicking()
	if s := u.win.Canvas().Size(); s.Width >= 640 && s.Height >= 480 {
		u.app.Preferences().SetFloat(prefWidth, float64(s.Width))
		u.app.Preferences().SetFloat(prefHeight, float64(s.Height))
	}
	if u.svc != nil {
		u.svc.Close()
		u.svc = nil
	}
}

// showRegister shows the asset register.
func (u *UI) showRegister() {
	u.flushFocused()
	u.stopTicking() // the clock is shown only in the workshop
	u.workshop = nil
	if u.register == nil {
		u.register = newRegisterScreen(u.deps())
	}
	u.register.reload()
	u.setContent(u.register.content)
}

// showWorkshop opens the classification workshop for an asset.
func (u *UI) showWorkshop(assetID int64) { u.showWorkshopStep(assetID, stepScope) }

// showWorkshopStep opens the workshop of an asset at step i.
func (u *UI) showWorkshopStep(assetID int64, i int) {
	u.flushFocused()
	w, err := newWorkshopScreen(u.deps(), assetID)
	if err != nil {
		u.showError(tr("Klassningen kunde inte öppnas"), err)
		return
	}
	u.workshop = w
	if i != stepScope {
		w.show(i)
	}
	u.setContent(w.content)
	w.focusStep()
}
