package ui

// The widths of the register's fixed columns, shared by the header and
// the rows so that they line up. The name column takes the rest.
const (
	colStatus = 190 // status and DPIA, truncated with … when longer
	colReview = 118 // next review date
)
