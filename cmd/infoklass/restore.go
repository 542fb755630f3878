package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/infoklass/infoklass/internal/app"
)

// runRestore lists the backups of a database, newest first, or restores
// the one named (by its number in the list, its file name in the backup
// folder, or its path). The current file is kept aside, never deleted,
// and the command says where.
func runRestore(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass restore", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil att återställa")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("restore: ange en säkerhetskopia: infoklass restore [-db FIL] [KOPIA]")
	}
	list, err := app.Backups(*path)
	if err != nil {
		return cliError(err)
	}
	if fs.NArg() == 0 {
		printBackups(stdout, *path, list)
		return nil
	}
	b, err := pickBackup(fs.Arg(0), *path, list)
	if err != nil {
		return err
	}
	kept, err := app.RestoreKept(*path, b.Path)
	if err != nil {
		return cliError(err)
	}
	if b.Time.IsZero() {
		fmt.Fprintf(stdout, "%s är återställd från %s.\n", *path, b.Path)
	} else {
		fmt.Fprintf(stdout, "%s är återställd från säkerhetskopian %s (%s, %s).\n", *path, filepath.Base(b.Path), b.Time.Format("2006-01-02 15:04"), b.Reason)
	}
	if kept != "" {
		fmt.Fprintf(stdout, "Den tidigare filen finns kvar som %s; återställ den på samma sätt om du ångrar dig.\n", kept)
	} else {
		fmt.Fprintln(stdout, "Det fanns ingen tidigare fil att spara undan.")
	}
	return nil
}

// printBackups lists the backups with number, date, reason and size.
func printBackups(w io.Writer, path string, list []app.Backup) {
	if len(list) == 0 {
		fmt.Fprintf(w, "Det finns inga säkerhetskopior av %s i %s.\n", path, app.BackupDir(path))
		return
	}
	fmt.Fprintf(w, "Säkerhetskopior av %s i %s, nyast först:\n", path, app.BackupDir(path))
	for i, b := range list {
		fmt.Fprintf(w, "%4d  %s  %-20s %8s  %s\n", i+1, b.Time.Format("2006-01-02 15:04"), b.Reason, size(b.Size), filepath.Base(b.Path))
	}
	fmt.Fprintf(w, "Återställ en av dem med: infoklass restore -db %q NUMMER (den nuvarande filen sparas undan först).\n", path)
}

// size formats a file size for the list.
func size(n int64) string {
	if n < 1024*1024 {
		return fmt.Sprintf("%d kB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}

// pickBackup finds the backup the user named: a number in the list, a
// file name in the backup folder, or a path.
func pickBackup(arg, path string, list []app.Backup) (app.Backup, error) {
	if n, err := strconv.Atoi(arg); err == nil {
		if n >= 1 && n <= len(list) {
			return list[n-1], nil
		}
		return app.Backup{}, fmt.Errorf("restore: det finns ingen säkerhetskopia nummer %d; visa listan med infoklass restore -db %q", n, path)
	}
	for _, p := range []string{filepath.Join(app.BackupDir(path), arg), arg} {
		if _, err := os.Stat(p); err == nil {
			abs, _ := filepath.Abs(p)
			for _, b := range list {
				if same(b.Path, abs) {
					return b, nil
				}
			}
			return app.Backup{Path: abs}, nil
		}
	}
	return app.Backup{}, fmt.Errorf("restore: hittar ingen säkerhetskopia %q; visa listan med infoklass restore -db %q", arg, path)
}

// same reports whether two paths name one file.
func same(a, b string) bool {
	x, err1 := os.Stat(a)
	y, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(x, y)
}

// cliError is err as a Swedish sentence for the command line.
func cliError(err error) error {
	return errors.New(app.CLIMessage(err))
}
