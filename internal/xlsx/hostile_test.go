package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/infoklass/infoklass/internal/domain"
)

// smallBook is a list of three assets written by excelize.
func smallBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	rows(f, "Sheet1", [][]any{
		{"Informationstillgång", "Ägare", "K", "R", "T"},
		{"Lönesystem", "Johan Ek", 2, 3, 2},
		{"Diarium", "Eva Sundberg", 2, 2, 2},
		{"Skolplattform", "Anders Nyström", 3, 2, 2},
	})
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func rows(f *excelize.File, sheet string, rs [][]any) {
	for i, r := range rs {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		r := r
		f.SetSheetRow(sheet, cell, &r)
	}
}

// rezip copies the package data, passing each part through edit.
func rezip(t *testing.T, data []byte, edit func(name string, b []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		w, _ := zw.Create(f.Name)
		w.Write(edit(f.Name, b))
	}
	zw.Close()
	return out.Bytes()
}

// rawPart replaces part name of data with a deflated body that declares
// size bytes and checksum crc.
func rawPart(t *testing.T, data []byte, name string, body []byte, size uint64, crc uint32) []byte {
	t.Helper()
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != name {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			w, _ := zw.Create(f.Name)
			w.Write(b)
			continue
		}
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestCompression)
		fw.Write(body)
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: size})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(comp.Bytes())
	}
	zw.Close()
	return out.Bytes()
}

// TestBrokenXMLRefusesAll: an XML error in the last row of a sheet
// refuses the whole import; nothing of the rows before it is kept.
func TestBrokenXMLRefusesAll(t *testing.T) {
	data := rezip(t, smallBook(t), func(name string, b []byte) []byte {
		if name == "xl/worksheets/sheet1.xml" {
			return bytes.Replace(b, []byte(`<row r="4"`), []byte(`<row r="4"><c r="A4"><v>1</v></row`), 1)
		}
		return b
	})
	p, err := Read(bytes.NewReader(data), "")
	if !errors.Is(err, ErrBrokenXML) || p != nil {
		t.Fatalf("broken sheet: %v, preview %v", err, p)
	}
	if !strings.Contains(err.Error(), "fel i XML vid byte") || !strings.Contains(err.Error(), "importeras inte alls") {
		t.Errorf("message %q", err)
	}
}

func TestDamagedAndEncrypted(t *testing.T) {
	good := smallBook(t)
	sheet := func() []byte {
		zr, _ := zip.NewReader(bytes.NewReader(good), int64(len(good)))
		for _, f := range zr.File {
			if f.Name == "xl/worksheets/sheet1.xml" {
				rc, _ := f.Open()
				b, _ := io.ReadAll(rc)
				return b
			}
		}
		return nil
	}()
	badCRC := rawPart(t, good, "xl/worksheets/sheet1.xml", sheet, uint64(len(sheet)), crc32.ChecksumIEEE(sheet)+1)
	if _, err := Read(bytes.NewReader(badCRC), ""); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "kontrollsumman") {
		t.Errorf("bad checksum: %v", err)
	}
	if _, err := Read(bytes.NewReader(good[:len(good)/2]), ""); !errors.Is(err, ErrDamaged) {
		t.Errorf("truncated zip: %v", err)
	}
	enc := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	enc = append(enc, utf16("EncryptionInfo")...)
	if _, err := Read(bytes.NewReader(enc), ""); !errors.Is(err, ErrEncrypted) || !strings.Contains(err.Error(), "lösenord") {
		t.Errorf("encrypted: %v", err)
	}
	xls := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
	if _, err := Read(bytes.NewReader(xls), ""); !errors.Is(err, ErrOldFormat) {
		t.Errorf("xls: %v", err)
	}
}

// TestZipBomb: a sheet that unpacks to more than the limits is refused
// before it is unpacked, with little memory; one that lies about its
// size is refused as damaged when it passes what it declared.
func TestZipBomb(t *testing.T) {
	good := smallBook(t)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	huge := rawPart(t, good, "xl/worksheets/sheet1.xml", bytes.Repeat([]byte(" "), 1<<20), 6<<30, 0)
	_, err := Read(bytes.NewReader(huge), "")
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("bomb of 6 GB: %v", err)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("refusing the bomb allocated %d MB", grown>>20)
	}
	// Declares 1 kB, unpacks to 1 MB.
	liar := rawPart(t, good, "xl/worksheets/sheet1.xml", bytes.Repeat([]byte(" "), 1<<20), 1024, 0)
	if _, err := Read(bytes.NewReader(liar), ""); !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrBrokenXML) {
		t.Errorf("lying size: %v", err)
	}
	// Cells and rows are counted as they are read.
	lim := DefaultLimits
	lim.Cells = 10
	if _, err := ReadOptions(bytes.NewReader(good), Options{Limits: &lim, Model: domain.DefaultModel()}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("cell limit: %v", err)
	}
	past := rezip(t, good, func(name string, b []byte) []byte {
		if name == "xl/worksheets/sheet1.xml" {
			return bytes.Replace(b, []byte(`</sheetData>`), []byte(`<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>`), 1)
		}
		return b
	})
	if _, err := Read(bytes.NewReader(past), ""); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "Excels sista rad") {
		t.Errorf("row past Excel's last: %v", err)
	}
}

// TestLookAlikeNames: names are NFC-normalised, and an invisible or
// control character is refused, so two look-alikes are not two assets.
func TestLookAlikeNames(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows(f, "Sheet1", [][]any{
		{"Namn", "Ägare"},
		{"Lo\u0308nesystem", "Johan"}, // o + combining diaeresis
		{"Lönesystem", "Johan"},
		{"Dia\u200brium", "Eva"},
	})
	var buf bytes.Buffer
	f.Write(&buf)
	p, err := Read(&buf, "")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, pr := range p.Problems {
		all = append(all, pr.String())
	}
	text := strings.Join(all, "\n")
	if !strings.Contains(text, `rad 3, kolumn Namn: "Lönesystem" finns redan på rad 2`) || !strings.Contains(text, "osynligt tecken (U+200B)") {
		t.Errorf("problems:\n%s", text)
	}
}
