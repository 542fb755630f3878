package app

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/infoklass/infoklass/internal/domain"
	"github.com/infoklass/infoklass/internal/sqlite"
	"github.com/infoklass/infoklass/internal/xlsx"
)

// ImportOptions are the user's choices for reading a workbook. The zero
// value lets the import choose, and ask when it cannot.
type ImportOptions struct {
	Sheet    string            // the sheet to read; "" for the list of an export or the best list
	Map      map[string]string // column header → field key or label, or NotRead
	Levels   string            // another scale, "Låg=1,Medel=2,Hög=3"; never guessed
	Statuses string            // other status words, "Klar=Fastställd"; never guessed
	Hidden   bool              // read hidden rows too
	Forget   bool              // read without the answers remembered from last time
}

// NotRead is the field of a column that is not read, in Swedish.
const NotRead = xlsx.NotRead

// ImportPreview is what importing a workbook would do, for a front end
// to show before the user confirms. Nothing is written until ApplyImport.
type ImportPreview struct {
	File    string        // the workbook's path
	Sheet   string        // the sheet read
	Sheets  []string      // every sheet of the workbook
	Header  int           // the header's row, 1-based
	Full    bool          // an Infoklass export: classifications and threshold analyses come along
	Options ImportOptions // what it was read with

	Create, Update, Unchanged int
	Rows                      []ImportRow    // the rows that change something or have edits not applied, in file order
	Problems                  []string       // every problem, located by sheet, row and column
	Ignored                   []string       // columns that are not read
	Columns                   []ImportColumn // every column of the header and its field
	Fields                    []ImportField  // the fields a column can be mapped to, NotRead first
	Skipped                   []ImportSkip   // rows that are not assets, with the reason
	Notes                     []string       // the sheet chosen; assumptions made in reading values
	Inferred                  []ImportGuess  // columns read by what they hold, each with the reason; a front end says how to change one
	OnlyInDB                  []string       // assets the file does not have: "finns bara i databasen", never deleted
	Remembered                bool           // answers given last time for these headers (mapping, scale, statuses) or this workbook's sheet were used

	// The processings of an export's sheet Behandlingar: how many each
	// action has, and those created or updated, field by field.
	ProcessingCreate, ProcessingUpdate, ProcessingUnchanged int
	Processings                                             []ImportRow

	layout string // the headers as read without a mapping, for remembering one
	data   []byte
	p      *xlsx.Preview
	steps  []domain.ImportStep       // what ApplyImport writes, as planImport planned and checked it
	procs  []sqlite.ImportProcessing // the processings ApplyImport writes, likewise
}

// ImportGuess is a column the import read by its header's words and its
// values rather than by a header it knows: the field it chose and why.
type ImportGuess struct {
	Header string // the column's header text
	Field  string // the field's key, as for -map
	Label  string // the field's Swedish name
	Reason string // Swedish, a whole clause
	Map    string // the -map argument that reads the column otherwise, quoted for a shell, with FÄLT for the field
}

// guesses turns the reader's inferences into the preview's.
func guesses(in []xlsx.Inference) []ImportGuess {
	out := make([]ImportGuess, len(in))
	for i, g := range in {
		out[i] = ImportGuess{Header: g.Header, Field: g.Key, Label: g.Label, Reason: g.Reason, Map: xlsx.ShellQuote(g.Header + "=FÄLT")}
	}
	return out
}

// ImportRow is one row of the workbook that creates or updates an asset,
// or has edits that will not be applied.
type ImportRow struct {
	Row        int
	Name       string
	Action     string // "Skapas", "Uppdateras" or "Oförändrad", in Swedish; translate for display
	Changes    []ImportChange
	NotApplied []ImportChange
}

// ImportChange is one field of a row: old and new text, and for an edit
// that is not applied the reason, in Swedish.
type ImportChange struct {
	Field, Old, New, Reason string
}

// ImportColumn is one column of the sheet and the field it maps to.
type ImportColumn struct {
	Header string
	Field  string // the field's key; "" when not read
	Label  string // the field's label, or NotRead
}

// ImportField is a field a column can be mapped to.
type ImportField struct{ Key, Label string }

// ImportSkip is a row that is not an asset.
type ImportSkip struct {
	Row          int
	Reason, Text string
}

// OK reports whether the workbook can be imported.
func (p *ImportPreview) OK() bool { return len(p.Problems) == 0 }

// PreviewImport reads sheet ("" for the default) of the workbook at path
// and tells what importing it would do against the open database. It
// writes nothing.
func (s *Service) PreviewImport(ctx context.Context, path, sheet string) (*ImportPreview, error) {
	return s.PreviewImportWith(ctx, path, ImportOptions{Sheet: sheet})
}

// PreviewImportWith reads the workbook at path with the choices o. With
// no mapping given, the one chosen last for the same headers is used.
func (s *Service) PreviewImportWith(ctx context.Context, path string, o ImportOptions) (*ImportPreview, error) {
	data, err := xlsx.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return s.previewImport(ctx, path, data, o)
}

// PreviewSheet reads another sheet of the workbook p was read from.
func (s *Service) PreviewSheet(ctx context.Context, p *ImportPreview, sheet string) (*ImportPreview, error) {
	return s.previewImport(ctx, p.File, p.data, ImportOptions{Sheet: sheet, Levels: p.Options.Levels, Statuses: p.Options.Statuses, Hidden: p.Options.Hidden})
}

// PreviewAgain reads the workbook p was read from with other choices,
// such as a column mapped by hand.
func (s *Service) PreviewAgain(ctx context.Context, p *ImportPreview, o ImportOptions) (*ImportPreview, error) {
	return s.previewImport(ctx, p.File, p.data, o)
}

func (s *Service) read(data []byte, o ImportOptions) (*xlsx.Preview, error) {
	xo := xlsx.Options{Sheet: o.Sheet, Map: o.Map, Hidden: o.Hidden, ScaleAs: o.Levels, Model: s.model}
	var err error
	if o.Levels != "" {
		if xo.Levels, err = xlsx.ParseLevelScale(o.Levels, s.model); err != nil {
			return nil, fmt.Errorf("nivåskalan: %w", err)
		}
	}
	if o.Statuses != "" {
		if xo.Statuses, err = xlsx.ParseStatusMap(o.Statuses); err != nil {
			return nil, fmt.Errorf("statusarna: %w", err)
		}
	}
	if err := xlsx.CheckMap(o.Map); err != nil {
		return nil, err
	}
	return xlsx.ReadOptions(bytes.NewReader(data), xo)
}

func (s *Service) previewImport(ctx context.Context, path string, data []byte, o ImportOptions) (*ImportPreview, error) {
	name := filepath.Base(path)
	sheets, err := xlsx.SheetNames(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sheetRemembered := false
	if o.Sheet == "" && !o.Forget {
		o.Sheet = s.rememberedSheet(ctx, sheets)
		sheetRemembered = o.Sheet != ""
	}
	p, err := s.read(data, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	layout, remembered := p.HeaderKey, sheetRemembered
	if !p.Full && len(o.Map) > 0 {
		plain := o
		plain.Map = nil
		if q, err := s.read(data, plain); err == nil {
			layout = q.HeaderKey
		}
	}
	if !p.Full && layout != "" && !o.Forget {
		var used bool
		if o, used, err = s.recall(ctx, layout, o); err != nil {
			return nil, err
		}
		remembered = remembered || used
		if used {
			if p, err = s.read(data, o); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	reg, err := s.importRegister(ctx)
	if err != nil {
		return nil, err
	}
	p.MatchOn(reg, s.model, s.Today())
	out := &ImportPreview{File: path, Sheet: p.Sheet, Sheets: sheets, Header: p.HeaderRow, Full: p.Full, Options: o,
		Ignored: p.Ignored, Notes: p.Notes, Inferred: guesses(p.Inferred), OnlyInDB: p.OnlyInDB, Remembered: remembered, layout: layout, data: data, p: p}
	out.Create, out.Update, out.Unchanged = p.Counts()
	for _, pr := range p.Problems {
		out.Problems = append(out.Problems, pr.String())
	}
	out.ProcessingCreate, out.ProcessingUpdate, out.ProcessingUnchanged = p.ProcessingCounts()
	for _, pr := range p.Processings {
		if pr.Action == xlsx.Unchanged {
			continue
		}
		r := ImportRow{Row: pr.Row, Name: pr.Processing.Name, Action: pr.Action.Label()}
		for _, c := range pr.Changes {
			r.Changes = append(r.Changes, ImportChange{Field: c.Field, Old: c.Old, New: c.New})
		}
		out.Processings = append(out.Processings, r)
	}
	steps, procs, refused := s.planImport(p, reg.Summaries, name)
	out.Problems = append(out.Problems, refused...)
	if len(out.Problems) == 0 {
		out.steps, out.procs = steps, procs
	}
	for _, c := range p.Columns {
		out.Columns = append(out.Columns, ImportColumn{Header: c.Header, Field: c.Key, Label: c.Label})
	}
	for _, f := range xlsx.FieldKeys() {
		out.Fields = append(out.Fields, ImportField{Key: f[0], Label: f[1]})
	}
	for _, sk := range p.Skipped {
		out.Skipped = append(out.Skipped, ImportSkip{Row: sk.Row, Reason: sk.Reason, Text: sk.Text})
	}
	for _, it := range p.Items {
		if it.Action == xlsx.Unchanged && len(it.NotApplied) == 0 {
			continue
		}
		r := ImportRow{Row: it.Row, Name: it.Asset.Name, Action: it.Action.Label()}
		for _, c := range it.Changes {
			r.Changes = append(r.Changes, ImportChange{Field: c.Field, Old: c.Old, New: c.New})
		}
		for _, c := range it.NotApplied {
			r.NotApplied = append(r.NotApplied, ImportChange{Field: c.Field, Old: c.Old, New: c.New, Reason: c.Reason})
		}
		out.Rows = append(out.Rows, r)
	}
	return out, nil
}

// ApplyImport writes what p showed — the steps planImport planned for
// the preview — in one transaction: every row or none. A preview with
// problems writes nothing. A mapping chosen by
// hand is remembered for the next workbook with the same headers.
func (s *Service) ApplyImport(ctx context.Context, p *ImportPreview) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	name := filepath.Base(p.File)
	if !p.OK() { // refused before anything is written, the backup too
		return fmt.Errorf("importera %s: %w", name, xlsx.ErrProblems)
	}
	if any, err := s.db.HasAssets(ctx); err != nil {
		return err
	} else if any { // what the import changes can be undone from the backup
		if _, err := s.db.Backup(ctx, "fore-import"); err != nil {
			return fmt.Errorf("importen gjordes inte: säkerhetskopian före importen kunde inte skrivas: %w", onFile(s.db.Path(), writeBackup, err))
		}
	}
	// The steps the preview planned and checked; the store checks each
	// again, by the same rule, against the register as it stands.
	if err := s.db.ApplyImportAll(ctx, p.steps, p.procs, s.model); err != nil {
		return fmt.Errorf("importera %s: %w", name, onFile(s.db.Path(), writeDatabase, err))
	}
	if !p.Full && p.layout != "" {
		if err := s.remember(ctx, p); err != nil {
			return fmt.Errorf("importen är klar, men valen sparades inte till nästa gång: %w", err)
		}
	}
	return nil
}

// planImport is the one planning function of the preview and the
// apply: the steps the matched preview p writes, each checked by the
// rules the store applies it by (domain.ImportStep.Check, which the
// store calls again in its transaction) against the register's asset of
// its name, and the Swedish problem of every step refused, by sheet and
// row. The preview lists the problems; the apply writes the steps only
// when there are none, so a dry run never disagrees with the import.
func (s *Service) planImport(p *xlsx.Preview, reg []domain.AssetSummary, file string) ([]domain.ImportStep, []sqlite.ImportProcessing, []string) {
	if !p.OK() {
		return nil, nil, nil // the reader's problems are listed already
	}
	steps, err := p.Plan(file, s.model)
	if err != nil {
		return nil, nil, []string{err.Error()}
	}
	byName := make(map[string]*domain.Asset, len(reg))
	for i := range reg {
		byName[strings.ToLower(domain.NormalizeName(reg[i].Asset.Name))] = &reg[i].Asset
	}
	today := s.Today()
	var refused []string
	for i := range steps {
		old := byName[strings.ToLower(domain.NormalizeName(steps[i].Name))]
		if err := steps[i].Check(old, s.model, today); err != nil {
			format, args, _ := Message(err)
			refused = append(refused, fmt.Sprintf("Blad %s, rad %d: %s", p.Sheet, steps[i].Row, fmt.Sprintf(format, args...)))
		}
	}
	procs, more := s.planProcessings(p, today)
	return steps, procs, append(refused, more...)
}

// planProcessings returns the processings the matched preview p creates
// or updates, each checked by the processing rules
// (domain.ValidateProcessing on day today, which the store applies again
// in its transaction), and the Swedish problem of every one refused, by
// sheet and row.
func (s *Service) planProcessings(p *xlsx.Preview, today domain.Date) ([]sqlite.ImportProcessing, []string) {
	rows, err := p.PlannedProcessings()
	if err != nil {
		return nil, []string{err.Error()}
	}
	var out []sqlite.ImportProcessing
	var refused []string
	for _, r := range rows {
		if err := domain.ValidateProcessing(r.Processing, today); err != nil {
			format, args, _ := Message(err)
			refused = append(refused, fmt.Sprintf("Blad %s, rad %d: %s", xlsx.SheetProcessings, r.Row, fmt.Sprintf(format, args...)))
			continue
		}
		out = append(out, sqlite.ImportProcessing{Row: r.Row, Create: r.Action == xlsx.Create, Processing: r.Processing, Assets: r.Assets})
	}
	return out, refused
}

// recall fills in what o leaves open — the column mapping, the words of
// another scale, other status words — with the answers given when a
// workbook with the same headers was last imported. It reports whether
// any was used.
func (s *Service) recall(ctx context.Context, layout string, o ImportOptions) (ImportOptions, bool, error) {
	a, err := s.db.ImportAnswers(ctx, layout)
	if err != nil {
		return o, false, err
	}
	used := false
	if len(o.Map) == 0 && len(a.Map) > 0 && xlsx.CheckMap(a.Map) == nil {
		o.Map, used = a.Map, true
	}
	if o.Levels == "" && a.Levels != "" {
		o.Levels, used = a.Levels, true
	}
	if o.Statuses == "" && a.Statuses != "" {
		o.Statuses, used = a.Statuses, true
	}
	return o, used, nil
}

// remember keeps the answers p was read with for the next workbook with
// the same headers, and the sheet chosen for the next workbook with the
// same sheets.
func (s *Service) remember(ctx context.Context, p *ImportPreview) error {
	a := sqlite.ImportAnswers{Map: p.Options.Map, Levels: p.Options.Levels, Statuses: p.Options.Statuses}
	if err := s.db.SetImportAnswers(ctx, p.layout, a); err != nil {
		return err
	}
	if p.Options.Sheet != "" {
		return s.db.SetImportAnswers(ctx, sheetsLayout(p.Sheets), sqlite.ImportAnswers{Sheet: p.Options.Sheet})
	}
	return nil
}

// sheetsLayout identifies a workbook by its sheets, for remembering the
// sheet chosen in it.
func sheetsLayout(sheets []string) string { return "blad:" + strings.Join(sheets, "|") }

// rememberedSheet returns the sheet chosen when a workbook with these
// sheets was last imported, when it is among them; "" otherwise.
func (s *Service) rememberedSheet(ctx context.Context, sheets []string) string {
	a, err := s.db.ImportAnswers(ctx, sheetsLayout(sheets))
	if err != nil || a.Sheet == "" || !slices.Contains(sheets, a.Sheet) {
		return ""
	}
	return a.Sheet
}

// ForgetImportAnswers forgets the answers remembered for the workbook p
// was read from and reads it again without them.
func (s *Service) ForgetImportAnswers(ctx context.Context, p *ImportPreview) (*ImportPreview, error) {
	if err := s.db.SetImportAnswers(ctx, p.layout, sqlite.ImportAnswers{}); err != nil {
		return nil, err
	}
	if err := s.db.SetImportAnswers(ctx, sheetsLayout(p.Sheets), sqlite.ImportAnswers{}); err != nil {
		return nil, err
	}
	return s.previewImport(ctx, p.File, p.data, ImportOptions{Hidden: p.Options.Hidden, Forget: true})
}
