package app

import "github.com/infoklass/infoklass/internal/domain"

// StartVote starts a silent vote on aspect a of information type
// infoTypeID. The votes stay hidden until RevealVote.
func (s *Service) StartVote(infoTypeID int64, a domain.Aspect) (*domain.VoteRound, error) {
	return s.db.StartVote(s.ctx, infoTypeID, a)
}

// CastVote records a participant's level in a vote not yet revealed.
func (s *Service) CastVote(roundID, participantID int64, l domain.Level) error {
	return s.db.CastVote(s.ctx, roundID, participantID, l)
}

// RevealVote shows the votes of a round and returns it with its spread.
func (s *Service) RevealVote(roundID int64) (*domain.VoteRound, error) {
	if err := s.db.RevealVote(s.ctx, roundID); err != nil {
		return nil, err
	}
	return s.db.VoteRound(s.ctx, roundID)
}

// VoteRound returns one round with its votes.
func (s *Service) VoteRound(roundID int64) (*domain.VoteRound, error) {
	return s.db.VoteRound(s.ctx, roundID)
}

// LatestVote returns the newest vote on aspect a of an information type,
// or nil when none was held.
func (s *Service) LatestVote(infoTypeID int64, a domain.Aspect) (*domain.VoteRound, error) {
	return s.db.LatestVote(s.ctx, infoTypeID, a)
}

// Votes returns every vote held in a classification, for the protocol
// and the export.
func (s *Service) Votes(classificationID int64) ([]domain.VoteRound, error) {
	return s.db.Votes(s.ctx, classificationID)
}
