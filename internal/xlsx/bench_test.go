package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// exportOf10k is the export of 10,000 assets with five information types
// each, made once for the benchmarks.
func exportOf10k(b *testing.B) []byte {
	b.Helper()
	src := demoDB(b, 10000)
	d, err := Load(src, today)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Export(&buf, d); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkExcelizeRead10k is the yardstick of BenchmarkImport10k:
// excelize alone reading the sheets an import reads.
func BenchmarkExcelizeRead10k(b *testing.B) {
	data := exportOf10k(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		for _, sh := range []string{SheetList, SheetTypes, SheetThreshold, SheetRequirements} {
			if _, err := f.GetRows(sh, excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
		}
		f.Close()
	}
}

// BenchmarkRead10k is the reading part of an import alone.
func BenchmarkRead10k(b *testing.B) {
	data := exportOf10k(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, err := Read(bytes.NewReader(data), "")
		if err != nil || !p.OK() {
			b.Fatal(err)
		}
	}
}

// BenchmarkStream10k is the yardstick of BenchmarkExport10k: the same
// cells streamed with excelize, with no styles, validations or layout.
func BenchmarkStream10k(b *testing.B) {
	data := exportOf10k(b)
	src, _ := excelize.OpenReader(bytes.NewReader(data))
	sheets := map[string][][]string{}
	names := src.GetSheetList()
	for _, sh := range names {
		sheets[sh], _ = src.GetRows(sh)
	}
	src.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := excelize.NewFile()
		for j, sh := range names {
			if j == 0 {
				f.SetSheetName("Sheet1", sh)
			} else {
				f.NewSheet(sh)
			}
			sw, _ := f.NewStreamWriter(sh)
			for r, row := range sheets[sh] {
				cells := make([]any, len(row))
				for c, v := range row {
					cells[c] = v
				}
				cell, _ := excelize.CoordinatesToCellName(1, r+1)
				sw.SetRow(cell, cells)
			}
			sw.Flush()
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}
