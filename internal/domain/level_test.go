package domain

import (
	"fmt"
	"testing"
)

func TestLevelValidAndString(t *testing.T) {
	tests := []struct {
		l     Level
		valid bool
		str   string
	}{
		{Unset, false, "–"},
		{1, true, "1"},
		{2, true, "2"},
		{3, true, "3"},
		{4, true, "4"},
		{5, true, "5"},
		{MaxScale + 1, false, "10"},
		{-1, false, "-1"},
	}
	for _, tt := range tests {
		if got := tt.l.Valid(); got != tt.valid {
			t.Errorf("Level(%d).Valid() = %v, want %v", int(tt.l), got, tt.valid)
		}
		if got := DefaultModel().NumberText(tt.l); got != tt.str {
			t.Errorf("NumberText(%d) = %q, want %q", int(tt.l), got, tt.str)
		}
	}
}

func TestAspects(t *testing.T) {
	tests := []struct {
		a     Aspect
		valid bool
		name  string
	}{
		{Confidentiality, true, "Konfidentialitet"},
		{Integrity, true, "Riktighet"},
		{Availability, true, "Tillgänglighet"},
		{Traceability, true, "Spårbarhet"},
		{"X", false, "X"},
		{"k", false, "k"},
		{"", false, ""},
	}
	for _, tt := range tests {
		if got := tt.a.Valid(); got != tt.valid {
			t.Errorf("Aspect(%q).Valid() = %v, want %v", tt.a, got, tt.valid)
		}
		if got := tt.a.Name(); got != tt.name {
			t.Errorf("Aspect(%q).Name() = %q, want %q", tt.a, got, tt.name)
		}
	}
	want := []Aspect{"K", "R", "T", "S"}
	if len(AllAspects) != len(want) {
		t.Fatalf("AllAspects = %v, want %v", AllAspects, want)
	}
	for i, a := range want {
		if AllAspects[i] != a {
			t.Errorf("AllAspects = %v, want %v", AllAspects, want)
		}
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		a    Aspect
		l    Level
		want string
	}{
		{Confidentiality, 3, "K3"},
		{Integrity, 1, "R1"},
		{Availability, 4, "T4"},
		{Traceability, Unset, "S–"},
	}
	for _, tt := range tests {
		if got := DefaultModel().LevelLabel(tt.a, tt.l); got != tt.want {
			t.Errorf("LevelLabel(%s, %d) = %q, want %q", tt.a, int(tt.l), got, tt.want)
		}
	}
}

// TestLevelPrintsAsOrdinal: a Level printed by fmt, with any verb, reads
// "ordinal(N)", never a number a user could take for the model's: only
// the model names a level (KLASSA's K2 is the scale's third level).
func TestLevelPrintsAsOrdinal(t *testing.T) {
	for _, verb := range []string{"%v", "%d", "%s"} {
		if got := fmt.Sprintf(verb, Level(3)); got != "ordinal(3)" {
			t.Errorf("%s of Level(3) = %q", verb, got)
		}
	}
	k, _ := ShippedModel("klassa")
	if got := k.LevelLabel(Confidentiality, 3); got != "K2" {
		t.Errorf("KLASSA names the third level %q, want K2", got)
	}
}
