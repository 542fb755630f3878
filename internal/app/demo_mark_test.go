package app

import (
	"context"
	"path/filepath"
	"testing"
)

// TestDemoIsMarked: a database filled with the demo says so, also after
// it is closed and opened again; an ordinary one does not.
func TestDemoIsMarked(t *testing.T) {
	dir := t.TempDir()
	own, err := Open(filepath.Join(dir, "infoklass.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()
	if demo, err := own.IsDemo(); err != nil || demo {
		t.Fatalf("a new database is a demo: %v, %v", demo, err)
	}
	path := filepath.Join(dir, "demo.db")
	d, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.FillDemo(context.Background(), 0); err != nil {
		t.Fatal(err)
	}
	d.Close()
	d, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if demo, err := d.IsDemo(); err != nil || !demo {
		t.Errorf("the demo database is not marked: %v, %v", demo, err)
	}
}
