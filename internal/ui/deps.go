package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/app"
	"github.com/infoklass/infoklass/internal/domain"
)

// deps is what a screen is given when it is made: the use cases of the
// open database, the window, the classification model, and the shell
// around the screen. A screen reaches nothing else; in particular no
// other screen.
type deps struct {
	svc   *app.Service
	win   fyne.Window
	model *domain.Model
	shell
}

// shell is what a screen may ask of the window it is shown in: report
// an error, move to another screen, and the window-wide services.
type shell interface {
	showError(title string, err error)
	today() domain.Date
	flushFocused()
	dialogOpen() bool
	shows(screen fyne.CanvasObject) bool // whether screen is the one the window shows

	showRegister()
	showWorkshop(assetID int64)
	showWorkshopStep(assetID int64, step int)
	showPlan(year int)
	showProcessings()
	showHistory(a domain.Asset)
	showRequirements(s domain.AssetSummary)
	importList()
	exportList()
	exportAsset(s domain.AssetSummary, opt app.AssetExport)
	showReview()

	togglePresentation()
	isPresenting() bool
	appTheme() *appTheme
	timerControls() (*widget.Label, *widget.Button)
	saveXLSX(suggested string, write func(ctx context.Context, path string) error)
	saveAs(suggested string, write func(ctx context.Context, path string) error)
	inBackground(title string, work func(ctx context.Context) error, done func())

	keyHandler // where a focused field sends the window's keys
}

// deps returns what the window gives the screens it makes.
func (u *UI) deps() deps { return deps{svc: u.svc, win: u.win, model: u.model, shell: u} }

// shows reports whether screen is the one the window shows.
func (u *UI) shows(screen fyne.CanvasObject) bool { return u.screen == screen }

// isPresenting reports whether presentation mode is on.
func (u *UI) isPresenting() bool { return u.presenting }

// appTheme returns the window's theme.
func (u *UI) appTheme() *appTheme { return u.theme }

// today returns the date of the open database's clock, or of the UI's
// before one is open.
func (u *UI) today() domain.Date {
	if u.svc != nil {
		return u.svc.Today()
	}
	if u.Clock != nil {
		return domain.DateOf(u.Clock())
	}
	return domain.DateOf(time.Now())
}
