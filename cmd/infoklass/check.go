package main

import (
	"flag"
	"fmt"
	"io"
)

// runCheck runs SQLite's integrity check and Infoklass's own checks.
func runCheck(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass check", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	if err := parse(fs, args); err != nil {
		return err
	}
	// check damaged.db checks that file, not the default database.
	switch dbSet := flagSet(fs, "db"); {
	case fs.NArg() > 1 || fs.NArg() == 1 && dbSet:
		return fmt.Errorf("check: ange en databas, med -db FIL eller som FIL")
	case fs.NArg() == 1:
		*path = fs.Arg(0)
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	problems, err := svc.Check()
	if err != nil {
		return err
	}
	if len(problems) == 0 {
		fmt.Fprintf(stdout, "%s: inga fel hittades.\n", svc.Path())
		return nil
	}
	fmt.Fprintf(stdout, "%s: %d fel\n", svc.Path(), len(problems))
	for _, p := range problems {
		fmt.Fprintln(stdout, "  "+p)
	}
	return errFailed
}
