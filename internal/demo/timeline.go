package demo

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// event is one thing a user did in the district's past, at its moment.
type event struct {
	at   time.Time
	what string
	do   func() error
}

// timeline is the district's past, every asset's events together, run
// in the order they happened so that the history is in date order.
type timeline struct{ events []event }

func (tl *timeline) add(at time.Time, what string, do func() error) {
	tl.events = append(tl.events, event{at: at, what: what, do: do})
}

// run does every event in time order (an asset's own in the order
// planned), with the clock set to its moment.
func (tl *timeline) run(ctx context.Context, set func(time.Time)) error {
	sort.SliceStable(tl.events, func(i, j int) bool { return tl.events[i].at.Before(tl.events[j].at) })
	for _, e := range tl.events {
		if err := ctx.Err(); err != nil {
			return err
		}
		set(e.at)
		if err := e.do(); err != nil {
			return fmt.Errorf("demo, %s %s: %w", e.what, e.at.Format("2006-01-02 15:04"), err)
		}
	}
	return nil
}

// moment is hour:minute of day d, local time.
func moment(d domain.Date, hour, minute int) time.Time {
	return time.Date(d.Year(), d.Time().Month(), d.Time().Day(), hour, minute, 0, 0, time.Local)
}

// story is one demo asset as its events write it: the asset and its
// latest classification.
type story struct {
	uc    UseCases
	m     *domain.Model
	d     asset
	today domain.Date
	a     *domain.Asset
	c     *domain.Classification
	// analysed is set once a threshold analysis is made.
	analysed bool
}

// plan adds demo asset d's past and present to the timeline: registered
// at 09:00, a classification meeting started at 09:30 with the threshold
// analysis at 10:00, a status changed at 11:00 and a decision at 15:00.
func (tl *timeline) plan(uc UseCases, m *domain.Model, d asset, today domain.Date) {
	s := &story{uc: uc, m: m, d: d, today: today}
	p := histories[d.name]
	ago := func(months int) domain.Date { return today.AddMonths(-months) }
	tl.add(moment(ago(p.registered), 9, 0), d.name+": registreras", func() error { return s.register(len(p.statuses) == 0) })
	for _, st := range p.statuses {
		st := st
		tl.add(moment(ago(st.months), 11, 0), d.name+": status", func() error {
			reason := ""
			if st.to == domain.StatusCancelled {
				reason = d.reason
			}
			return uc.SetStatus(s.a.ID, st.to, reason)
		})
	}
	if len(d.types) == 0 {
		return
	}
	for i, v := range p.versions {
		first, v := i == 0, v
		tl.add(moment(ago(v.started), 9, 30), d.name+": klassning", func() error { return s.start(first, v.kind) })
		tl.add(moment(ago(v.decide), 15, 0), d.name+": beslut", func() error { return s.decide(ago(v.decide)) })
	}
	th, analysed := thresholds[d.name]
	for _, e := range p.analyses {
		e, t := e, new(*domain.ThresholdAnalysis)
		earlier := th
		earlier.dpia, earlier.dpiaRef = e.dpia, e.dpiaRef
		tl.planAnalysis(s, t, earlier, ago(e.months), ago(e.doneAgo))
	}
	date, first, kind := currentDate(d, today), len(p.versions) == 0, domain.KindFollowUp
	if first {
		kind = domain.KindLocal
	}
	tl.add(moment(date, 9, 30), d.name+": klassning", func() error { return s.start(first, kind) })
	if analysed {
		tl.planAnalysis(s, new(*domain.ThresholdAnalysis), th, date, date.AddMonths(2))
	}
	if d.state == decided || d.state == overdue {
		tl.add(moment(date, 15, 0), d.name+": beslut", func() error { return s.decide(date) })
	}
}

// planAnalysis adds a threshold analysis made on day on as th says, its
// DPIA done on day done when th says it is done.
func (tl *timeline) planAnalysis(s *story, t **domain.ThresholdAnalysis, th threshold, on, done domain.Date) {
	tl.add(moment(on, 10, 0), s.d.name+": tröskelanalys", func() (err error) {
		*t, err = s.analyse(th)
		return err
	})
	if th.dpia == domain.DPIADone {
		tl.add(moment(done, 10, 0), s.d.name+": konsekvensbedömning klar", func() error {
			x := **t
			x.DPIAStatus, x.DPIADate, x.DPIAReference = domain.DPIADone, done, th.dpiaRef
			return s.uc.UpdateThreshold(&x)
		})
	}
}

// register registers the asset, with its status of today when no status
// change is told.
func (s *story) register(withStatus bool) error {
	a := newAsset(s.d, s.today)
	if withStatus {
		a.Status, a.StatusReason = finalStatus(s.d)
	}
	if err := s.uc.CreateAsset(a); err != nil {
		return err
	}
	s.a = a
	return nil
}

// start holds a classification meeting: the first one opens the
// workshop and enters everything, a later one starts a follow-up of the
// decided classification and changes what differs today.
func (s *story) start(first bool, kind domain.ClassificationKind) error {
	var c *domain.Classification
	var err error
	if first {
		c, err = s.uc.StartClassification(s.a.ID)
	} else {
		c, err = s.uc.StartFollowUp(s.c)
	}
	if err != nil {
		return err
	}
	want := content(s.d, s.m, s.a.ID, c.Date)
	if c.Kind != kind || c.Scope != want.Scope {
		c.Kind, c.Scope = kind, want.Scope
		if err := s.uc.UpdateClassification(c); err != nil {
			return err
		}
	}
	if first {
		err = s.enter(c, want)
	} else {
		err = s.amend(c, want)
	}
	if err != nil {
		return err
	}
	s.c, err = s.uc.Classification(c.ID)
	return err
}

// enter writes want into the new classification c as the meeting does:
// participants, information types and their levels, and the raises.
func (s *story) enter(c, want *domain.Classification) error {
	for i := range want.Participants {
		p := want.Participants[i]
		if hasParticipant(c, p.Name) {
			continue // the workshop starts with the owner
		}
		if err := s.uc.AddParticipant(c.ID, &p); err != nil {
			return err
		}
	}
	for _, t := range want.InfoTypes {
		it := domain.InfoType{Name: t.Name, Description: t.Description, Flags: t.Flags}
		if err := s.uc.AddInfoType(c.ID, &it); err != nil {
			return err
		}
		for _, a := range domain.AllAspects {
			if r, ok := t.Ratings[a]; ok {
				if err := s.uc.Rate(it.ID, a, r); err != nil {
					return err
				}
			}
		}
	}
	for _, a := range domain.AllAspects {
		if r, ok := want.Raises[a]; ok {
			if err := s.uc.Raise(c.ID, a, &r); err != nil {
				return err
			}
		}
	}
	return nil
}

// amend changes the levels of follow-up c that differ from want's.
func (s *story) amend(c, want *domain.Classification) error {
	for i, t := range want.InfoTypes {
		if i >= len(c.InfoTypes) {
			break
		}
		for _, a := range domain.AllAspects {
			if have := c.InfoTypes[i].Ratings[a]; have != t.Ratings[a] {
				if err := s.uc.Rate(c.InfoTypes[i].ID, a, t.Ratings[a]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func hasParticipant(c *domain.Classification, name string) bool {
	for _, p := range c.Participants {
		if domain.SameName(p.Name, name) {
			return true
		}
	}
	return false
}

// decide records the owner's decision on the latest classification.
// Without a threshold analysis the group first records its routine
// assessment of the need for a DPIA, as the flags suggest.
func (s *story) decide(on domain.Date) error {
	if want := content(s.d, s.m, s.a.ID, on).Routine; !s.analysed && s.c.Routine.Need == domain.NeedUnassessed && want.Need != domain.NeedUnassessed {
		if err := s.uc.SetRoutine(s.c.ID, want); err != nil {
			return err
		}
	}
	if _, err := s.uc.Decide(s.c.ID, domain.OwnerDecision{By: s.d.owner, At: on}); err != nil {
		return err
	}
	var err error
	s.c, err = s.uc.Classification(s.c.ID)
	return err
}

// analyse makes the threshold analysis of the latest classification as
// th says: the answers, the decision and the DPIA's state (under way
// when it is done later).
func (s *story) analyse(th threshold) (*domain.ThresholdAnalysis, error) {
	t, err := s.uc.StartThreshold(s.a, s.c)
	if err != nil {
		return nil, err
	}
	s.analysed = true
	if th.notApplicable == "" {
		for _, x := range answers(t, th) {
			if err := s.uc.Answer(t.ID, x.id, x.r); err != nil {
				return nil, err
			}
			t.Responses[x.id] = x.r
		}
	}
	t.NotApplicable, t.NotApplicableReason = th.notApplicable != "", th.notApplicable
	t.Decision, t.DecisionReason, t.DSOOpinion = th.decision, th.reason, th.dso
	t.DPIAStatus, t.DPIAReference = th.dpia, th.dpiaRef
	if th.dpia == domain.DPIADone {
		t.DPIAStatus, t.DPIAReference = domain.DPIAOngoing, ""
	}
	return t, s.uc.UpdateThreshold(t)
}
