package demo

import (
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

var (
	synthObjects = []string{"Äldreomsorg", "Förskola", "Skola", "Individ- och familjeomsorg", "Stadsmiljö", "Ekonomi", "Personal", "Kommunikation"}
	synthTypes   = []string{"Ärendeanteckningar", "Kontaktuppgifter", "Beslut", "Loggar", "Scheman", "Avtal", "Fakturor", "Statistik"}
	synthOwners  = []string{"Maria Lindqvist", "Anders Berg", "Karin Holm", "Johan Ek", "Eva Sundberg", "Lars Nyberg", "Sofia Ahmed", "Lina Fors"}
)

// synthetic returns the i:th synthetic asset: varied but deterministic,
// with five information types when it has been classified.
func synthetic(i int) asset {
	obj := synthObjects[i%len(synthObjects)]
	d := asset{
		name:      fmt.Sprintf("Testsystem %05d (%s)", i, obj),
		desc:      "Syntetisk tillgång för prestandamätning.",
		kind:      domain.AssetKinds[i%len(domain.AssetKinds)],
		owner:     synthOwners[i%len(synthOwners)],
		ownerRole: "Enhetschef",
		object:    obj,
		system:    fmt.Sprintf("System %d", i),
		supplier:  fmt.Sprintf("Leverantör %d AB", i%97),
		personal:  i%3 != 0,
		rsa:       i%7 == 0,
		nis2:      i%11 == 0,
		state:     state(i % 6),
	}
	if i%5 == 0 {
		d.procureInMonths = 1 + i%12
	}
	if d.state == cancelled {
		d.reason = "Avbruten: systemet avvecklas."
	}
	if d.state == decided || d.state == overdue || d.state == ongoing {
		for j := 0; j < 5; j++ {
			lv := func(k int) domain.Level { return domain.Level(1 + (i+j+k)%4) }
			t := infoType{
				name: synthTypes[(i+j)%len(synthTypes)] + fmt.Sprintf(" %d", j+1),
				desc: "Syntetisk informationstyp.",
				k:    lv(0), r: lv(1), t: lv(2), s: lv(3),
			}
			if j%2 == 0 {
				t.flags = []domain.Flag{domain.FlagPersonal}
				if t.k < 2 {
					t.k = 2
				}
				if t.s < 2 {
					t.s = 2
				}
			}
			d.types = append(d.types, t)
		}
	}
	return d
}
