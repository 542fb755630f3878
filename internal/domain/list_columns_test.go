package domain

import (
	"fmt"
	"testing"
)

func listOf(names ...string) []AssetSummary {
	xs := make([]AssetSummary, len(names))
	for i, n := range names {
		xs[i] = AssetSummary{Asset: Asset{Name: n}, Rank: i + 1, Effective: map[Aspect]Level{}}
	}
	return xs
}

func listNames(xs []AssetSummary) string {
	s := ""
	for _, x := range xs {
		s += x.Asset.Name + " "
	}
	return s
}

func TestSortList(t *testing.T) {
	xs := listOf("Ölkassa", "ärendesystem", "Bygglov", "Åtgärdslista", "Zebra", "")
	SortList(xs, "name", false)
	if got, want := listNames(xs), "Bygglov Zebra Åtgärdslista ärendesystem Ölkassa  "; got != want {
		t.Errorf("by name: %q, want %q (Swedish order, empty last)", got, want)
	}
	SortList(xs, "name", true)
	if got, want := listNames(xs), "Ölkassa ärendesystem Åtgärdslista Zebra Bygglov  "; got != want {
		t.Errorf("by name reversed: %q, want %q (empty still last)", got, want)
	}
	SortList(xs, "rank", false)
	if got, want := listNames(xs), "Ölkassa ärendesystem Bygglov Åtgärdslista Zebra  "; got != want {
		t.Errorf("by rank: %q, want %q", got, want)
	}
}

func TestSortListTiesKeepPriority(t *testing.T) {
	xs := listOf("a", "b", "c", "d")
	xs[0].Effective[Confidentiality] = 2
	xs[1].Effective[Confidentiality] = 4
	xs[2].Effective[Confidentiality] = 2
	// d is unclassified: last both ways.
	SortList(xs, "K", false)
	if got, want := listNames(xs), "b a c d "; got != want {
		t.Errorf("by K: %q, want %q (highest first, ties by rank)", got, want)
	}
	SortList(xs, "K", true)
	if got, want := listNames(xs), "a c b d "; got != want {
		t.Errorf("by K reversed: %q, want %q (ties still by rank)", got, want)
	}
	// now a c b d
	xs[0].Status, xs[1].Status, xs[2].Status, xs[3].Status = StatusDecided, StatusReview, StatusNotStarted, StatusOngoing
	SortList(xs, "status", false)
	if got, want := listNames(xs), "c d b a "; got != want {
		t.Errorf("by status: %q, want %q", got, want)
	}
}

func TestListColumnText(t *testing.T) {
	klassa, ok := ShippedModel("klassa")
	if !ok {
		t.Fatal("no KLASSA model")
	}
	x := AssetSummary{Effective: map[Aspect]Level{Confidentiality: 3}, Asset: Asset{PersonalData: true}}
	k, _ := ListColumnByKey("K")
	if got := k.Text(&x, DefaultModel()); got != "3" {
		t.Errorf("K3 in MSB 1–4 reads %q", got)
	}
	if got := k.Text(&x, klassa); got != "2" {
		t.Errorf("the third level in KLASSA reads %q, want 2", got)
	}
	r, _ := ListColumnByKey("R")
	if got := r.Text(&x, klassa); got != "" {
		t.Errorf("an unset level reads %q", got)
	}
	p, _ := ListColumnByKey("personal")
	if got := p.Text(&x, klassa); got != "Ja" || !p.Label {
		t.Errorf("personal data reads %q (label %v)", got, p.Label)
	}
}

func TestListViewNormalized(t *testing.T) {
	v := ListView{Columns: []string{"owner", "nope", "owner", "K"}, Sort: "gone", Reverse: true}.Normalized()
	if fmt.Sprint(v.Columns) != "[name owner K]" || v.Sort != "" || v.Reverse {
		t.Errorf("normalized to %+v", v)
	}
	if v := (ListView{}).Normalized(); len(v.Columns) != len(DefaultListColumns) {
		t.Errorf("no columns gives %v", v.Columns)
	}
	seen := map[string]bool{}
	for _, c := range ListColumns {
		if seen[c.Key] || c.Header == "" || c.HeaderEN == "" || c.Width <= 0 {
			t.Errorf("column %+v repeated or incomplete", c)
		}
		seen[c.Key] = true
	}
}

// BenchmarkSortList10k sorts a register of 10,000 assets by name, the
// slowest key (Swedish collation).
func BenchmarkSortList10k(b *testing.B) {
	xs := make([]AssetSummary, 10000)
	for i := range xs {
		xs[i] = AssetSummary{Asset: Asset{Name: fmt.Sprintf("Tillgång %05d Ärende", (i*7919)%10000)}, Rank: i + 1,
			Effective: map[Aspect]Level{Confidentiality: Level(i%4 + 1)}}
	}
	work := make([]AssetSummary, len(xs))
	for b.Loop() {
		copy(work, xs)
		SortList(work, "name", false)
		SortList(work, "K", true)
	}
}
