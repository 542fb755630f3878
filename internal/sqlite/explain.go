package sqlite

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// errClass is what kind of trouble an error from the system or SQLite is.
type errClass int

const (
	classNone       errClass = iota // not one of the classes below
	classFull                       // the disk (or the user's quota) is full
	classPermission                 // not allowed to read or write
	classNotFound                   // no such file or folder
	classLoop                       // symbolic links that point at each other
	classReadOnly                   // the file or file system cannot be written
	classBusy                       // another program holds the database
	classIO                         // the disk or network failed
	classCorrupt                    // SQLite found the file damaged
	classLongName                   // the path is too long
)

// SQLite's primary result codes.
const (
	sqlitePerm     = 3
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteAuth     = 23
	sqliteNotADB   = 26
)

// classify finds the class of err: from the operating system's error
// number, SQLite's result code, and as a last resort the English text of
// an error that was wrapped with %v.
func classify(err error) errClass {
	if err == nil {
		return classNone
	}
	if errors.Is(err, ErrReadOnly) {
		return classReadOnly
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		if c := errnoClass(en); c != classNone {
			return c
		}
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return classNotFound
	case errors.Is(err, fs.ErrPermission):
		return classPermission
	}
	var se interface{ Code() int }
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteFull:
			return classFull
		case sqlitePerm, sqliteAuth:
			return classPermission
		case sqliteReadOnly:
			return classReadOnly
		case sqliteBusy, sqliteLocked:
			return classBusy
		case sqliteCorrupt, sqliteNotADB:
			return classCorrupt
		case sqliteCantOpen:
			return classNotFound
		case sqliteIOErr:
			if strings.Contains(err.Error(), "no space") {
				return classFull
			}
			return classIO
		}
	}
	for _, t := range textClasses {
		if strings.Contains(strings.ToLower(err.Error()), t.text) {
			return t.class
		}
	}
	return classNone
}

// textClasses recognise errors that reached us only as text.
var textClasses = []struct {
	text  string
	class errClass
}{
	{"database or disk is full", classFull},
	{"no space left on device", classFull},
	{"disk quota exceeded", classFull},
	{"file too large", classFull},
	{"too many levels of symbolic links", classLoop},
	{"too many links", classLoop}, // filepath.EvalSymlinks
	{"attempt to write a readonly database", classReadOnly},
	{"read-only file system", classReadOnly},
	{"permission denied", classPermission},
	{"operation not permitted", classPermission},
	{"access is denied", classPermission},
	{"no such file or directory", classNotFound},
	{"not a directory", classNotFound},
	{"unable to open database file", classNotFound},
	{"database is locked", classBusy},
	{"file name too long", classLongName},
	{"input/output error", classIO},
	{"disk i/o error", classIO},
	{"database disk image is malformed", classCorrupt},
	{"file is not a database", classCorrupt},
}

// openFormats tell, naming the file, why it could not be opened.
var openFormats = map[errClass]string{
	classFull:       "Filen %s kunde inte öppnas eftersom disken är full. Frigör utrymme på disken eller flytta filen till en disk med plats, och försök igen.",
	classPermission: "Du saknar behörighet till filen %s eller till mappen den ligger i. Be den som förvaltar datorn om behörighet, eller kopiera filen till en mapp du äger och öppna kopian.",
	classNotFound:   "Filen %s finns inte, eller så saknas en mapp i sökvägen. Kontrollera sökvägen och stavningen.",
	classLoop:       "Sökvägen %s går i en slinga av symboliska länkar (genvägar som pekar på varandra) och leder inte till någon fil. Ange sökvägen till den riktiga filen.",
	classReadOnly:   "Filen %s kan inte skrivas: filen, mappen eller disken är skrivskyddad. Gör dem skrivbara, eller kopiera filen till en skrivbar mapp och öppna kopian.",
	classBusy:       "Filen %s används just nu av ett annat program och kunde inte öppnas. Stäng det andra programmet och försök igen.",
	classIO:         "Filen %s kunde inte läsas eller skrivas på grund av ett fel på disken eller nätverksenheten. Kontrollera anslutningen och försök igen; kopiera filen till en säker plats om felet kvarstår.",
	classCorrupt:    "Filen %s är skadad eller ofullständig och kan inte öppnas. Filen har inte ändrats. Återställ en säkerhetskopia eller öppna en annan fil.",
	classLongName:   "Sökvägen %s är för lång för operativsystemet. Flytta filen till en mapp med kortare sökväg.",
}

// useFormats tell why something the user did could not be done.
var useFormats = map[errClass]string{
	classFull:       "Det gick inte att spara eftersom disken är full. Frigör utrymme på disken och försök igen; det som sparats tidigare finns kvar.",
	classPermission: "Infoklass saknar behörighet att läsa eller skriva filen eller mappen. Be den som förvaltar datorn om behörighet; det som sparats tidigare finns kvar.",
	classNotFound:   "En fil eller mapp som behövs finns inte (har den flyttats, bytt namn eller tagits bort?). Kontrollera sökvägen och försök igen.",
	classLoop:       "Sökvägen går i en slinga av symboliska länkar (genvägar som pekar på varandra) och leder inte till någon fil. Ange sökvägen till den riktiga filen.",
	classReadOnly:   "Det gick inte att spara eftersom databasen, mappen eller disken är skrivskyddad. Ändringen sparades inte; det som sparats tidigare finns kvar.",
	classBusy:       "Databasen används just nu av ett annat program. Vänta en stund och försök igen.",
	classIO:         "Ett fel på disken eller nätverksenheten hindrade Infoklass från att läsa eller skriva. Kontrollera anslutningen och försök igen.",
	classCorrupt:    "Databasfilen är skadad. Stäng programmet och återställ en säkerhetskopia (Arkiv → Återställ från säkerhetskopia… eller infoklass restore).",
	classLongName:   "Sökvägen är för lång för operativsystemet. Välj en mapp med kortare sökväg.",
}

// Explain returns a Swedish sentence, as a format and its arguments for
// translation, that tells the user what err means and what to do about
// it: disk full (SQLITE_FULL, ENOSPC), permission denied, not found, a
// loop of symbolic links (ELOOP), a read-only database or disk, a file
// in use, a disk error or a damaged file. An *OpenError gives its own
// Message. The sentence never quotes the system's English text or names
// a temporary file; only an error of no known class is shown as it is,
// after "Något gick fel".
func Explain(err error) (format string, args []any) {
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe.Message()
	}
	if f, ok := useFormats[classify(err)]; ok {
		return f, nil
	}
	return "Något gick fel: %v", []any{err}
}

// ExplainCLI is Explain for the command line: an *OpenError gives its
// CLIMessage.
func ExplainCLI(err error) (format string, args []any) {
	var oe *OpenError
	if errors.As(err, &oe) {
		return oe.CLIMessage()
	}
	return Explain(err)
}

// Formats returns every Swedish format that Message, CLIMessage and
// Explain can return, for the user interface's translation tables.
func Formats() []string {
	var out []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for k := Other; k <= LastKind; k++ {
		e := &OpenError{Kind: k}
		f, _ := e.Message()
		add(f)
		f, _ = e.CLIMessage()
		add(f)
	}
	for _, err := range []error{&WALError{}, &SchemaError{}, &AliasError{}} {
		e := &OpenError{Kind: Corrupt, Err: err}
		f, _ := e.Message()
		add(f)
		f, _ = e.CLIMessage()
		add(f)
	}
	for c := classFull; c <= classLongName; c++ {
		add(openFormats[c])
		add(useFormats[c])
	}
	add("Något gick fel: %v")
	return out
}
