package xlsx

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

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
	case p.Row == 0 && p.Column != "":
		return fmt.Sprintf("Blad %s, kolumn %s: %s", p.Sheet, p.Column, p.Message)
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
	// From an Infoklass export: the classification's information types,
	// scope and participants, and the threshold analysis.
	Types        []domain.InfoType
	ClassDate    domain.Date
	ClassKind    domain.ClassificationKind
	DecidedBy    string
	Scope        string
	Participants []domain.Participant
	Raises       map[domain.Aspect]domain.Raise
	Routine      domain.RoutineAssessment // the routine DPIA assessment of the export's classification
	Security     domain.SecurityReferral  // its referral to the säkerhetsskyddschef
	Threshold    *domain.ThresholdAnalysis
	Parked       []domain.ParkedQuestion
	Exclusions   map[string]string            // requirement id → why it does not apply
	Fulfilments  map[string]domain.Fulfilment // requirement id → how it is met, other than Ej tillämpligt
	Computed     map[string]string            // the computed columns' cells (Rang, Poäng), by header
	Scaled       bool                         // a level was a word read through the level scale
	blank        uint64                       // the fields whose cell is empty, as bits

	DecidedAt, ReviewAt domain.Date // the decision's dates on the sheet Klassningar

	Action     Action
	Changes    []Change // what Apply writes, field by field (Match fills it)
	NotApplied []Change // what the file changes but Apply does not write, with the reason
	has        map[field]bool
	plan       plan
}

// Change is one field of one asset that differs between the file and
// the database.
type Change struct {
	Field    string // as the file's header names it, or the field's label
	Old, New string
	Reason   string // why it is not applied; empty for a change that is
}

// Column is one column of the sheet read and the field it maps to.
type Column struct {
	Index  int    // 0-based
	Header string // as the file writes it, both rows of a two-row header joined
	Key    string // the field's key for -map ("namn", "K"…); "" when the column is not read
	Label  string // the field's Swedish label, or "läses inte"
}

// Preview is what an import would do: the items with their actions and
// every problem found. Nothing is written until Apply.
type Preview struct {
	Sheet     string
	HeaderRow int
	Full      bool    // an Infoklass export: classifications and threshold analyses come along
	Items     []*Item // in file order
	// Processings are the rows of an export's Behandlingar sheet, in file order.
	Processings []*ProcessingRow
	Problems    []Problem
	Ignored     []string    // columns not recognised, left out
	Columns     []Column    // every column of the header
	HeaderKey   string      // identifies the layout, for remembering a mapping
	Inferred    []Inference // columns mapped by what they hold or refuted by it, with the reason
	Skipped     []Skip      // rows below the header that are not assets
	Notes       []string    // which sheet was chosen and why; assumptions about values
	OnlyInDB    []string    // assets of the database that the file does not have (Match fills it); never deleted
	Scale       map[string]domain.Level
	date1904    bool
	opt         Options
	matched     bool
	today       domain.Date // the day matched on
}

// Options choose what an import reads. The zero Options choose for
// themselves.
type Options struct {
	Sheet    string                   // the sheet to read; "" takes the list of an Infoklass export or the best list
	Map      map[string]string        // header → field key or label ("läses inte" for none), chosen by hand
	Levels   map[string]domain.Level  // another scale's words (folded) → level, given by hand
	ScaleAs  string                   // the scale as the user wrote it, for the levels' motivation
	Statuses map[string]domain.Status // other status words (folded) → status, given by hand
	Hidden   bool                     // read hidden rows too
	Limits   *Limits                  // nil for DefaultLimits
	Model    *domain.Model            // the database's model, whose numbering the levels are read in; required
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

// ErrNoModel is returned by ReadOptions when the options name no model:
// the levels are read in the database's model, which the caller must
// give; there is no default.
var ErrNoModel = errors.New("xlsx: read an import without the database's model (Options.Model is nil)")

// ReadOptions reads a workbook and returns the preview of its import,
// without touching any database, with the choices of o. o.Sheet picks
// the sheet; "" takes the list of an Infoklass export or else the best
// list of the visible sheets. o.Model, the database's model, is
// required.
func ReadOptions(r io.Reader, o Options) (*Preview, error) {
	if o.Model == nil {
		return nil, ErrNoModel
	}
	lim := DefaultLimits
	if o.Limits != nil {
		lim = *o.Limits
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.FileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("läs arbetsboken: %w", err)
	}
	b, err := openBook(data, lim)
	if err != nil {
		return nil, err
	}
	p := &Preview{date1904: b.date1904, opt: o, Scale: o.Levels}
	if o.Sheet != "" {
		s := b.sheet(o.Sheet)
		if s == nil {
			return nil, fmt.Errorf("arbetsboken har inget blad som heter %q (bladen är: %s)", o.Sheet, strings.Join(b.names(), ", "))
		}
		p.Sheet = s.name
		p.Full = s.name == SheetList && b.sheet(SheetTypes) != nil
	} else if b.sheet(SheetList) != nil && b.sheet(SheetTypes) != nil {
		p.Sheet, p.Full = SheetList, true
	}
	if !p.Full {
		g, err := p.chooseSheet(b)
		if err != nil {
			return nil, err
		}
		p.readList(g)
		return p, nil
	}
	names := []string{SheetList, SheetTypes}
	for _, n := range []string{SheetThreshold, SheetRequirements, SheetParked, SheetProcessings} {
		if b.sheet(n) != nil {
			names = append(names, n)
		}
	}
	// Of the requirements, only the rows with an exclusion or a
	// fulfilment are kept: most rows only repeat the catalogue.
	assessed := func(header, cells []string) bool {
		cols := columnsOf(header)
		return cellOf(cells, cols, "Tillämpligt") == "Ej tillämpligt" || cellOf(cells, cols, "Status") != "" ||
			cellOf(cells, cols, "Hur uppfylls kravet") != ""
	}
	grids, err := b.readAll(names, map[string]func(header, cells []string) bool{SheetRequirements: assessed})
	if err != nil {
		return nil, err
	}
	p.readList(grids[SheetList])
	p.readTypes(grids[SheetTypes].rows)
	if g := grids[SheetThreshold]; g != nil {
		p.readThresholds(g.rows)
	}
	if g := grids[SheetParked]; g != nil {
		p.readParked(g.rows)
	}
	if g := grids[SheetRequirements]; g != nil {
		p.readExclusions(g.rows)
	}
	if g := grids[SheetProcessings]; g != nil {
		p.readProcessings(g.rows)
	}
	return p, nil
}

// chooseSheet reads the sheet chosen by hand, or else every visible
// sheet that is not an instruction or cover, and keeps the one whose
// header names most columns. It says which it chose in Notes.
func (p *Preview) chooseSheet(b *book) (*grid, error) {
	if p.Sheet != "" {
		return b.read(b.sheet(p.Sheet))
	}
	var skipped []string
	var best *grid
	bestScore := -1
	for i := range b.sheets {
		s := &b.sheets[i]
		switch {
		case s.hidden:
			skipped = append(skipped, s.name+" (dolt)")
			continue
		case instructionSheet(s.name) && len(b.sheets) > 1:
			skipped = append(skipped, s.name+" (instruktioner)")
			continue
		}
		g, err := b.read(s)
		if err != nil {
			return nil, err
		}
		if score := p.sheetScore(g); score > bestScore {
			best, bestScore, p.Sheet = g, score, s.name
		}
	}
	if best == nil {
		return p.onlyHidden(b)
	}
	if len(b.sheets) > 1 {
		note := fmt.Sprintf("Bladet %s lästes", p.Sheet)
		if len(skipped) > 0 {
			note += "; hoppade över " + strings.Join(skipped, ", ")
		}
		p.Notes = append(p.Notes, note+". Välj ett annat blad om det är fel.")
	}
	return best, nil
}

// sheetScore rates a sheet as the list: the number of columns its
// header names, or 1 for a table whose headers are unknown but whose
// shape is a list's, or 0.
func (p *Preview) sheetScore(g *grid) int {
	if h, ok := findHeader(g, p.handMap()); ok {
		return h.score
	}
	if _, _, ok := findHeaderByShape(g, p.model(), p.date1904); ok {
		return 1
	}
	return 0
}

// onlyHidden chooses among the hidden and instruction sheets of a
// workbook that has no other: the best list among them, named as hidden
// in Notes, so that a list kept on a hidden sheet is never read without
// saying so.
func (p *Preview) onlyHidden(b *book) (*grid, error) {
	var best *grid
	bestScore := -1
	for i := range b.sheets {
		g, err := b.read(&b.sheets[i])
		if err != nil {
			return nil, err
		}
		if score := p.sheetScore(g); score > bestScore {
			best, bestScore, p.Sheet = g, score, b.sheets[i].name
		}
	}
	kind := "instruktioner"
	if s := b.sheet(p.Sheet); s != nil && s.hidden {
		kind = "dolt"
	}
	p.Notes = append(p.Notes, fmt.Sprintf("Arbetsboken har inga andra blad än dolda blad och instruktioner; bladet %s (%s) lästes. Välj ett annat blad om det är fel.", p.Sheet, kind))
	return best, nil
}

// handMap returns the mapping chosen by hand, by folded header.
func (p *Preview) handMap() map[string]field {
	if len(p.opt.Map) == 0 {
		return nil
	}
	out := map[string]field{}
	for h, k := range p.opt.Map {
		if f, ok := fieldByKey(k); ok {
			out[fold(h)] = f
		}
	}
	return out
}

// CheckMap reports the first entry of a mapping by hand whose field is
// unknown.
func CheckMap(m map[string]string) error {
	for h, k := range m {
		if _, ok := fieldByKey(k); !ok {
			var keys []string
			for _, i := range fieldInfos {
				keys = append(keys, i.key)
			}
			return fmt.Errorf("%s=%s: okänt fält %q; fälten är %s eller %q", h, k, k, strings.Join(keys, ", "), NotRead)
		}
	}
	return nil
}

func (p *Preview) problem(row int, col, format string, args ...any) {
	p.Problems = append(p.Problems, Problem{Sheet: p.Sheet, Row: row, Column: col, Message: fmt.Sprintf(format, args...)})
}

// FieldKeys lists the fields a column can be mapped to: key and label.
func FieldKeys() [][2]string {
	out := [][2]string{{"", NotRead}}
	for _, i := range fieldInfos {
		out = append(out, [2]string{i.key, i.label})
	}
	return out
}

func (p *Preview) readList(g *grid) {
	m := p.model()
	h, ok := p.header(g, m)
	if !ok {
		return
	}
	p.HeaderRow = h.row + 1
	p.HeaderKey = headerKey(h.names)
	p.readColumns(g, h)
	r := &listReader{p: p, g: g, m: m, header: h.names, fields: h.fields, nameCol: -1,
		seen: map[string]int{}, unknown: map[field]*valueSet{}}
	for i, f := range h.fields {
		if f == fName {
			r.nameCol = i
		}
	}
	r.rows(h.row + 1)
	r.reportUnknown()
	if len(p.Items) == 0 && len(p.Problems) == 0 {
		p.problem(0, "", "bladet har en rubrikrad men inga rader med tillgångar")
	}
}

// readColumns lists every column of the header with its field, and
// stops the import when columns look like levels but none is read as one.
func (p *Preview) readColumns(g *grid, h header) {
	header, fields := h.names, h.fields
	var levelish []string
	for i, f := range fields {
		name := strings.TrimSpace(header[i])
		if name == "" {
			continue
		}
		col := Column{Index: i, Header: name, Label: NotRead}
		switch f {
		case fNone:
			p.Ignored = append(p.Ignored, name)
			if looksLikeLevel(name) || levelValues(g, h.row, i) {
				levelish = append(levelish, name)
			}
		case fIgnored:
			col.Label = "beräknas, läses inte tillbaka"
		default:
			col.Key, col.Label = f.info().key, f.info().label
		}
		p.Columns = append(p.Columns, col)
	}
	hasLevel := hasField(fields, fK) || hasField(fields, fR) || hasField(fields, fT) || hasField(fields, fS)
	if len(levelish) > 0 && !hasLevel {
		p.problem(0, "", "kolumnerna %s ser ut att vara nivåer, men ingen av dem läses som K, R, T eller S. Ange vilken aspekt varje kolumn är (i förhandsgranskningen, eller med -map %s), eller att den inte ska läsas (-map %s); inget importeras förrän det är valt.",
			quoteList(levelish), ShellQuote(levelish[0]+"=K"), ShellQuote(levelish[0]+"="+NotRead))
	}
}

// listReader reads the rows of a list below its header.
type listReader struct {
	p       *Preview
	g       *grid
	m       *domain.Model
	header  []string
	fields  []field
	nameCol int
	seen    map[string]int // name key → row, for duplicates
	unknown map[field]*valueSet
	outside map[field]*valueSet // numbers in a level column below the model's lowest, as a 0 in MSB 1–4
}

// rows reads every row from first on: skipped rows with the reason,
// assets as items.
func (r *listReader) rows(first int) {
	p, g := r.p, r.g
	blankSeen, ended := false, ""
	for i := first; i < len(g.rows); i++ {
		row := g.rows[i]
		if blank(row) {
			if len(p.Items) > 0 {
				blankSeen = true
			}
			continue
		}
		if g.hiddenRow(i) && !p.opt.Hidden {
			p.Skipped = append(p.Skipped, Skip{Row: i + 1, Reason: "dold rad; importeras bara om dolda rader väljs", Text: firstText(row)})
			continue
		}
		if ended != "" {
			p.Skipped = append(p.Skipped, Skip{Row: i + 1, Reason: ended, Text: firstText(row)})
			continue
		}
		if why := rowSkip(g, i, row, r.nameCol, r.fields, blankSeen); why != "" {
			p.Skipped = append(p.Skipped, Skip{Row: i + 1, Reason: why, Text: firstText(row)})
			if blankSeen {
				ended = fmt.Sprintf("under tabellen (efter raden %d)", i+1)
			}
			continue
		}
		it := &Item{Row: i + 1, Levels: map[domain.Aspect]domain.Level{}, has: map[field]bool{}}
		r.cells(it, i, row)
		if r.check(it) {
			p.Items = append(p.Items, it)
		}
	}
}

// cells reads the cells of row i into it.
func (r *listReader) cells(it *Item, i int, row []string) {
	p, m := r.p, r.m
	for c, f := range r.fields {
		col := strings.TrimSpace(r.header[c])
		if e := r.g.errAt(i, c); e != "" && f != fNone && f != fIgnored {
			p.problem(it.Row, col, "cellen %s innehåller felvärdet %s (en formel som inte går att räkna ut). Rätta eller töm cellen i Excel och importera igen; värdet gissas inte.",
				cellName(c, i), e)
			continue
		}
		if c >= len(row) || f == fNone {
			continue
		}
		v := strings.TrimSpace(row[c])
		if f == fIgnored {
			if it.Computed == nil {
				it.Computed = map[string]string{}
			}
			it.Computed[col] = v
			continue
		}
		if v == "" {
			it.blank |= 1 << uint(f) // named by the preview where the register has a value
			continue
		}
		note, err := it.set(f, v, m, p)
		if err != nil {
			if f == fStatus || f >= fK && f <= fS {
				if _, lerr := domain.ParseLevelLoose(v, m); f == fStatus || !isNumber(v) || lerr == nil {
					if r.unknown[f] == nil {
						r.unknown[f] = &valueSet{col: col}
					}
					r.unknown[f].add(v, i+1)
					continue
				}
				if n, whole := wholeNumber(v); whole && n < m.Number(1) { // a 0 in MSB 1–4: another numbering?
					if r.outside == nil {
						r.outside = map[field]*valueSet{}
					}
					if r.outside[f] == nil {
						r.outside[f] = &valueSet{col: col}
					}
					r.outside[f].add(v, i+1)
					continue
				}
			}
			p.problem(it.Row, col, "%s", err.Error())
			continue
		}
		if note != "" {
			p.Notes = append(p.Notes, fmt.Sprintf("Rad %d, %s: %s", it.Row, col, note))
		}
		it.has[f] = true
	}
}

// check names the row's problems: a missing, invalid or repeated name, a
// status or adjustment without its reason, a date without levels. It
// reports whether the row is an asset to import.
func (r *listReader) check(it *Item) bool {
	p, header, fields := r.p, r.header, r.fields
	name := norm.NFC.String(domain.NormalizeName(it.Asset.Name))
	if name == "" {
		p.problem(it.Row, headerOf(header, fields, fName), "namn saknas; raden har uppgifter men inget namn på tillgången")
		return false
	}
	if err := checkName(it.Asset.Name); err != nil {
		p.problem(it.Row, headerOf(header, fields, fName), "%s", err)
		return false
	}
	it.Asset.Name = name
	key := strings.ToLower(name)
	if first, dup := r.seen[key]; dup {
		p.problem(it.Row, headerOf(header, fields, fName), "%q finns redan på rad %d", name, first)
		return false
	}
	r.seen[key] = it.Row
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
	if !p.Full && !it.Classified.IsZero() && len(it.Levels) == 0 && len(r.unknown) == 0 {
		p.problem(it.Row, headerOf(header, fields, fClassified), "ett klassningsdatum utan nivåer (K, R, T, S) går inte att importera")
	}
	return true
}

// reportUnknown stops the import on level words and statuses that are
// not known, naming them and the option that says what they mean.
func (r *listReader) reportUnknown() {
	p, m := r.p, r.m
	levels := &valueSet{}
	var cols []string
	for _, f := range []field{fK, fR, fT, fS} {
		if u := r.unknown[f]; u != nil {
			cols = append(cols, u.col)
			for i, w := range u.words {
				levels.add(w, u.at[min(i, len(u.at)-1)])
			}
			levels.at = mergeRows(levels.at, u.at)
		}
	}
	if len(cols) > 0 {
		p.problem(0, strings.Join(cols, ", "), "värdena %s (%s) är inga nivåer %s i modellen. En annan skala gissas inte; ange vad varje ord motsvarar, till exempel -levels %s.",
			quoteList(levels.words), levels.rows(), m.Range(), ShellQuote(exampleScale(levels.words, m)))
	}
	r.reportOutside()
	if u := r.unknown[fStatus]; u != nil {
		p.problem(0, u.col, "okända statusar %s (%s). Statusen gissas inte; ange vad orden betyder, till exempel -status %s. Statusarna är %s.",
			quoteList(u.words), u.rows(), ShellQuote(u.words[0]+"=Fastställd"), statusNames())
	}
}

// cellName names the cell at 0-based column c and row r: "C5".
func cellName(c, r int) string {
	name, _ := excelize.CoordinatesToCellName(c+1, r+1)
	return name
}

// valueSet collects the unknown words of one column and their rows.
type valueSet struct {
	col   string
	words []string
	at    []int
}

func (s *valueSet) add(v string, row int) {
	found := false
	for _, w := range s.words {
		if fold(w) == fold(v) {
			found = true
		}
	}
	if !found {
		s.words = append(s.words, v)
	}
	s.at = append(s.at, row)
}

func (s *valueSet) rows() string {
	var parts []string
	for i, r := range s.at {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("och %d till", len(s.at)-5))
			break
		}
		parts = append(parts, strconv.Itoa(r))
	}
	return "rad " + strings.Join(parts, ", ")
}

// scaleRank orders the words of common scales from low to high.
var scaleRank = map[string]int{"lag": 1, "l": 1, "low": 1, "medel": 2, "m": 2, "medium": 2, "mellan": 2,
	"hog": 3, "h": 3, "high": 3, "mycket hog": 4, "very high": 4, "kritisk": 4}

// exampleScale suggests a mapping of words to 1, 2, 3… in their usual
// order, as an example only: the user confirms it.
func exampleScale(words []string, m *domain.Model) string {
	w := append([]string(nil), words...)
	sort.SliceStable(w, func(i, j int) bool { return scaleRank[fold(w[i])] < scaleRank[fold(w[j])] })
	var parts []string
	for i, x := range w {
		if i < 4 {
			parts = append(parts, x+"="+m.NumberText(domain.Level(i+1)))
		}
	}
	return strings.Join(parts, ",")
}

// mergeRows returns the sorted union of two row lists.
func mergeRows(a, b []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, r := range append(append([]int(nil), a...), b...) {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	sort.Ints(out)
	return out
}

func quoteList(words []string) string {
	var q []string
	for _, w := range words {
		q = append(q, strconv.Quote(w))
	}
	return strings.Join(q, ", ")
}

// ShellQuote quotes s for a POSIX shell, as the user would type it in
// the examples of -map.
func ShellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// levelValues reports whether the column's cells below the header look
// like levels: most filled cells are 1–4, K3, L/M/H or Låg/Medel/Hög.
func levelValues(g *grid, h, c int) bool {
	n, like := 0, 0
	for i := h + 1; i < len(g.rows) && n < 50; i++ {
		if c >= len(g.rows[i]) || strings.TrimSpace(g.rows[i][c]) == "" {
			continue
		}
		n++
		switch fold(g.rows[i][c]) {
		case "1", "2", "3", "4", "k1", "k2", "k3", "k4", "l", "m", "h", "lag", "medel", "hog", "mycket hog", "low", "medium", "high":
			like++
		}
	}
	return n >= 2 && like*4 >= n*3
}

func firstText(row []string) string {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return trimText(c)
		}
	}
	return ""
}

// checkName refuses names with control or invisible characters, so that
// two names that look alike cannot become two assets.
func checkName(s string) error {
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			return fmt.Errorf("namnet %q innehåller ett osynligt tecken (U+%04X); skriv om namnet", s, r)
		case unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r':
			return fmt.Errorf("namnet %q innehåller ett styrtecken (U+%04X)", s, r)
		}
	}
	return nil
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

// set stores value v of field f in the item, or says what is wrong with
// it; note states an assumption made in reading it.
func (it *Item) set(f field, v string, m *domain.Model, p *Preview) (note string, err error) {
	a := &it.Asset
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
		a.Status, err = readStatus(v, p.opt.Statuses)
	case fStatusReason:
		a.StatusReason = v
	case fClassified:
		it.Classified, note, err = readDate(v, p.date1904)
	case fNextReview:
		it.NextReview, note, err = readDate(v, p.date1904)
	case fProcurement:
		a.ProcurementDate, note, err = readDate(v, p.date1904)
	case fK, fR, fT, fS:
		var l domain.Level
		l, err = readLevel(v, m, p.opt.Levels)
		it.Levels[domain.AllAspects[f-fK]] = l
		if _, ok := p.opt.Levels[fold(v)]; ok {
			it.Scaled = true // a word read through the level scale
		}
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
	return note, err
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

func parseBool(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "ja", "j", "yes", "y", "x", "1", "sant", "true":
		return true, nil
	case "nej", "n", "no", "0", "falskt", "false", "-":
		return false, nil
	}
	return false, fmt.Errorf("%q är varken Ja eller Nej", v)
}

// SheetNames lists the sheets of a workbook, hidden ones too.
func SheetNames(r io.Reader) ([]string, error) {
	data, err := io.ReadAll(io.LimitReader(r, DefaultLimits.FileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("läs arbetsboken: %w", err)
	}
	b, err := openBook(data, DefaultLimits)
	if err != nil {
		return nil, err
	}
	return b.names(), nil
}

// model returns the model the levels are read in: the database's, given
// in the options (ReadOptions refuses options without one).
func (p *Preview) model() *domain.Model { return p.opt.Model }

// wholeNumber reads v as a whole number ("0", "5", "3.0").
func wholeNumber(v string) (int, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f != float64(int(f)) {
		return 0, false
	}
	return int(f), true
}

// reportOutside stops the import on numbers in level columns below the
// model's lowest (a 0 in MSB 1–4): the list may be kept in another
// numbering, such as KLASSA's 0–4, and that is never guessed. The
// question names the numbers, their rows and the answer that reads the
// list one step up, as a KLASSA list in MSB 1–4. A number above the
// scale is a problem of its cell.
func (r *listReader) reportOutside() {
	p, m := r.p, r.m
	nums := &valueSet{}
	var cols []string
	for _, f := range []field{fK, fR, fT, fS} {
		if u := r.outside[f]; u != nil {
			cols = append(cols, u.col)
			for i, w := range u.words {
				nums.add(w, u.at[min(i, len(u.at)-1)])
			}
			nums.at = mergeRows(nums.at, u.at)
		}
	}
	if len(cols) == 0 {
		return
	}
	low := m.Number(1)
	for _, w := range nums.words {
		if n, _ := wholeNumber(w); n < low {
			low = n
		}
	}
	shift := m.Number(1) - low // numbers below the model's: read them that many steps up
	var example []string
	for l := domain.Level(1); l <= m.MaxLevel() && shift > 0; l++ {
		example = append(example, strconv.Itoa(m.Number(l)-shift)+"="+m.NumberText(l))
	}
	answer := "ange vad varje tal betyder med -levels, eller rätta cellerna"
	if len(example) > 0 {
		answer = fmt.Sprintf("om listan är förd i en numrering som börjar på %d, som KLASSA:s 0–4, ange -levels %s; annars ange vad varje tal betyder med -levels, eller rätta cellerna",
			low, ShellQuote(strings.Join(example, ",")))
	}
	p.problem(0, strings.Join(cols, ", "), "värdena %s (%s) finns inte i modellen %s, som numrerar nivåerna %s. Numreringen gissas inte: %s.",
		quoteList(nums.words), nums.rows(), m.Name, m.Range(), answer)
}
