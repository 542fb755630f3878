package xlsx

import "errors"

// Limits bound what an import reads, so that a hostile workbook (a zip
// bomb, a sheet of a billion empty cells) is refused before it costs
// much memory or time. Import never writes temporary files.
type Limits struct {
	FileBytes  int64 // the workbook file itself
	PartBytes  int64 // one part (a sheet, the shared strings) unpacked
	TotalBytes int64 // every part read, unpacked
	Rows       int   // rows of one sheet
	Cells      int   // cells of every sheet read, and shared strings
}

// DefaultLimits are set so that an Infoklass export of 100,000 assets
// still imports; see the README.
// (measured: the export of 10,000 assets with five information types
// each is 7.8 MB, and unpacks to 149 MB, the Krav sheet 98 MB of it, with
// about 2.7 million cells).
var DefaultLimits = Limits{
	FileBytes:  512 << 20,
	PartBytes:  2 << 30,
	TotalBytes: 4 << 30,
	Rows:       maxRows,
	Cells:      50_000_000,
}

const (
	maxRows      = 1_048_576 // Excel's last row
	maxCols      = 16_384    // Excel's last column, XFD
	maxCellChars = 32_767    // Excel's longest cell text
)

// The errors of a workbook that cannot be read; their texts are Swedish
// and meant for the user.
var (
	ErrNotWorkbook = errors.New("filen är ingen Excel-arbetsbok (.xlsx)")
	ErrEncrypted   = errors.New("arbetsboken är skyddad med lösenord (krypterad); öppna den i Excel, ta bort lösenordet under Arkiv → Info → Skydda arbetsbok och spara den igen")
	ErrOldFormat   = errors.New("filen är i det gamla Excel-formatet (.xls); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)")
	ErrDamaged     = errors.New("arbetsboken är skadad (zip-arkivet går inte att läsa)")
	ErrBrokenXML   = errors.New("arbetsboken är skadad och importeras inte alls")
	ErrTooLarge    = errors.New("arbetsboken är för stor för att importeras")
)
