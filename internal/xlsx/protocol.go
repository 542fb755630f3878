package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// SheetProtocol is the sheet of a meeting protocol.
const SheetProtocol = "Protokoll"

// Protocol is what a meeting protocol records.
type Protocol struct {
	Asset          domain.Asset
	Classification *domain.Classification
	Threshold      *domain.ThresholdAnalysis // nil when none was made
	Processings    []domain.Processing       // the processings of personal data the asset serves, with their DPIAs
	Parked         []domain.ParkedQuestion
	Blockers       []domain.Problem   // what remains before a decision; listed on a draft
	Votes          []domain.VoteRound // the silent votes of the meeting
	Model          *domain.Model      // the database's model
	Made           time.Time          // when the protocol was written, by the service's clock
}

// ExportProtocol writes the meeting record for the information owner to
// sign, print-ready on A4: asset, scope, participants, information types
// with levels and motivations, the result with its reasons, the
// threshold outcome, parked questions, decision and review date.
func ExportProtocol(w io.Writer, p Protocol) error {
	m := p.Model
	f, r, err := newForm(SheetProtocol, m)
	if err != nil {
		return err
	}
	defer f.Close()
	st := r.st
	c := p.Classification
	r.line(st.title, "Protokoll från informationsklassning")
	draft := !c.Decided()
	if draft {
		r.line(st.bold, DraftMark)
		if len(p.Blockers) > 0 {
			r.line(st.text, fmt.Sprintf("Detta återstår innan beslut (%d):", len(p.Blockers)))
			for _, b := range p.Blockers {
				r.line(st.text, "• "+b.Message)
			}
		}
	}
	r.line(0, "")
	r.pair("Informationstillgång", p.Asset.Name)
	r.pair("Informationsägare", joinNonEmpty(p.Asset.OwnerName, p.Asset.OwnerRole, ", "))
	r.pair("Typ av klassning", c.Kind.Label())
	r.pair("Datum", c.Date.String())
	r.pair("Avgränsning", c.Scope)
	var people []string
	for _, x := range c.Participants {
		people = append(people, joinNonEmpty(x.Name, x.Role.Label(), ", "))
	}
	r.pair("Deltagare", strings.Join(people, "\n"))
	r.line(0, "")

	r.line(st.bold, "Informationstyper och nivåer")
	r.types(c)
	r.line(0, "")
	r.normAndVotes(c, p.Votes)
	r.line(st.bold, "Resultat")
	r.result(c, m)
	r.line(0, "")
	r.line(st.bold, "Tröskelanalys")
	if t := p.Threshold; t != nil {
		r.pair("Regelns utfall", t.Outcome().Label())
		r.pair("Beslut", t.FinalDecision().Label())
		if t.DecisionReason != "" {
			r.pair("Skäl", t.DecisionReason)
		}
		if t.DSOOpinion != "" {
			r.pair("Dataskyddsombudets yttrande", t.DSOOpinion)
		}
	} else {
		r.line(st.text, "Ingen tröskelanalys gjordes.")
	}
	r.line(0, "")
	r.line(st.bold, "Parkerade frågor")
	if len(p.Parked) == 0 {
		r.line(st.text, "Inga.")
	}
	for i, q := range p.Parked {
		state := "öppen"
		if q.Resolved {
			state = "löst"
		}
		r.pair(fmt.Sprintf("%d (%s)", i+1, state), q.Text)
	}
	r.line(0, "")
	r.line(st.bold, "Beslut")
	r.pair("Beslutat av", c.DecidedBy)
	r.pair("Beslutsdatum", c.DecidedAt.String())
	r.pair("Nästa uppföljning", c.NextReview.String())
	r.line(0, "")
	r.line(0, "")
	line := strings.Repeat("_", 40)
	r.pair("Underskrift", line)
	r.pair("Namnförtydligande", p.Asset.OwnerName)
	r.pair("Datum", line)

	title, header := "Protokoll: "+p.Asset.Name, ""
	if draft {
		title, header = title+" ("+DraftMark+")", DraftMark
	}
	if err := writeMatrixSheet(f, st, Matrix{Asset: p.Asset, Classification: c, Model: m, Made: p.Made}); err != nil {
		return err
	}
	return finishForm(w, f, SheetProtocol, title, header, p.Made)
}

// normAndVotes writes the norm the classification came from, with its
// departures, and the silent votes with their spread.
func (r *rowWriter) normAndVotes(c *domain.Classification, votes []domain.VoteRound) {
	st := r.st
	if c.Norm != nil {
		r.line(st.bold, "Normerande klassning")
		r.line(st.text, c.Norm.Title()+".")
		devs := domain.NormDeviations(c, c.Norm)
		if len(devs) == 0 {
			r.line(st.text, "Alla nivåer är normens.")
		}
		for _, d := range devs {
			r.line(st.text, d.Text(st.m))
		}
		r.line(0, "")
	}
	if len(votes) > 0 {
		r.line(st.bold, "Tyst röstning")
		names := map[int64]string{}
		for _, t := range c.InfoTypes {
			names[t.ID] = t.Name
		}
		for _, v := range votes {
			what := fmt.Sprintf("%s, %s", names[v.InfoTypeID], v.Aspect.Name())
			text := v.Summary(st.m)
			if v.Revealed {
				text += " (" + v.VotesText(st.m) + ")"
			}
			r.pair(what, text)
		}
		r.line(0, "")
	}
}

// WriteProtocolFile writes the protocol to path, atomically.
func WriteProtocolFile(path string, p Protocol) error {
	return writeAtomic(path, func(w io.Writer) error { return ExportProtocol(w, p) })
}
