package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/infoklass/infoklass/internal/domain"
)

// buildBook writes a workbook of the given sheets (each written by its
// function) and shared strings (nil for none) into a zip.
func buildBook(t testing.TB, sheets []func(io.Writer), sst func(io.Writer)) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	part := func(name string, fill func(io.Writer)) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		fill(w)
	}
	text := func(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }
	var wb, rels strings.Builder
	wb.WriteString(`<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`)
	rels.WriteString(`<Relationships>`)
	for i := range sheets {
		fmt.Fprintf(&wb, `<sheet name="Blad%d" sheetId="%d" r:id="rId%d"/>`, i+1, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
	}
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	part("xl/workbook.xml", text(wb.String()))
	part("xl/_rels/workbook.xml.rels", text(rels.String()))
	for i, s := range sheets {
		part(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s)
	}
	if sst != nil {
		part("xl/sharedStrings.xml", sst)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// repeat writes head, n times body, then tail, in large writes.
func repeat(head, body, tail string, n int) func(io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, head)
		if body == "" {
			io.WriteString(w, tail)
			return
		}
		chunk := strings.Repeat(body, max(1, 1<<16/max(1, len(body))))
		per := len(chunk) / len(body)
		for n >= per {
			io.WriteString(w, chunk)
			n -= per
		}
		io.WriteString(w, strings.Repeat(body, n))
		io.WriteString(w, tail)
	}
}

// peakHeap runs f and returns the most heap in use while it ran, in MB,
// sampled with runtime.ReadMemStats, and how long it took.
func peakHeap(f func()) (peakMB uint64, took time.Duration) {
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
	f()
	took = time.Since(start)
	close(done)
	<-sampled
	p := peak.Load()
	if p < base.HeapInuse {
		return 0, took
	}
	return (p - base.HeapInuse) >> 20, took
}

const sheetHead = `<worksheet><sheetData>`
const sheetTail = `</sheetData></worksheet>`

func oneSheet(f func(io.Writer)) []func(io.Writer) { return []func(io.Writer){f} }

// exhaustCases are workbooks made to exhaust memory or time, as found
// under attack; each must be refused (or read) within 300 MB.
func exhaustCases(t testing.TB) []struct {
	name string
	data []byte
	want string // in the message; "" when the workbook may be read
} {
	emptySheet := repeat(sheetHead, "", sheetTail, 0)
	var far []func(io.Writer)
	for range 300 {
		far = append(far, repeat(sheetHead+`<row r="1048576"><c r="A1048576"><v>1</v></c></row>`, "", sheetTail, 0))
	}
	return []struct {
		name string
		data []byte
		want string
	}{
		{"djupt nästlad XML", buildBook(t, oneSheet(repeat(sheetHead+`<row r="1"><c r="A1"><is>`, "<a>", "", 200_000)), nil), "nästlad"},
		{"nästling utan slut", buildBook(t, oneSheet(repeat(sheetHead, "<a>", "", 100_000)), nil), "nästlad"},
		{"nästlade delade texter", buildBook(t, oneSheet(emptySheet), repeat("<sst>", "<si>", "", 12_000)), "inuti en annan"},
		{"49 miljoner tomma delade texter", buildBook(t, oneSheet(emptySheet), repeat("<sst>", "<si/>", "</sst>", 49_000_000)), "delade texter"},
		{"48 miljoner celler", buildBook(t, oneSheet(repeat(sheetHead, `<row>`+strings.Repeat(`<c><v>1</v></c>`, 16_384)+`</row>`, sheetTail, 48_000_000/16_384)), nil), "celler"},
		{"300 blad till rad 1 048 576", buildBook(t, far, nil), "blad"},
	}
}

func TestHostileWorkbooksStayBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("bygger stora arbetsböcker")
	}
	for _, c := range exhaustCases(t) {
		t.Run(c.name, func(t *testing.T) {
			var err error
			mb, took := peakHeap(func() { _, err = ReadOptions(bytes.NewReader(c.data), Options{Model: domain.DefaultModel()}) })
			t.Logf("%d kB zip: %d MB heap, %v: %v", len(c.data)>>10, mb, took, err)
			if mb > 300 {
				t.Errorf("%d MB heap, more than 300 MB", mb)
			}
			if c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}
