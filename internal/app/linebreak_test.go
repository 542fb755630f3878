package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// TestUseCasesNormaliseLineBreaks: what a screen saves through the use
// cases — an asset's fields, a motivation, the scope, who decided — has
// no line break left in a one-line field and "\n" for every line break
// in a multi-line one, as the import's preview shows it.
func TestUseCasesNormaliseLineBreaks(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	a := &domain.Asset{Name: "Lönesystem\r\n", OwnerName: "Anna\rBerg", System: "Heroma\u2028", Description: "Rad ett\r\nrad två"}
	must(t, s.CreateAsset(a))
	a.Supplier = "CGI\r\nSverige"
	must(t, s.UpdateAsset(a))
	got, err := s.db.AssetByName(ctx, "Lönesystem")
	if err != nil || got.Name != "Lönesystem" || got.OwnerName != "Anna Berg" || got.System != "Heroma" ||
		got.Supplier != "CGI Sverige" || got.Description != "Rad ett\nrad två" {
		t.Fatalf("stored %+v, %v", got, err)
	}
	c := domain.NewClassification(got.ID, s.model, s.Today())
	c.Scope = "Löner\r\noch arvoden"
	c.DecidedBy = "Per\r\nPersson"
	c.InfoTypes = []domain.InfoType{{Name: "Löneuppgifter", Ratings: map[domain.Aspect]domain.Rating{}}}
	must(t, s.db.CreateClassification(ctx, c))
	must(t, s.Rate(c.InfoTypes[0].ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Känsligt\rför den\r\nenskilde"}))
	back, err := s.Classification(c.ID)
	if err != nil || back.Scope != "Löner\noch arvoden" || back.DecidedBy != "Per Persson" ||
		back.InfoTypes[0].Ratings[domain.Confidentiality].Motivation != "Känsligt\nför den\nenskilde" {
		t.Fatalf("stored %q %q %+v, %v", back.Scope, back.DecidedBy, back.InfoTypes, err)
	}
}

// TestUseCasesRefuseBidiInText: what a screen saves of a classification
// — a motivation, an information type's name and description, a
// participant, the scope, who decided, a raise's explanation — is
// refused with a Swedish message naming the field when it holds a bidi
// control, which would show the text reversed; nothing is changed.
func TestUseCasesRefuseBidiInText(t *testing.T) {
	s := newService(t)
	ctx := context.Background()
	a := &domain.Asset{Name: "Lönesystem"}
	must(t, s.CreateAsset(a))
	c := domain.NewClassification(a.ID, s.model, s.Today())
	c.InfoTypes = []domain.InfoType{{Name: "Löneuppgifter", Ratings: map[domain.Aspect]domain.Rating{}}}
	must(t, s.db.CreateClassification(ctx, c))
	typ := c.InfoTypes[0]
	const rlo = "\u202E"
	for _, step := range []struct {
		what, words string
		do          func() error
	}{
		{"motivation", "Fältet Motivering", func() error {
			return s.Rate(typ.ID, domain.Confidentiality, domain.Rating{Level: 3, Motivation: "Känsligt " + rlo + "för den enskilde"})
		}},
		{"type name", "Namnet", func() error { u := typ; u.Name = "Löne" + rlo + "uppgifter"; return s.UpdateInfoType(&u) }},
		{"type description", "Fältet Beskrivning", func() error { u := typ; u.Description = "Lön" + rlo; return s.UpdateInfoType(&u) }},
		{"new type", "Namnet", func() error { return s.AddInfoType(c.ID, &domain.InfoType{Name: "Ny" + rlo}) }},
		{"participant", "Namnet", func() error { return s.AddParticipant(c.ID, &domain.Participant{Name: "Eva " + rlo + "Ek"}) }},
		{"scope", "Fältet Avgränsning", func() error { u := *c; u.Scope = "Hela " + rlo + "systemet"; return s.UpdateClassification(&u) }},
		{"decided by", "Fältet Beslutat av", func() error { u := *c; u.DecidedBy = "Eva " + rlo + "Ek"; return s.UpdateClassification(&u) }},
		{"raise", "Fältet Motivering till höjningen", func() error {
			return s.Raise(c.ID, domain.Availability, &domain.Raise{Level: 3, Reason: domain.RaiseOther, Explanation: "Allt " + rlo + "samlat"})
		}},
	} {
		err := step.do()
		format, args, ok := Message(err)
		if msg := fmt.Sprintf(format, args...); err == nil || !ok || !strings.Contains(msg, step.words) || !strings.Contains(msg, "U+202E") {
			t.Errorf("%s: %v (%q)", step.what, err, msg)
		}
	}
	back, err := s.Classification(c.ID)
	if err != nil || back.Scope != "" || back.DecidedBy != "" || len(back.InfoTypes) != 1 || back.InfoTypes[0].Name != "Löneuppgifter" ||
		len(back.InfoTypes[0].Ratings) != 0 || len(back.Participants) != 0 || len(back.Raises) != 0 {
		t.Errorf("changed: %+v, %v", back, err)
	}
}
