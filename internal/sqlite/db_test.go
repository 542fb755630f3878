package sqlite

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// openTemp opens a new database in a temporary folder.
func openTemp(t testing.TB) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := Open(path)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func reopen(t *testing.T, db *DB) *DB {
	t.Helper()
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2, err := Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { db2.Close() })
	return db2
}

// fullClassification returns a classification with every kind of content,
// including å/ä/ö, emoji and a 10,000-character motivation.
func fullClassification(assetID int64) *domain.Classification {
	m := domain.DefaultModel()
	c := domain.NewClassification(assetID, m, domain.NewDate(2026, 3, 1))
	c.Kind = domain.KindNormative
	c.Scope = "Hela systemet utom integrationen mot Skatteverket 🔒"
	c.Participants = []domain.Participant{
		{Name: "Åsa Öberg", Role: domain.RoleOwner},
		{Name: "Nils Åberg", Role: domain.RoleISAM},
	}
	c.InfoTypes = []domain.InfoType{
		{Name: "Skyddade adresser", Description: "Skyddad folkbokföring m.m.", Flags: []domain.Flag{domain.FlagPersonal, domain.FlagProtectedIdentity},
			Ratings: map[domain.Aspect]domain.Rating{
				domain.Confidentiality: {Level: 4, Motivation: strings.Repeat("ä", 10000)},
				domain.Integrity:       {Level: 3, Motivation: "Fel adress 😬"},
			}},
		{Name: "Kontaktuppgifter", Ratings: map[domain.Aspect]domain.Rating{
			domain.Availability: {Level: 2, Motivation: "En vecka går"},
		}},
	}
	c.Raises[domain.Availability] = domain.Raise{Level: 3, Reason: domain.RaiseAccumulation, Explanation: "Mycket data"}
	return c
}

func TestMigrationsFromEmpty(t *testing.T) {
	db, _ := openTemp(t)
	v, err := db.SchemaVersion(ctx)
	if err != nil || v != latestVersion() {
		t.Fatalf("schema version %d, %v; want %d", v, err, latestVersion())
	}
	var n int
	if err := db.db.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&n); err != nil || n != len(migrations()) {
		t.Fatalf("%d migrations recorded, %v", n, err)
	}
	var mode string
	db.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
	var fk int
	db.db.QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if fk != 1 {
		t.Error("foreign keys are off")
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func TestAssetRoundTrip(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{
		Name: "  Verksamhetssystem   hemtjänst ", Description: "Dokumentation 📋", Kind: domain.KindSystem,
		OwnerName: "Maria Lindqvist", OwnerRole: "Avdelningschef", ManagementObject: "Äldreomsorg",
		System: "Hemtjänst Plus", Supplier: "Omsorgsdata AB", PersonalData: true, RSACritical: true, NIS2: true,
		ProcurementDate: domain.NewDate(2027, 1, 31), Notes: "Åäö", Status: domain.StatusPlanned,
	}
	if err := db.CreateAsset(ctx, a); err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || a.Name != "Verksamhetssystem hemtjänst" {
		t.Fatalf("created %+v", a)
	}
	db = reopen(t, db)
	got, err := db.Asset(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(stripTimes(*got), stripTimes(*a)) {
		t.Errorf("round trip:\n got %+v\nwant %+v", *got, *a)
	}
	got.Notes = "Ändrad"
	if err := db.UpdateAsset(ctx, got); err != nil {
		t.Fatal(err)
	}
	all, _ := db.Assets(ctx)
	if len(all) != 1 || all[0].Notes != "Ändrad" {
		t.Errorf("assets after update: %+v", all)
	}
}

func stripTimes(a domain.Asset) domain.Asset {
	a.CreatedAt, a.UpdatedAt = time.Time{}, time.Time{}
	return a
}

func TestAssetNames(t *testing.T) {
	db, _ := openTemp(t)
	if err := db.CreateAsset(ctx, &domain.Asset{Name: "Ekonomisystem"}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ekonomisystem", " EKONOMISYSTEM ", "Ekonomisystem\t"} {
		if err := db.CreateAsset(ctx, &domain.Asset{Name: name}); err != ErrDuplicateName {
			t.Errorf("create %q: %v, want ErrDuplicateName", name, err)
		}
	}
	if err := db.CreateAsset(ctx, &domain.Asset{Name: "   "}); err != domain.ErrNameRequired {
		t.Errorf("blank name: %v", err)
	}
	b := &domain.Asset{Name: "Lönesystem"}
	db.CreateAsset(ctx, b)
	b.Name = "EKONOMISYSTEM"
	if err := db.UpdateAsset(ctx, b); err != ErrDuplicateName {
		t.Errorf("rename to a taken name: %v", err)
	}
	// Swedish letters fold too.
	db.CreateAsset(ctx, &domain.Asset{Name: "Åtgärdsregister"})
	if err := db.CreateAsset(ctx, &domain.Asset{Name: "åtgärdsREGISTER"}); err != ErrDuplicateName {
		t.Errorf("å/Å: %v", err)
	}
}

func TestClassificationRoundTrip(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Socialsystemet"}
	db.CreateAsset(ctx, a)
	c := fullClassification(a.ID)
	if err := db.CreateClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	db = reopen(t, db)
	got, err := db.Classification(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	normalize := func(c domain.Classification) domain.Classification {
		c.CreatedAt, c.UpdatedAt = time.Time{}, time.Time{}
		return c
	}
	if !reflect.DeepEqual(normalize(*got), normalize(*c)) {
		t.Errorf("round trip:\n got %+v\nwant %+v", *got, *c)
	}
	latest, err := db.LatestClassification(ctx, a.ID)
	if err != nil || latest.ID != c.ID {
		t.Errorf("latest: %v %v", latest, err)
	}
}

func TestEditsOfAClassification(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Skolplattform"}
	db.CreateAsset(ctx, a)
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.NewDate(2026, 1, 10))
	if err := db.CreateClassification(ctx, c); err != nil {
		t.Fatal(err)
	}
	p := domain.Participant{Name: "Eva", Role: domain.RoleOwner}
	q := domain.Participant{Name: "Nils", Role: domain.RoleISAM}
	must(t, db.AddParticipant(ctx, c.ID, &p))
	must(t, db.AddParticipant(ctx, c.ID, &q))
	p.Name = "Eva Sundberg"
	must(t, db.UpdateParticipant(ctx, &p))
	must(t, db.DeleteParticipant(ctx, q.ID))

	x := domain.InfoType{Name: "Omdömen"}
	y := domain.InfoType{Name: "Närvaro"}
	z := domain.InfoType{Name: "Loggar"}
	for _, it := range []*domain.InfoType{&x, &y, &z} {
		must(t, db.AddInfoType(ctx, c.ID, it))
	}
	must(t, db.SetRating(ctx, x.ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Elevuppgifter"}))
	must(t, db.SetRating(ctx, x.ID, domain.Confidentiality, domain.Rating{Level: 2, Motivation: "Omprövat"}))
	y.Flags = []domain.Flag{domain.FlagPersonal, domain.FlagVulnerable}
	y.Description = "Barns närvaro"
	must(t, db.UpdateInfoType(ctx, &y))
	must(t, db.MoveInfoType(ctx, z.ID, -1)) // x z y
	must(t, db.MoveInfoType(ctx, x.ID, -1)) // at the top: nothing
	must(t, db.DeleteInfoType(ctx, y.ID))
	must(t, db.SetRaise(ctx, c.ID, domain.Confidentiality, &domain.Raise{Level: 4, Reason: domain.RaiseAggregation, Explanation: "Sammanställning"}))
	must(t, db.SetRaise(ctx, c.ID, domain.Integrity, &domain.Raise{Level: 2}))
	must(t, db.SetRaise(ctx, c.ID, domain.Integrity, nil))
	c.Scope = "Allt"
	c.DecidedBy, c.DecidedAt, c.NextReview = "Eva Sundberg", domain.NewDate(2026, 2, 1), domain.NewDate(2027, 2, 1)
	must(t, db.UpdateClassification(ctx, c))

	got, err := db.Classification(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Participants) != 1 || got.Participants[0].Name != "Eva Sundberg" {
		t.Errorf("participants %+v", got.Participants)
	}
	var names []string
	for _, it := range got.InfoTypes {
		names = append(names, it.Name)
	}
	if strings.Join(names, ",") != "Omdömen,Loggar" {
		t.Errorf("information types in order %v, want Omdömen,Loggar", names)
	}
	if r := got.InfoTypes[0].Ratings[domain.Confidentiality]; r.Level != 2 || r.Motivation != "Omprövat" {
		t.Errorf("rating %+v", r)
	}
	if len(got.Raises) != 1 || got.Raises[domain.Confidentiality].Level != 4 {
		t.Errorf("raises %+v", got.Raises)
	}
	if got.Decided() || got.Scope != "Allt" || got.DecidedBy != "Eva Sundberg" || !got.NextReview.Equal(domain.NewDate(2027, 2, 1)) {
		t.Errorf("classification fields %+v (drafting the decision's fields must not decide)", got)
	}
}

func TestInvalidInputIsRefused(t *testing.T) {
	db, _ := openTemp(t)
	if err := db.AddInfoType(ctx, 999, &domain.InfoType{Name: "X"}); err == nil {
		t.Error("information type added to a missing classification")
	}
	if err := db.CreateClassification(ctx, domain.NewClassification(999, domain.DefaultModel(), domain.Today())); err == nil {
		t.Error("classification of a missing asset was stored (foreign key)")
	}
	a := &domain.Asset{Name: "A"}
	db.CreateAsset(ctx, a)
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.Today())
	db.CreateClassification(ctx, c)
	it := domain.InfoType{Name: "T"}
	db.AddInfoType(ctx, c.ID, &it)
	if err := db.SetRating(ctx, it.ID, "X", domain.Rating{Level: 2}); err == nil {
		t.Error("unknown aspect accepted")
	}
	if err := db.SetRating(ctx, it.ID, domain.Integrity, domain.Rating{Level: 5}); err == nil {
		t.Error("level 5 accepted")
	}
	if _, err := db.db.Exec("INSERT INTO ratings (info_type_id, aspect, level) VALUES (12345, 'K', 1)"); err == nil {
		t.Error("foreign key violation accepted by the schema")
	}
	if err := db.UpdateAsset(ctx, &domain.Asset{ID: 4242, Name: "Finns inte"}); err != ErrNotFound {
		t.Errorf("update of a missing asset: %v", err)
	}
}

func TestDeleteAsset(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Gammalt system"}
	db.CreateAsset(ctx, a)
	c := fullClassification(a.ID)
	db.CreateClassification(ctx, c)
	must(t, db.DeleteAsset(ctx, a.ID))
	if _, err := db.Asset(ctx, a.ID); err != ErrNotFound {
		t.Errorf("asset still there: %v", err)
	}
	var n int
	db.db.QueryRow("SELECT count(*) FROM ratings").Scan(&n)
	if n != 0 {
		t.Errorf("%d ratings left after cascade", n)
	}
	h, _ := db.History(ctx, a.ID)
	if len(h) == 0 || h[0].Entity != "asset" || h[0].Field != "deleted" {
		t.Errorf("history after delete: %+v", h)
	}
}

func TestHistory(t *testing.T) {
	db, _ := openTemp(t)
	db.user = "isam"
	a := &domain.Asset{Name: "Diarium"}
	db.CreateAsset(ctx, a)
	a.OwnerName = "Johan"
	must(t, db.UpdateAsset(ctx, a))
	c := domain.NewClassification(a.ID, domain.DefaultModel(), domain.Today())
	db.CreateClassification(ctx, c)
	it := domain.InfoType{Name: "Ärenden"}
	db.AddInfoType(ctx, c.ID, &it)
	must(t, db.SetRating(ctx, it.ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Sekretess"}))
	must(t, db.SetRaise(ctx, c.ID, domain.Confidentiality, &domain.Raise{Level: 4, Reason: domain.RaiseOther, Explanation: "x"}))
	h, err := db.History(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Each change as its label reads in Swedish, with its new value.
	want := map[string]string{
		"Informationsägare":       "Johan",
		"Ärenden: K nivå":         "3",
		"Ärenden: K motivering":   "Sekretess",
		"K höjd till":             "4",
		"Informationstyp tillagd": "Ärenden",
	}
	for _, c := range h {
		format, args := c.Label()
		label := fmt.Sprintf(format, args...)
		if v, ok := want[label]; ok && v == c.New {
			if c.User != "isam" || c.At.IsZero() {
				t.Errorf("change %+v lacks user or time", c)
			}
			delete(want, label)
		}
	}
	if len(want) > 0 {
		t.Errorf("history lacks %v; has %+v", want, h)
	}
}

func TestSummaries(t *testing.T) {
	db, _ := openTemp(t)
	today := domain.NewDate(2026, 11, 23)
	none := &domain.Asset{Name: "A ingen klassning"}
	old := &domain.Asset{Name: "B förfallen"}
	cur := &domain.Asset{Name: "C pågående"}
	for _, a := range []*domain.Asset{none, old, cur} {
		must(t, db.CreateAsset(ctx, a))
	}
	// A decision of the past, taken on its day.
	db.now = func() time.Time { return time.Date(2025, 1, 1, 15, 0, 0, 0, time.Local) }
	c := pastDecidable(old.ID, domain.KindLocal, "2025-01-01", 4)
	c.InfoTypes[0].Ratings[domain.Availability] = domain.Rating{Level: 2, Motivation: "En vecka går"}
	c.Raises[domain.Availability] = domain.Raise{Level: 3, Reason: domain.RaiseAccumulation, Explanation: "Mycket data"}
	must(t, db.CreateClassification(ctx, c))
	must(t, db.Decide(ctx, c.ID, domain.OwnerDecision{By: "Ägare", At: domain.NewDate(2025, 1, 1), NextReview: domain.NewDate(2026, 1, 1)}, db.Model()))
	db.now = time.Now
	must(t, db.CreateClassification(ctx, fullClassification(cur.ID)))
	sums, err := db.Summaries(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 3 {
		t.Fatalf("%d summaries", len(sums))
	}
	if sums[0].Status != domain.StatusNotStarted || sums[0].ClassificationID != 0 {
		t.Errorf("no classification: %+v", sums[0])
	}
	if sums[1].Status != domain.StatusReview || sums[1].Effective[domain.Confidentiality] != 4 || sums[1].Effective[domain.Availability] != 3 {
		t.Errorf("overdue: %+v", sums[1])
	}
	if sums[2].Status != domain.StatusOngoing || sums[2].Overall != 4 || sums[2].Problems == 0 {
		t.Errorf("ongoing: %+v", sums[2])
	}
}

func TestReadOnly(t *testing.T) {
	db, path := openTemp(t)
	a := &domain.Asset{Name: "Läsbar"}
	db.CreateAsset(ctx, a)
	db.Close()
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Fatal("not read-only")
	}
	a.Notes = "ändring"
	if err := ro.UpdateAsset(ctx, a); err != ErrReadOnly {
		t.Errorf("update in read-only mode: %v", err)
	}
	if err := ro.CreateAsset(ctx, &domain.Asset{Name: "Ny"}); err != ErrReadOnly {
		t.Errorf("create in read-only mode: %v", err)
	}
	got, err := ro.Asset(ctx, a.ID)
	if err != nil || got.Notes != "" {
		t.Errorf("read-only read: %+v %v", got, err)
	}
}

func TestSaveCopy(t *testing.T) {
	db, _ := openTemp(t)
	a := &domain.Asset{Name: "Kopierad"}
	db.CreateAsset(ctx, a)
	dst := filepath.Join(t.TempDir(), "kopia.db")
	must(t, db.SaveCopy(ctx, dst))
	if err := db.SaveCopy(ctx, dst); err == nil {
		t.Error("an existing file was overwritten")
	}
	cp, err := Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if got, err := cp.Asset(ctx, a.ID); err != nil || got.Name != "Kopierad" {
		t.Errorf("copy: %+v %v", got, err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
