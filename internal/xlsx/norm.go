package xlsx

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// The sheets of a normative classification's workbook.
const (
	SheetNorm          = "Norm"
	SheetNormTypes     = "Informationstyper"
	SheetNormRaises    = "Höjningar"
	SheetNormThreshold = "Tröskelanalys"
	SheetNormLevels    = "Nivåer"
)

// NormFormat is what the first cell of a norm workbook's Format row says;
// ReadNorm refuses a workbook without it.
const NormFormat = "Infoklass normerande klassning"

// NormFormatVersion is the version of the norm workbook's layout.
const NormFormatVersion = 1

// The rows of the Norm sheet, by their label in column A.
const (
	normFormat          = "Format"
	normFormatVersion   = "Formatversion"
	normKey             = "Normens id"
	normName            = "Namn"
	normDescription     = "Beskrivning"
	normOrganisation    = "Källorganisation"
	normVersion         = "Version"
	normDate            = "Fastställd"
	normDecidedBy       = "Fastställd av"
	normScope           = "Avgränsning"
	normModel           = "Klassningsmodell"
	normModelVersion    = "Modellversion"
	normThresholdSet    = "Tröskelanalys: frågor"
	normThresholdSetVer = "Tröskelanalys: frågornas version"
	normNotApplicable   = "Tröskelanalys: ej tillämplig"
	normNotApplicableWh = "Tröskelanalys: skäl för ej tillämplig"
	normDecision        = "Tröskelanalys: beslut"
	normDecisionReason  = "Tröskelanalys: skäl för beslutet"
	normExported        = "Exporterad"
)

var normColumns = []column{{"Uppgift", 34, false}, {"Värde", 60, true}, {"Förklaring", 60, true}}

var normTypeColumns = []column{
	{"Nr", 5, false}, {"Informationstyp", 30, true}, {"Beskrivning", 36, true}, {"Markeringar", 36, true}, {"Markeringskoder", 20, true},
	{"K", 5, false}, {"Motivering K", 40, true}, {"R", 5, false}, {"Motivering R", 40, true},
	{"T", 5, false}, {"Motivering T", 40, true}, {"S", 5, false}, {"Motivering S", 40, true},
}

var normRaiseColumns = []column{{"Aspekt", 8, false}, {"Höjd till", 10, false}, {"Skäl", 40, true}, {"Skälkod", 14, false}, {"Förklaring", 50, true}}

var normThresholdColumns = []column{{"Fråga", 8, false}, {"Frågetext", 60, true}, {"Svar", 12, false}, {"Kommentar", 50, true}}

var normLevelColumns = []column{
	{"Nivå", 6, false}, {"Benämning", 14, false}, {"Betydelse", 50, true},
	{"K", 36, true}, {"R", 36, true}, {"T", 36, true}, {"S", 36, true},
}

// ExportNorm writes normative classification n to w as one workbook that
// a person can read and Infoklass reads back with ReadNorm: the norm
// itself (source organisation, date, version, threshold decision), the
// information types with flags, descriptions, levels and motivations,
// the raises, the threshold answers and the model's levels. Text is
// always text.
func ExportNorm(w io.Writer, n *domain.Norm, m *domain.Model, exported time.Time) error {
	if err := n.Validate(m); err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetNorm); err != nil {
		return err
	}
	st, err := newStyles(f, m)
	if err != nil {
		return err
	}
	for _, step := range []func(*excelize.File, *styles, *domain.Norm, *domain.Model, time.Time) error{
		writeNormSheet, writeNormTypes, writeNormRaises, writeNormThreshold, writeNormLevels,
	} {
		if err := step(f, st, n, m, exported); err != nil {
			return fmt.Errorf("normerande klassning: %w", err)
		}
	}
	stamp := exported.UTC().Format("2006-01-02T15:04:05Z")
	if err := f.SetDocProps(&excelize.DocProperties{Title: n.Title(), Subject: "Normerande klassning", Creator: "Infoklass",
		Keywords: "informationsklassning; normerande klassning", Language: "sv-SE", Created: stamp, Modified: stamp}); err != nil {
		return err
	}
	return f.Write(w)
}

// WriteNormFile writes the norm's workbook to path, atomically.
func WriteNormFile(path string, n *domain.Norm, m *domain.Model, exported time.Time) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportNorm(w, n, m, exported) })
}

func writeNormSheet(f *excelize.File, st *styles, n *domain.Norm, _ *domain.Model, exported time.Time) error {
	s, err := newListSheet(f, st, SheetNorm, normColumns)
	if err != nil {
		return err
	}
	rows := [][3]string{
		{normFormat, NormFormat, "Filen är en normerande klassning: en fastställd klassning som andra kan utgå från. Infoklass läser in den i klassningsbiblioteket med Importera normerande klassning…."},
		{normFormatVersion, strconv.Itoa(NormFormatVersion), "Versionen av filens uppställning."},
		{normKey, n.Key, "Samma id i alla versioner av normen; Infoklass jämför en ny version med den gamla."},
		{normName, n.Name, "Det som klassats."},
		{normDescription, n.Description, ""},
		{normOrganisation, n.Organisation, "Organisationen som fastställt normen."},
		{normVersion, strconv.Itoa(n.Version), "Högre nummer är en senare version."},
		{normDate, n.Date.String(), "Datum då informationsägaren fastställde klassningen (ÅÅÅÅ-MM-DD)."},
		{normDecidedBy, n.DecidedBy, ""},
		{normScope, n.Scope, ""},
		{normModel, n.ModelID, "Nivåerna står i bladet Nivåer."},
		{normModelVersion, strconv.Itoa(n.ModelVersion), ""},
	}
	if t := n.Threshold; t != nil {
		rows = append(rows,
			[3]string{normThresholdSet, t.QuestionSetID, "Svaren står i bladet Tröskelanalys."},
			[3]string{normThresholdSetVer, strconv.Itoa(t.QuestionSetVersion), ""},
			[3]string{normNotApplicable, yesNo(t.NotApplicable), "Ja när inga personuppgifter behandlas."},
			[3]string{normNotApplicableWh, t.NotApplicableReason, ""},
			[3]string{normDecision, t.Decision.Label(), ""},
			[3]string{normDecisionReason, t.DecisionReason, ""})
	}
	rows = append(rows, [3]string{normExported, exported.Local().Format("2006-01-02 15:04"), "När filen skrevs."})
	for _, r := range rows {
		if err := s.add(r[0], r[1], r[2]); err != nil {
			return err
		}
	}
	return s.finish("Norm")
}

func writeNormTypes(f *excelize.File, st *styles, n *domain.Norm, m *domain.Model, _ time.Time) error {
	s, err := newListSheet(f, st, SheetNormTypes, normTypeColumns)
	if err != nil {
		return err
	}
	for i, t := range n.InfoTypes {
		codes := make([]string, len(t.Flags))
		for j, fl := range t.Flags {
			codes[j] = string(fl)
		}
		v := []any{i + 1, t.Name, t.Description, flagText(m, t.Flags), strings.Join(codes, ", ")}
		for _, a := range domain.AllAspects {
			r := t.Ratings[a]
			v = append(v, r.Level, r.Motivation)
		}
		if err := s.add(v...); err != nil {
			return err
		}
	}
	return s.finish("Informationstyper")
}

func writeNormRaises(f *excelize.File, st *styles, n *domain.Norm, _ *domain.Model, _ time.Time) error {
	if len(n.Raises) == 0 {
		return nil
	}
	s, err := newListSheet(f, st, SheetNormRaises, normRaiseColumns)
	if err != nil {
		return err
	}
	for _, a := range domain.AllAspects {
		r, ok := n.Raises[a]
		if !ok {
			continue
		}
		if err := s.add(string(a), r.Level, r.Reason.Label(), string(r.Reason), r.Explanation); err != nil {
			return err
		}
	}
	return s.finish("Hojningar")
}

func writeNormThreshold(f *excelize.File, st *styles, n *domain.Norm, _ *domain.Model, _ time.Time) error {
	t := n.Threshold
	if t == nil {
		return nil
	}
	s, err := newListSheet(f, st, SheetNormThreshold, normThresholdColumns)
	if err != nil {
		return err
	}
	qs, ok := domain.QuestionSetVersion(t.QuestionSetVersion)
	if !ok || qs.ID != t.QuestionSetID {
		qs = nil
	}
	var ids []string
	if qs != nil {
		for _, q := range qs.Questions {
			ids = append(ids, q.ID)
		}
	}
	for id := range t.Responses {
		if qs == nil {
			ids = append(ids, id)
		} else if _, ok := qs.Question(id); !ok {
			ids = append(ids, id)
		}
	}
	sortIDs(ids, qs)
	for _, id := range ids {
		text := ""
		if qs != nil {
			if q, ok := qs.Question(id); ok {
				text = q.Label
			}
		}
		r := t.Responses[id]
		if err := s.add(id, text, r.Answer.Label(), r.Comment); err != nil {
			return err
		}
	}
	return s.finish("Troskelanalys")
}

// sortIDs keeps the question set's order and puts unknown IDs after it,
// in text order.
func sortIDs(ids []string, qs *domain.QuestionSet) {
	pos := map[string]int{}
	if qs != nil {
		for i, q := range qs.Questions {
			pos[q.ID] = i + 1
		}
	}
	rank := func(id string) int {
		if p, ok := pos[id]; ok {
			return p
		}
		return len(pos) + 1
	}
	sort.SliceStable(ids, func(i, j int) bool {
		if ri, rj := rank(ids[i]), rank(ids[j]); ri != rj {
			return ri < rj
		}
		return ids[i] < ids[j]
	})
}

func writeNormLevels(f *excelize.File, st *styles, _ *domain.Norm, m *domain.Model, _ time.Time) error {
	s, err := newListSheet(f, st, SheetNormLevels, normLevelColumns)
	if err != nil {
		return err
	}
	for _, l := range m.Levels {
		v := []any{l.Level, l.Label, l.Meaning}
		for _, a := range domain.AllAspects {
			v = append(v, l.Descriptions[a])
		}
		if err := s.add(v...); err != nil {
			return err
		}
	}
	return s.finish("Nivaer")
}
