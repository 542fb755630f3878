package app

import (
	"errors"
	"fmt"

	"github.com/infoklass/infoklass/internal/domain"
)

var errNotDecided = errors.New("bara en fastställd klassning kan följas upp")

func errUnknownAspect(a domain.Aspect) error { return fmt.Errorf("okänd aspekt %q", a) }

func errOutOfScale(l, max domain.Level) error {
	return fmt.Errorf("nivån %s ligger utanför skalan 1–%s", l, max)
}

var errCopyOntoItself = errors.New("kopian kan inte skrivas över den öppna databasen; välj ett annat filnamn")
