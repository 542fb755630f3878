package xlsx

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/tempfile"
)

// The sheets of an export.
const (
	SheetList         = "Prioriteringslista"
	SheetTypes        = "Klassningar"
	SheetThreshold    = "Tröskelanalyser"
	SheetRequirements = "Krav"
	SheetOverview     = "Översikt"
	SheetModel        = "Modell"
	SheetHistory      = "Historik"
	SheetParked       = "Parkerade frågor"
)

var typeColumns = []column{
	{"Informationstillgång", 34, true}, {"Klassning", 12, false}, {"Typ av klassning", 18, false},
	{"Informationstyp", 30, true}, {"Beskrivning", 36, true}, {"Markeringar", 36, true},
	{"K", 5, false}, {"Motivering K", 40, true}, {"R", 5, false}, {"Motivering R", 40, true},
	{"T", 5, false}, {"Motivering T", 40, true}, {"S", 5, false}, {"Motivering S", 40, true},
	{"Beslutat av", 22, false}, {"Beslutsdatum", 12, false}, {"Nästa uppföljning", 14, false},
	{"Avgränsning", 40, true}, {"Deltagare", 40, true}, {"Höjningar", 40, true},
	{"Behov av konsekvensbedömning", 16, false}, {"Skäl för bedömningen", 36, true},
	{"Dataskyddsombudets synpunkt", 36, true}, {"Säkerhetsskyddschefen underrättad", 12, false},
	{"Anteckning om säkerhetsskydd", 30, true},
}

// Export writes the workbook of d to w.
func Export(w io.Writer, d *Data) error {
	f, err := build(d)
	if err != nil {
		return err
	}
	defer removeTempDir()
	defer f.Close() // removes excelize's temporary files
	return f.Write(w)
}

// WriteFile writes the workbook of d to path. It writes a temporary file
// beside path and renames it, so that path never holds half a workbook.
func WriteFile(path string, d *Data) error {
	return writeAtomic(path, func(w io.Writer) error { return Export(w, d) })
}

// exportPrefix starts the name of an export's temporary file.
const exportPrefix = ".infoklass-export-"

func writeAtomic(path string, write func(io.Writer) error) error {
	// Leftovers of an export that was killed are removed by the next one.
	if err := tempfile.WriteAtomic(path, exportPrefix, ".xlsx", write); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

func build(d *Data) (*excelize.File, error) {
	m := d.Model
	tmp, err := exportTempDir()
	if err != nil {
		return nil, err
	}
	f := excelize.NewFile(excelize.Options{TmpDir: tmp})
	// The new file's one sheet becomes the first list. Renaming it, rather
	// than deleting it at the end, keeps excelize from reading every
	// streamed sheet back in.
	if err := f.SetSheetName("Sheet1", SheetList); err != nil {
		f.Close()
		return nil, err
	}
	st, err := newStyles(f, m)
	if err != nil {
		f.Close()
		return nil, err
	}
	steps := []func(*excelize.File, *styles, *Data) error{writeList, writeTypes}
	if len(d.Thresholds) > 0 {
		steps = append(steps, writeThresholds)
	}
	if len(d.Processings) > 0 {
		steps = append(steps, writeProcessings)
	}
	steps = append(steps, writeRequirements)
	if len(d.Parked) > 0 {
		steps = append(steps, writeParked)
	}
	if len(d.Votes) > 0 {
		steps = append(steps, writeVotes)
	}
	steps = append(steps, writeOverview, writeModel)
	if d.History != nil {
		steps = append(steps, writeHistory)
	}
	for _, step := range steps {
		if err := step(f, st, d); err != nil {
			f.Close()
			return nil, err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:       "Prioriteringslista för informationsklassning",
		Subject:     "Informationsklassning, tröskelanalys och krav",
		Creator:     "Infoklass",
		Keywords:    "informationsklassning; tröskelanalys; konsekvensbedömning",
		Description: fmt.Sprintf("Export från %s den %s", filepath.Base(d.Source), d.Today),
		Language:    "sv-SE",
		Created:     d.Generated.UTC().Format("2006-01-02T15:04:05Z"),
		Modified:    d.Generated.UTC().Format("2006-01-02T15:04:05Z"),
	}); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func yesNo(b bool) string {
	if b {
		return "Ja"
	}
	return "Nej"
}

func writeList(f *excelize.File, st *styles, d *Data) error {
	s, err := newSizedSheet(f, st, SheetList, listColumns, len(d.Summaries))
	if err != nil {
		return err
	}
	row := make([]any, 0, len(listTable))
	for i := range d.Summaries {
		row = listValues(&d.Summaries[i], row)
		if err := s.add(row...); err != nil {
			return err
		}
	}
	return s.finish("Prioriteringslista")
}

// flagText names flags by their Swedish floor labels, "; " between.
func flagText(m *domain.Model, flags []domain.Flag) string {
	var out []string
	for _, fl := range flags {
		if f, ok := m.Floor(fl); ok {
			out = append(out, f.Label)
		}
	}
	return strings.Join(out, "; ")
}

func writeTypes(f *excelize.File, st *styles, d *Data) error {
	m := d.Model
	n := 0
	for _, x := range d.Summaries {
		if c := d.Classifications[x.Asset.ID]; c != nil {
			n += len(c.InfoTypes)
		}
	}
	s, err := newSizedSheet(f, st, SheetTypes, typeColumns, n)
	if err != nil {
		return err
	}
	for _, x := range d.Summaries {
		c := d.Classifications[x.Asset.ID]
		if c == nil {
			continue
		}
		for _, t := range c.InfoTypes {
			r := func(a domain.Aspect) (domain.Level, string) { return t.Ratings[a].Level, t.Ratings[a].Motivation }
			k, km := r(domain.Confidentiality)
			rl, rm := r(domain.Integrity)
			tl, tm := r(domain.Availability)
			sl, sm := r(domain.Traceability)
			if err := s.add(x.Asset.Name, c.Date, c.Kind.Label(), t.Name, t.Description, flagText(m, t.Flags),
				k, km, rl, rm, tl, tm, sl, sm, c.DecidedBy, c.DecidedAt, c.NextReview, c.Scope, participantsText(c.Participants), raisesText(c.Raises, st.m),
				c.Routine.Need.Label(), c.Routine.Reason, c.Routine.DSOOpinion, c.Security.On, c.Security.Note); err != nil {
				return err
			}
		}
	}
	return s.finish("Klassningar")
}

func thresholdColumns(qs *domain.QuestionSet) []column {
	cols := []column{{"Informationstillgång", 34, true}, {"Datum", 12, false}, {"Frågeversion", 10, false},
		{"Ej tillämplig", 10, false}, {"Skäl ej tillämplig", 30, true}}
	for _, q := range qs.Questions {
		cols = append(cols, column{questionHeader(q), 13, false}, column{q.ID + " kommentar", 24, true})
	}
	return append(cols, column{"Regelns utfall", 26, false}, column{"Gruppens beslut", 26, false},
		column{"Beslutsskäl", 36, true}, column{"Dataskyddsombudets yttrande", 36, true},
		column{"Slutligt beslut", 26, false}, column{"DPIA-status", 14, false}, column{"DPIA-datum", 12, false},
		column{"DPIA-referens", 18, false}, column{"Deltagare", 36, true})
}

func writeThresholds(f *excelize.File, st *styles, d *Data) error {
	qs := domain.ThresholdQuestions()
	n := 0
	for _, x := range d.Summaries {
		if d.Thresholds[x.Asset.ID] != nil {
			n++
		}
	}
	s, err := newSizedSheet(f, st, SheetThreshold, thresholdColumns(qs), n)
	if err != nil {
		return err
	}
	for _, x := range d.Summaries {
		t := d.Thresholds[x.Asset.ID]
		if t == nil {
			continue
		}
		row := []any{x.Asset.Name, t.Date, t.QuestionSetVersion, yesNo(t.NotApplicable), t.NotApplicableReason}
		for _, q := range qs.Questions {
			r := t.Responses[q.ID]
			ans := ""
			if r.Answer != domain.AnswerNone {
				ans = r.Answer.Label()
			}
			row = append(row, ans, r.Comment)
		}
		decision := ""
		if t.Decision != domain.DecisionNone {
			decision = t.Decision.Label()
		}
		row = append(row, t.Outcome().Label(), decision, t.DecisionReason, t.DSOOpinion, t.FinalDecision().Label(),
			dpiaText(t), t.DPIADate, t.DPIAReference, t.Participants)
		if err := s.add(row...); err != nil {
			return err
		}
	}
	return s.finish("Troskelanalyser")
}

func dpiaText(t *domain.ThresholdAnalysis) string {
	if t.DPIAStatus == domain.DPIANone && !t.FinalDecision().RequiresDPIA() {
		return ""
	}
	return t.DPIAStatus.Label()
}

var requirementColumns = []column{
	{"Informationstillgång", 34, true}, {"Krav-id", 8, false}, {"Område", 16, false}, {"Aspekt", 8, false},
	{"Från nivå", 8, false}, {"Ska/bör", 8, false}, {"Krav vid upphandling", 60, true}, {"Verifieras genom", 18, true},
	{"Uppföljning (är-krav)", 50, true},
	{"Tillämpligt", 12, false}, {"Skäl", 30, true}, {"Status", 14, false}, {"Hur uppfylls kravet", 50, true},
}

// requirementRows is the most rows the Krav sheet holds below its
// header: Excel's limit. A list too large for a row per asset and
// requirement (some 80,000 assets) keeps the rows that say more than the
// catalogue — a requirement not applicable, or how it is met — which are
// the rows an import reads back; every asset's workbook (ExportAsset)
// still lists all its requirements.
var requirementRows = excelRows - 1

// excelRows is the number of rows of an Excel sheet.
const excelRows = 1048576

func writeRequirements(f *excelize.File, st *styles, d *Data) error {
	cat := domain.Requirements()
	n, assessed := 0, 0
	for _, x := range d.Summaries {
		if x.Overall == domain.Unset {
			continue
		}
		rs := cat.For(domain.ApplicabilityOf(x, d.Model))
		n += len(rs) + len(domain.SeparateAnalyses(d.Model, x.Effective))
		for _, r := range rs {
			if status, how := fulfilmentText(d, x.Asset.ID, r.ID); status != "" || how != "" {
				assessed++
			}
		}
	}
	all := n <= requirementRows
	if !all {
		n = assessed
	}
	s, err := newSizedSheet(f, st, SheetRequirements, requirementColumns, n)
	if err != nil {
		return err
	}
	for _, x := range d.Summaries {
		if x.Overall == domain.Unset {
			continue
		}
		for _, r := range cat.For(domain.ApplicabilityOf(x, d.Model)) {
			applies, reason := "Ja", ""
			if why, ok := d.Exclusions[x.Asset.ID][r.ID]; ok {
				applies, reason = "Ej tillämpligt", why
			}
			aspect := string(r.Aspect)
			if aspect == "*" {
				aspect = "Alla"
			}
			status, how := fulfilmentText(d, x.Asset.ID, r.ID)
			if !all && status == "" && how == "" {
				continue // the catalogue's text: in the asset's own workbook
			}
			if err := s.add(x.Asset.Name, r.ID, r.Area, aspect, r.MinLevel, r.Strength.Label(), r.Shall, r.VerifyText(), r.Have,
				applies, reason, status, how); err != nil {
				return err
			}
		}
		for _, sa := range domain.SeparateAnalyses(d.Model, x.Effective) {
			if !all {
				break
			}
			if err := s.add(x.Asset.Name, "Skyddsanalys", "Skyddsanalys", string(sa.Aspect), x.Effective[sa.Aspect], "Ska", sa.Message, "",
				"Ansvarig: "+sa.Responsible, "Ja", ""); err != nil {
				return err
			}
		}
	}
	return s.finish("Krav")
}

var parkedColumns = []column{{"Informationstillgång", 34, true}, {"Fråga", 70, true}, {"Löst", 8, false}}

// writeParked lists the questions parked in each asset's latest meeting.
func writeParked(f *excelize.File, st *styles, d *Data) error {
	n := 0
	for _, x := range d.Summaries {
		n += len(d.Parked[x.Asset.ID])
	}
	s, err := newSizedSheet(f, st, SheetParked, parkedColumns, n)
	if err != nil {
		return err
	}
	for _, x := range d.Summaries {
		for _, q := range d.Parked[x.Asset.ID] {
			if err := s.add(x.Asset.Name, q.Text, yesNo(q.Resolved)); err != nil {
				return err
			}
		}
	}
	return s.finish("Parkerade")
}

// SheetVotes lists the silent votes of each asset's latest classification.
const SheetVotes = "Röstningar"

var voteColumns = []column{
	{"Informationstillgång", 34, true}, {"Informationstyp", 30, true}, {"Aspekt", 8, false}, {"Röstning", 12, false},
	{"Röster", 50, true}, {"Lägst", 7, false}, {"Högst", 7, false}, {"Spridning", 10, false}, {"Diskutera", 10, false}, {"Vald nivå", 10, false},
}

// writeVotes lists every silent vote: who voted what, the spread, whether
// it called for discussion, and the level the group then chose.
func writeVotes(f *excelize.File, st *styles, d *Data) error {
	s, err := newListSheet(f, st, SheetVotes, voteColumns)
	if err != nil {
		return err
	}
	for _, x := range d.Summaries {
		c := d.Classifications[x.Asset.ID]
		for _, v := range d.Votes[x.Asset.ID] {
			var t domain.InfoType
			if c != nil {
				for _, it := range c.InfoTypes {
					if it.ID == v.InfoTypeID {
						t = it
					}
				}
			}
			row := []any{x.Asset.Name, t.Name, string(v.Aspect), domain.DateOf(v.CreatedAt.Local()), v.Summary(st.m)}
			if v.Revealed { // a vote not shown stays hidden here too
				min, max := v.Range()
				row = append(row[:4], v.VotesText(st.m), min, max, v.Spread(), yesNo(v.Discuss()))
			} else {
				row = append(row, nil, nil, nil, nil)
			}
			if err := s.add(append(row, t.Ratings[v.Aspect].Level)...); err != nil {
				return err
			}
		}
	}
	return s.finish("Rostningar")
}
