package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/infoklass/infoklass/internal/domain"
)

// assetRow is one line of the register: name and owner, status, the
// effective levels as badges, and the next review date.
type assetRow struct {
	widget.BaseWidget
	name    *widget.Label
	sub     *widget.Label
	reasons *widget.Label
	status  *widget.Label
	dpia    *widget.Label
	review  *widget.Label
	badges  *badgeRow
	content fyne.CanvasObject
}

func newAssetRow(m *domain.Model) *assetRow {
	r := &assetRow{
		name:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		sub:     widget.NewLabel(""),
		reasons: widget.NewLabel(""),
		status:  widget.NewLabel(""),
		dpia:    widget.NewLabel(""),
		review:  widget.NewLabel(""),
		badges:  newBadgeRow(m),
	}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.sub.Truncation = fyne.TextTruncateEllipsis
	r.sub.SizeName = theme.SizeNameCaptionText
	r.reasons.Truncation = fyne.TextTruncateEllipsis
	r.reasons.SizeName = theme.SizeNameCaptionText
	r.reasons.Importance = widget.HighImportance
	r.status.Truncation = fyne.TextTruncateEllipsis
	r.dpia.Truncation = fyne.TextTruncateEllipsis
	right := container.NewHBox(
		container.NewGridWrap(fyne.NewSize(colWidth(colStatus), 70), container.NewVBox(r.status, r.dpia)),
		container.NewCenter(r.badges.Content),
		container.NewCenter(container.NewGridWrap(fyne.NewSize(colWidth(colReview), 36), r.review)),
	)
	left := container.NewVBox(r.name, r.sub, r.reasons)
	r.content = container.NewBorder(nil, nil, nil, right, left)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer returns the row's renderer.
func (r *assetRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

func (r *assetRow) set(s domain.AssetSummary) {
	r.name.SetText(fmt.Sprintf("%d.  %s", s.Rank, s.Asset.Name))
	reasons := trf("%d poäng", s.Priority.Score)
	if t := reasonsText(s.Priority); t != "" {
		reasons = trf("%d poäng: %s", s.Priority.Score, t)
	}
	r.reasons.SetText(reasons)
	sub := tr(s.Asset.Kind.Label())
	if s.Asset.OwnerName != "" {
		sub = trf("%s · Ägare: %s", sub, s.Asset.OwnerName)
	}
	if s.Asset.System != "" {
		sub = trf("%s · %s", sub, s.Asset.System)
	}
	r.sub.SetText(sub)
	r.status.SetText(tr(s.Status.Label()))
	r.status.Importance = statusImportance(s.Status)
	r.status.Refresh()
	r.dpia.SizeName = theme.SizeNameCaptionText
	r.dpia.SetText(thresholdText(s))
	r.dpia.Importance = widget.MediumImportance
	if s.DPIAMissing() {
		r.dpia.Importance = widget.DangerImportance
	}
	r.dpia.Refresh()
	r.badges.set(s.Effective)
	if s.NextReview.IsZero() {
		r.review.SetText("–")
	} else {
		r.review.SetText(s.NextReview.String())
	}
}

func statusImportance(s domain.Status) widget.Importance {
	switch s {
	case domain.StatusDecided:
		return widget.SuccessImportance
	case domain.StatusReview:
		return widget.DangerImportance
	case domain.StatusOngoing, domain.StatusPlanned:
		return widget.HighImportance
	}
	return widget.MediumImportance
}

// thresholdText is the register's short word on the threshold analysis
// and the DPIA it calls for; "inte bedömd" until the analysis says more.
func thresholdText(s domain.AssetSummary) string {
	switch {
	case s.DPIAMissing():
		return trf("DPIA krävs – %s", strings.ToLower(tr(s.DPIA.Label())))
	case s.Threshold.RequiresDPIA():
		return trf("DPIA %s", strings.ToLower(tr(s.DPIA.Label())))
	}
	return trf("DPIA: %s", thresholdWord(s.Threshold))
}

// thresholdWord is the outcome in a word or two, for the register's
// narrow column; the detail panel shows the full label.
func thresholdWord(o domain.Outcome) string {
	switch o {
	case domain.OutcomeNotRequired:
		return tr("krävs ej")
	case domain.OutcomeException:
		return tr("krävs ej (undantag)")
	case domain.OutcomeAssess:
		return tr("bedöm särskilt")
	case domain.OutcomeNotApplicable:
		return tr("ej tillämplig")
	}
	return tr("inte bedömd")
}
