package domain

// Status is where an asset's classification stands on the prioritised list.
type Status string

// The statuses of priority.md.
const (
	StatusNotStarted Status = "ej_paborjad"
	StatusPlanned    Status = "planerad"
	StatusOngoing    Status = "pagaende"
	StatusDecided    Status = "faststalld"
	StatusReview     Status = "uppfoljning_kravs"
	StatusCancelled  Status = "avbruten"
)

// Statuses lists every status in display order.
var Statuses = []Status{StatusNotStarted, StatusPlanned, StatusOngoing, StatusDecided, StatusReview, StatusCancelled}

// Label returns the Swedish name of the status.
func (s Status) Label() string {
	switch s {
	case StatusNotStarted, "":
		return "Ej påbörjad"
	case StatusPlanned:
		return "Planerad"
	case StatusOngoing:
		return "Pågående"
	case StatusDecided:
		return "Fastställd"
	case StatusReview:
		return "Uppföljning krävs"
	case StatusCancelled:
		return "Avbruten"
	}
	return string(s)
}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// ClassificationState is what an asset's status depends on in its latest
// classification.
type ClassificationState struct {
	Exists     bool // the asset has a classification at all
	Started    bool // anything is recorded in it
	Decided    bool // the information owner has signed it off
	NextReview Date
}

// State returns what the status of c's asset depends on; nil gives the
// state of an asset without classification.
func (c *Classification) State() ClassificationState {
	if c == nil {
		return ClassificationState{}
	}
	return ClassificationState{Exists: true, Started: c.Started(), Decided: c.Decided(), NextReview: c.NextReview}
}

// DeriveStatus returns an asset's status from its manual status and the
// state of its latest classification on the day today.
//
// A cancelled asset stays cancelled. A decided classification whose
// review date has passed, or that was marked for review by hand, needs
// review. A decided one is decided. An undecided classification with any
// content is ongoing. Otherwise the manual status holds (planned or not
// started).
func DeriveStatus(manual Status, latest ClassificationState, today Date) Status {
	if manual == StatusCancelled {
		return StatusCancelled
	}
	if latest.Exists {
		switch {
		case latest.Decided && !latest.NextReview.IsZero() && latest.NextReview.Before(today):
			return StatusReview
		case latest.Decided && manual == StatusReview:
			return StatusReview
		case latest.Decided:
			return StatusDecided
		case latest.Started:
			return StatusOngoing
		}
	}
	if manual == StatusPlanned || manual == StatusOngoing {
		return manual
	}
	return StatusNotStarted
}
