package xlsx

import (
	"errors"
	"fmt"
)

// Limits bound what an import reads, so that a hostile workbook (a zip
// bomb, a sheet of a billion empty cells, XML nested a million deep) is
// refused before it costs much memory or time. Import never writes
// temporary files.
type Limits struct {
	FileBytes     int64 // the workbook file itself
	PartBytes     int64 // one part (a sheet, the shared strings) unpacked
	TotalBytes    int64 // every part read, unpacked
	Rows          int   // rows of one sheet
	Cells         int   // cells of every sheet read
	Kept          int   // cells with a value plus rows spanned, kept in memory, of every sheet read
	Sheets        int   // sheets of the workbook
	SharedStrings int   // entries of the shared string table
	SharedBytes   int   // text of the shared string table, in bytes
	Depth         int   // elements nested in one another
}

// DefaultLimits are set so that an Infoklass export of some 70,000 assets
// still imports, and every hostile workbook is refused within 300 MB of
// memory; see the README.
// (measured: the export of 10,000 assets with five information types
// each is 7.8 MB, and unpacks to 149 MB, the Krav sheet 98 MB of it, with
// about 2.7 million cells, of which the List and Typer sheets keep 0.8 million).
var DefaultLimits = Limits{
	FileBytes:     512 << 20,
	PartBytes:     2 << 30,
	TotalBytes:    4 << 30,
	Rows:          maxRows,
	Cells:         50_000_000,
	Kept:          6_000_000,
	Sheets:        1_000,
	SharedStrings: 5_000_000,
	SharedBytes:   100 << 20,
	Depth:         64,
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
	ErrEncrypted   = errors.New("arbetsboken är skyddad med lösenord (krypterad); öppna den i Excel, ta bort lösenordet under Arkiv › Info › Skydda arbetsbok och spara den igen")
	ErrOldFormat   = errors.New("filen är i det gamla Excel-formatet (.xls); öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)")
	ErrDamaged     = errors.New("arbetsboken är skadad (zip-arkivet går inte att läsa)")
	ErrBrokenXML   = errors.New("arbetsboken är skadad och importeras inte alls")
	ErrTooLarge    = errors.New("arbetsboken är för stor för att importeras")
	ErrNotFile     = errors.New("det går inte att läsa som en arbetsbok")
)

// count writes n with a space between thousands, as Swedish does:
// 1 048 576.
func count(n int64) string {
	s := fmt.Sprint(n)
	neg := ""
	if n < 0 {
		neg, s = "-", s[1:]
	}
	out := []byte{}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ' ')
		}
		out = append(out, s[i])
	}
	return neg + string(out)
}

// sizes writes a size and its limit so that they differ where they
// differ: in MB with a decimal (3 072,0 MB against 512,0 MB), or in
// bytes when the MB are the same.
func sizes(n, limit int64) (string, string) {
	mb := func(v int64) string {
		whole, tenth := v>>20, (v&(1<<20-1))*10>>20
		return fmt.Sprintf("%s,%d MB", count(whole), tenth)
	}
	a, b := mb(n), mb(limit)
	if a == b {
		return count(n) + " byte", count(limit) + " byte"
	}
	return a, b
}
