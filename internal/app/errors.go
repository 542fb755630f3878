package app

import (
	"errors"

	"github.com/infoklass/infoklass/internal/domain"
)

var errNotDecided = errors.New("bara en fastställd klassning kan följas upp")

func errUnknownAspect(a domain.Aspect) error {
	return domain.Refuse("rate.unknown_aspect", "okänd aspekt %q", a)
}

func errOutOfScale(l domain.Level, m *domain.Model) error {
	return domain.Refuse("rate.out_of_scale", "nivån %s ligger utanför skalan %s", m.NumberText(l), m.Range())
}

var errCopyOntoItself = errors.New("kopian kan inte skrivas över den öppna databasen; välj ett annat filnamn")

// errNoClassification is returned by a use case that needs an asset's
// classification when none is given.
var errNoClassification = errors.New("tillgången har ingen klassning än; påbörja en klassning först")

// errDecidedNeedsDecision refuses the status Fastställd for an asset
// whose latest classification is not decided.
var errDecidedNeedsDecision = errors.New("statusen Fastställd följer av ett beslut: tillgången har ingen fastställd klassning. Fastställ klassningen i beslutssteget")
