package xlsx

import (
	"strings"
	"unicode"
)

// field is a column an import understands.
type field int

const (
	fNone field = iota
	fName
	fDescription
	fKind
	fOwner
	fOwnerRole
	fObject
	fSystem
	fSupplier
	fStatus
	fStatusReason
	fClassified
	fNextReview
	fProcurement
	fK
	fR
	fT
	fS
	fComment
	fPersonal
	fRSA
	fNIS2
	fAdjust
	fAdjustReason
	fIgnored // known export columns that are computed, not read back
)

// synonyms maps normalised header names, Swedish and English, to fields.
// "system" is the asset's name unless another column names the asset.
var synonyms = map[string]field{
	"informationstillgång": fName, "informationstillgang": fName, "tillgång": fName, "namn": fName,
	"name": fName, "asset": fName, "information asset": fName, "systemnamn": fName, "informationsmängd": fName,
	"beskrivning": fDescription, "description": fDescription,
	"typ": fKind, "kind": fKind, "type": fKind,
	"informationsägare": fOwner, "informationsagare": fOwner, "ägare": fOwner, "agare": fOwner,
	"owner": fOwner, "information owner": fOwner,
	"ägarens roll": fOwnerRole, "roll": fOwnerRole, "owner role": fOwnerRole,
	"förvaltningsobjekt": fObject, "objekt": fObject,
	"system":     fSystem,
	"leverantör": fSupplier, "leverantor": fSupplier, "supplier": fSupplier, "vendor": fSupplier,
	"status": fStatus, "statusskäl": fStatusReason, "status reason": fStatusReason,
	"senast klassad": fClassified, "klassad": fClassified, "fastställd": fClassified, "faststalld": fClassified,
	"klassningsdatum": fClassified, "classified": fClassified, "last classified": fClassified,
	"nästa uppföljning": fNextReview, "nasta uppfoljning": fNextReview, "uppföljning": fNextReview,
	"next review": fNextReview, "review date": fNextReview,
	"upphandling": fProcurement, "avtalsslut": fProcurement, "upphandling/licens": fProcurement,
	"licens": fProcurement, "procurement": fProcurement, "contract end": fProcurement, "licensförnyelse": fProcurement,
	"k": fK, "konfidentialitet": fK, "confidentiality": fK,
	"r": fR, "riktighet": fR, "integrity": fR,
	"t": fT, "tillgänglighet": fT, "tillganglighet": fT, "availability": fT,
	"s": fS, "spårbarhet": fS, "sparbarhet": fS, "traceability": fS,
	"kommentar": fComment, "anteckningar": fComment, "kommentarer": fComment, "notes": fComment, "comment": fComment,
	"personuppgifter": fPersonal, "personal data": fPersonal,
	"samhällsviktig (rsa)": fRSA, "samhällsviktig": fRSA, "rsa": fRSA,
	"nis2":              fNIS2,
	"manuell justering": fAdjust, "skäl för justering": fAdjustReason,
	"rang": fIgnored, "poäng": fIgnored, "skäl": fIgnored, "högsta nivå": fIgnored, "tröskelanalys": fIgnored,
	"dpia-status": fIgnored, "planerat kvartal": fIgnored,
}

// normHeader folds a header for lookup: lower case, single spaces, no
// trailing punctuation such as "K:" or "Status *".
func normHeader(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) && r != ')' || unicode.IsSpace(r) })
}

// mapHeader returns the field of each column of a header row, and how
// many columns it recognised.
func mapHeader(row []string) ([]field, int) {
	fields := make([]field, len(row))
	n := 0
	hasName := false
	for i, h := range row {
		fields[i] = synonyms[normHeader(h)]
		if fields[i] != fNone {
			n++
		}
		if fields[i] == fName {
			hasName = true
		}
	}
	if !hasName { // a list that names its assets "System"
		for i, f := range fields {
			if f == fSystem {
				fields[i] = fName
				break
			}
		}
	}
	seen := map[field]bool{}
	for i, f := range fields { // the first of two equal columns wins
		if f != fNone && f != fIgnored && seen[f] {
			fields[i] = fNone
		}
		seen[f] = true
	}
	return fields, n
}
