package xlsx

import (
	"fmt"
	"io"
	"strings"
)

// sharedStrings is the shared string table of a workbook, kept as one
// string and the end of each entry in it, so that millions of entries
// cost four bytes each rather than a string header and an allocation.
type sharedStrings struct {
	text string
	ends []uint32
}

func (t *sharedStrings) len() int { return len(t.ends) }

// at returns entry i, which must be below len.
func (t *sharedStrings) at(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.text[start:t.ends[i]]
}

// readSharedStrings reads the shared string table, if any, with the
// strict scanner: an entry inside another, or phonetic runs (<rPh>, the
// reading of Japanese text), are not part of the text; a table longer
// or deeper than the limits is refused.
func (b *book) readSharedStrings() error {
	name := "xl/sharedStrings.xml"
	if b.files[name] == nil {
		return nil
	}
	rc, err := b.open(name)
	if err != nil {
		return err
	}
	if err := b.scanSharedStrings(name, newScannerDepth(rc, b.lim.Depth)); err != nil {
		rc.Close()
		return err
	}
	return drain(name, rc)
}

func (b *book) scanSharedStrings(name string, x *xmlScanner) error {
	var all strings.Builder
	var ends []uint32
	in, inT, phonetic, entry := false, false, 0, 0
	for {
		err := x.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return scanErr(name, err)
		}
		switch x.kind {
		case tokStart:
			switch string(x.name) {
			case "si":
				if in {
					return fmt.Errorf("%w: %s har en delad text inuti en annan", ErrBrokenXML, name)
				}
				in, entry = true, all.Len()
			case "t":
				inT = in && phonetic == 0
			case "rPh":
				phonetic++
			}
		case tokEnd:
			switch string(x.name) {
			case "si":
				if len(ends) >= b.lim.SharedStrings {
					return fmt.Errorf("%w: arbetsboken har fler delade texter än gränsen %s", ErrTooLarge, count(int64(b.lim.SharedStrings)))
				}
				ends = append(ends, uint32(all.Len()))
				in = false
			case "t":
				inT = false
			case "rPh":
				phonetic--
			}
		case tokText:
			if !inT {
				continue
			}
			if all.Len()-entry+len(x.text) > maxCellChars*4 {
				return fmt.Errorf("%w: en text i %s är längre än Excels %s tecken", ErrTooLarge, name, count(maxCellChars))
			}
			if all.Len()+len(x.text) > b.lim.SharedBytes {
				return fmt.Errorf("%w: de delade texterna är längre än gränsen %s MB", ErrTooLarge, count(int64(b.lim.SharedBytes>>20)))
			}
			all.Write(x.text)
		}
	}
	b.sst = sharedStrings{text: all.String(), ends: ends}
	return nil
}

// scanErr turns an error of the scanner reading part name into the
// error to return.
func scanErr(name string, err error) error {
	if xe, ok := err.(*errXML); ok {
		return fmt.Errorf("%w: %s har ett %s", ErrBrokenXML, name, xe.Error())
	}
	return decodeErr(name, err)
}
