package xlsx

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// Problem is one thing wrong in an imported file, located by sheet, row
// and column, in Swedish.
type Problem struct {
	Sheet   string
	Row     int    // 1-based, as Excel shows it; 0 for the whole sheet
	Column  string // the column's header, if any
	Message string
}

func (p Problem) String() string {
	switch {
	case p.Row == 0:
		return fmt.Sprintf("Blad %s: %s", p.Sheet, p.Message)
	case p.Column == "":
		return fmt.Sprintf("Blad %s, rad %d: %s", p.Sheet, p.Row, p.Message)
	}
	return fmt.Sprintf("Blad %s, rad %d, kolumn %s: %s", p.Sheet, p.Row, p.Column, p.Message)
}

// Action is what an import does with one row.
type Action int

// The actions of an import.
const (
	Create Action = iota
	Update
	Unchanged
)

// Label returns the action in Swedish.
func (a Action) Label() string {
	switch a {
	case Create:
		return "Skapas"
	case Update:
		return "Uppdateras"
	}
	return "Oförändrad"
}

// Item is one asset read from the file.
type Item struct {
	Row        int
	Asset      domain.Asset // the values in the file
	Levels     map[domain.Aspect]domain.Level
	Classified domain.Date // date of the decided classification
	NextReview domain.Date
	Comment    string
	// From an Infoklass export: the classification's information types
	// and the threshold analysis.
	Types     []domain.InfoType
	ClassDate domain.Date
	ClassKind domain.ClassificationKind
	DecidedBy string
	Threshold *domain.ThresholdAnalysis

	Action Action
	has    map[field]bool
}

// Preview is what an import would do: the items with their actions and
// every problem found. Nothing is written until Apply.
type Preview struct {
	Sheet     string
	HeaderRow int
	Full      bool    // an Infoklass export: classifications and threshold analyses come along
	Items     []*Item // in file order
	Problems  []Problem
	Ignored   []string // columns not recognised, left out
}

// OK reports whether the file can be imported.
func (p *Preview) OK() bool { return len(p.Problems) == 0 }

// Counts returns how many items each action has.
func (p *Preview) Counts() (create, update, unchanged int) {
	for _, it := range p.Items {
		switch it.Action {
		case Create:
			create++
		case Update:
			update++
		default:
			unchanged++
		}
	}
	return
}

// ErrNotWorkbook is returned for a file that is not an Excel workbook.
var ErrNotWorkbook = errors.New("filen är ingen Excel-arbetsbok (.xlsx) eller är skadad")

// Read reads a workbook and returns the preview of its import, without
// touching any database. sheet picks the sheet; "" takes the list of an
// Infoklass export or else the first sheet.
func Read(r io.Reader, sheet string) (*Preview, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, ErrNotWorkbook
	}
	defer f.Close()
	sheets := f.GetSheetList()
	p := &Preview{}
	has := func(name string) bool {
		for _, s := range sheets {
			if s == name {
				return true
			}
		}
		return false
	}
	switch {
	case sheet != "" && !has(sheet):
		return nil, fmt.Errorf("arbetsboken har inget blad som heter %q (bladen är: %s)", sheet, strings.Join(sheets, ", "))
	case sheet != "":
		p.Sheet = sheet
	case has(SheetList) && has(SheetTypes):
		p.Sheet, p.Full = SheetList, true
	case len(sheets) > 0:
		p.Sheet = sheets[0]
	default:
		return nil, ErrNotWorkbook
	}
	p.Full = p.Full || p.Sheet == SheetList && has(SheetTypes)
	names := []string{p.Sheet}
	if p.Full {
		names = append(names, SheetTypes)
		if has(SheetThreshold) {
			names = append(names, SheetThreshold)
		}
	}
	sheetRows, err := readSheets(f, names)
	if err != nil {
		return nil, err
	}
	p.readList(sheetRows[p.Sheet])
	if p.Full {
		p.readTypes(sheetRows[SheetTypes])
		p.readThresholds(sheetRows[SheetThreshold])
	}
	return p, nil
}

// readSheets reads the rows of the named sheets, each in a goroutine of
// its own: decoding the XML is most of an import's reading time.
func readSheets(f *excelize.File, names []string) (map[string][][]string, error) {
	type result struct {
		name string
		rows [][]string
		err  error
	}
	ch := make(chan result, len(names))
	for _, n := range names {
		go func(n string) {
			rows, err := f.GetRows(n, excelize.Options{RawCellValue: true})
			ch <- result{n, rows, err}
		}(n)
	}
	out := map[string][][]string{}
	var first error
	for range names {
		r := <-ch
		if r.err != nil && first == nil {
			first = fmt.Errorf("läs bladet %s: %w", r.name, r.err)
		}
		out[r.name] = r.rows
	}
	return out, first
}

func (p *Preview) problem(row int, col, format string, args ...any) {
	p.Problems = append(p.Problems, Problem{Sheet: p.Sheet, Row: row, Column: col, Message: fmt.Sprintf(format, args...)})
}

// findHeader returns the index of the first row of rows (among the first
// 30) that names at least two known columns, including the asset's name.
func findHeader(rows [][]string) (int, []field) {
	for i, row := range rows {
		if i >= 30 {
			break
		}
		fields, n := mapHeader(row)
		if n < 2 {
			continue
		}
		for _, f := range fields {
			if f == fName {
				return i, fields
			}
		}
	}
	return -1, nil
}

func (p *Preview) readList(rows [][]string) {
	h, fields := findHeader(rows)
	if h < 0 {
		p.problem(0, "", "hittar ingen rubrikrad. Den första raden med rubriker måste ha en kolumn för namnet (Informationstillgång, System eller Namn) och minst en till, till exempel Informationsägare eller Status.")
		return
	}
	p.HeaderRow = h + 1
	header := rows[h]
	for i, f := range fields {
		if f == fNone && strings.TrimSpace(header[i]) != "" {
			p.Ignored = append(p.Ignored, strings.TrimSpace(header[i]))
		}
	}
	m := domain.DefaultModel()
	seen := map[string]int{}
	for i := h + 1; i < len(rows); i++ {
		row := rows[i]
		if blank(row) {
			continue
		}
		it := &Item{Row: i + 1, Levels: map[domain.Aspect]domain.Level{}, has: map[field]bool{}}
		for c, f := range fields {
			if c >= len(row) || f == fNone || f == fIgnored {
				continue
			}
			v := strings.TrimSpace(row[c])
			if v == "" {
				continue
			}
			if err := it.set(f, v, m); err != nil {
				p.problem(it.Row, strings.TrimSpace(header[c]), "%s", err.Error())
				continue
			}
			it.has[f] = true
		}
		name := domain.NormalizeName(it.Asset.Name)
		if name == "" {
			p.problem(it.Row, headerOf(header, fields, fName), "namn saknas; raden har uppgifter men inget namn på tillgången")
			continue
		}
		key := strings.ToLower(name)
		if first, dup := seen[key]; dup {
			p.problem(it.Row, headerOf(header, fields, fName), "%q finns redan på rad %d", name, first)
			continue
		}
		seen[key] = it.Row
		if it.Asset.Status == domain.StatusCancelled && strings.TrimSpace(it.Asset.StatusReason) == "" {
			if it.Comment != "" {
				it.Asset.StatusReason = it.Comment
			} else {
				p.problem(it.Row, headerOf(header, fields, fStatus), "status Avbruten kräver ett skäl (kolumnen Statusskäl eller Kommentar)")
			}
		}
		if it.Asset.PriorityAdjust != 0 && strings.TrimSpace(it.Asset.PriorityReason) == "" {
			p.problem(it.Row, headerOf(header, fields, fAdjust), "en manuell justering kräver ett skäl")
		}
		if !p.Full && (it.Asset.Status == domain.StatusDecided || it.Asset.Status == domain.StatusReview) && it.Classified.IsZero() {
			p.problem(it.Row, headerOf(header, fields, fStatus), "status %s kräver ett datum i kolumnen Senast klassad", it.Asset.Status.Label())
		}
		if !p.Full && !it.Classified.IsZero() && len(it.Levels) == 0 {
			p.problem(it.Row, headerOf(header, fields, fClassified), "ett klassningsdatum utan nivåer (K, R, T, S) går inte att importera")
		}
		p.Items = append(p.Items, it)
	}
	if len(p.Items) == 0 && len(p.Problems) == 0 {
		p.problem(0, "", "bladet har en rubrikrad men inga rader med tillgångar")
	}
}

func headerOf(header []string, fields []field, f field) string {
	for i, x := range fields {
		if x == f && i < len(header) {
			return strings.TrimSpace(header[i])
		}
	}
	return ""
}

func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// set stores value v of field f in the item, or says what is wrong with it.
func (it *Item) set(f field, v string, m *domain.Model) error {
	a := &it.Asset
	var err error
	switch f {
	case fName:
		a.Name = v
	case fDescription:
		a.Description = v
	case fKind:
		a.Kind, err = parseKind(v)
	case fOwner:
		a.OwnerName = v
	case fOwnerRole:
		a.OwnerRole = v
	case fObject:
		a.ManagementObject = v
	case fSystem:
		a.System = v
	case fSupplier:
		a.Supplier = v
	case fStatus:
		a.Status, err = parseStatus(v)
	case fStatusReason:
		a.StatusReason = v
	case fClassified:
		it.Classified, err = domain.ParseDateLoose(v)
	case fNextReview:
		it.NextReview, err = domain.ParseDateLoose(v)
	case fProcurement:
		a.ProcurementDate, err = domain.ParseDateLoose(v)
	case fK, fR, fT, fS:
		var l domain.Level
		l, err = domain.ParseLevelLoose(v, m)
		it.Levels[domain.AllAspects[f-fK]] = l
	case fComment:
		a.Notes, it.Comment = v, v
	case fPersonal:
		a.PersonalData, err = parseBool(v)
	case fRSA:
		a.RSACritical, err = parseBool(v)
	case fNIS2:
		a.NIS2, err = parseBool(v)
	case fAdjust:
		a.PriorityAdjust, err = strconv.Atoi(strings.TrimPrefix(v, "+"))
		if err != nil {
			err = fmt.Errorf("%q är inget heltal", v)
		}
	case fAdjustReason:
		a.PriorityReason = v
	}
	return err
}

func parseKind(v string) (domain.AssetKind, error) {
	for _, k := range domain.AssetKinds {
		if strings.EqualFold(v, k.Label()) || strings.EqualFold(v, string(k)) {
			return k, nil
		}
	}
	switch strings.ToLower(v) {
	case "e-service", "eservice", "tjänst":
		return domain.KindEService, nil
	case "information", "informationsmängd", "register":
		return domain.KindInformation, nil
	}
	return "", fmt.Errorf("okänd typ %q; ange System, E-tjänst, Process eller Informationsmängd", v)
}

func parseStatus(v string) (domain.Status, error) {
	for _, s := range domain.Statuses {
		if strings.EqualFold(v, s.Label()) || strings.EqualFold(v, string(s)) {
			return s, nil
		}
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "not started", "ny", "ej klassad", "ej startad":
		return domain.StatusNotStarted, nil
	case "planned", "planerat":
		return domain.StatusPlanned, nil
	case "ongoing", "in progress", "pågår", "påbörjad":
		return domain.StatusOngoing, nil
	case "decided", "klar", "klassad", "done", "approved":
		return domain.StatusDecided, nil
	case "review", "uppföljning", "review due":
		return domain.StatusReview, nil
	case "cancelled", "canceled", "stoppad":
		return domain.StatusCancelled, nil
	}
	return "", fmt.Errorf("okänd status %q", v)
}

func parseBool(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "ja", "j", "yes", "y", "x", "1", "sant", "true":
		return true, nil
	case "nej", "n", "no", "0", "falskt", "false", "-":
		return false, nil
	}
	return false, fmt.Errorf("%q är varken Ja eller Nej", v)
}

// SheetNames lists the sheets of a workbook.
func SheetNames(r io.Reader) ([]string, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, ErrNotWorkbook
	}
	defer f.Close()
	return f.GetSheetList(), nil
}
