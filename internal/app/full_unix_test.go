//go:build unix

package app

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/infoklass/infoklass/internal/domain"
)

// fullTargets are the files the child writes on its nearly full disk,
// by use case.
var fullTargets = []struct{ name, file string }{
	{"list", "lista.xlsx"}, {"supplier", "Ekonomisystem leverantör.xlsx"},
	{"docx", "Ledningens genomgång.docx"}, {"pdf", "Protokoll Ekonomisystem.pdf"}, {"review", "Genomgång.xlsx"},
}

// TestExportsOnAFullDisk runs the export use cases in a child process
// whose files cannot grow beyond 4 KB (RLIMIT_FSIZE, as a full disk:
// EFBIG): each fails with a message that says the disk is full and names
// the file asked for, never its temporary file, and leaves nothing in
// the folder.
func TestExportsOnAFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a child process with a file size limit")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	s, err := Open(db, WithClock(FixedDay(domain.NewDate(2026, 11, 23))))
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.FillDemo(context.Background(), 0))
	s.Close()
	out := filepath.Join(dir, "ut")
	must(t, os.Mkdir(out, 0o755))
	cmd := exec.Command(os.Args[0], "-test.run=^TestFullDiskChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "INFOKLASS_FULL_DB="+db, "INFOKLASS_FULL_OUT="+out)
	b, _ := cmd.CombinedOutput()
	lines := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, "\t"); ok {
			lines[k] = v
		}
	}
	for _, x := range fullTargets {
		msg, ok := lines[x.name]
		if !ok {
			t.Errorf("%s: the child said nothing:\n%s", x.name, b)
			continue
		}
		if !strings.Contains(msg, "disken är full") || !strings.Contains(msg, filepath.Join(out, x.file)) || strings.Contains(msg, ".infoklass-") {
			t.Errorf("%s: %q", x.name, msg)
		}
	}
	if es, _ := os.ReadDir(out); len(es) != 0 {
		t.Errorf("%d files left in the folder: %v", len(es), es)
	}
}

// TestFullDiskChild is run by TestExportsOnAFullDisk.
func TestFullDiskChild(t *testing.T) {
	db, out := os.Getenv("INFOKLASS_FULL_DB"), os.Getenv("INFOKLASS_FULL_OUT")
	if db == "" {
		t.Skip("run by TestExportsOnAFullDisk")
	}
	s, err := Open(db, WithClock(FixedDay(domain.NewDate(2026, 11, 23))))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: 4096, Max: 4096}); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	path := func(i int) string { return filepath.Join(out, fullTargets[i].file) }
	for i, run := range []func() error{
		func() error { _, err := s.ExportList(ctx, path(0), ListOptions{}); return err },
		func() error {
			_, _, err := s.ExportAsset(ctx, path(1), "Ekonomisystem", AssetExport{Supplier: true})
			return err
		},
		func() error { return s.ExportReviewDocx(ctx, path(2), 2026) },
		func() error { _, err := s.ExportProtocolPDF(ctx, path(3), "Ekonomisystem"); return err },
		func() error { return s.ExportReview(ctx, path(4), 2026) },
	} {
		msg := "no error"
		if err := run(); err != nil {
			msg = CLIMessage(err)
		}
		fmt.Printf("%s\t%s\n", fullTargets[i].name, strings.ReplaceAll(msg, "\n", " "))
	}
}
