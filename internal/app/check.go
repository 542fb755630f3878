package app

// Check runs SQLite's integrity check and Infoklass's own checks, and
// returns every problem found in Swedish.
func (s *Service) Check() ([]string, error) { return s.db.Check(s.ctx) }
