package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// runProtocol writes the meeting protocol of one asset as a PDF to sign.
func runProtocol(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("infoklass protocol", flag.ContinueOnError)
	path := fs.String("db", defaultDBPath(), "databasfil")
	asset := fs.String("asset", "", "informationstillgången vars protokoll skrivs")
	out := fs.String("o", "", "PDF-fil att skriva, eller en mapp (standard: \"Protokoll – NAMN.pdf\" här)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *asset == "" || fs.NArg() > 0 {
		return fmt.Errorf("protocol: ange informationstillgången med -asset NAMN")
	}
	svc, err := openForReading(*path)
	if err != nil {
		return err
	}
	defer svc.Close()
	target := *out
	if st, err := os.Stat(target); target == "" || err == nil && st.IsDir() {
		file, err := svc.ProtocolPDFFile(*asset)
		if err != nil {
			return fmt.Errorf("protocol: %w", err)
		}
		target = filepath.Join(target, file)
	}
	name, err := svc.ExportProtocolPDF(context.Background(), target, *asset)
	if err != nil {
		return fmt.Errorf("protocol: %w", err)
	}
	fmt.Fprintf(stdout, "Protokollet för %s skrevs till %s\n", name, target)
	return nil
}
