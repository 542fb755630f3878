package app

import (
	"errors"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// The words for why a file could not be opened and why an edit could
// not be saved: the store gives the kind (sqlite.OpenError) and the class
// (sqlite.Classify), the front ends say it with these.

// Message returns the error's Swedish text for the window, as a format
// and its arguments so that the user interface can translate it. The
// path is the only argument that comes from outside (and, for Newer, the
// versions); the reason of an error of Kind Other is told by its class
// (disk full, permission, not found, link loop, read-only, …), never by
// the operating system's English text or a temporary file's name.
func openMessage(e *sqlite.OpenError) (format string, args []any) {
	switch e.Kind {
	case sqlite.NotDatabase:
		return "Filen %s är ingen Infoklass-databas: det är inte en SQLite-fil. Filen har inte ändrats.", []any{e.Path}
	case sqlite.Corrupt:
		if f, args, ok := damageMessage(e); ok {
			return f, args
		}
		return "Filen %s är skadad eller ofullständig och kan inte öppnas. Filen har inte ändrats. Återställ en säkerhetskopia eller öppna en annan fil.", []any{e.Path}
	case sqlite.Foreign:
		return "Filen %s är en SQLite-databas från ett annat program, inte en Infoklass-databas. Filen har inte ändrats.", []any{e.Path}
	case sqlite.Newer:
		return "Filen %s har skapats av en nyare version av Infoklass (databasversion %v). Uppdatera programmet för att öppna den. Filen har inte ändrats.", []any{e.Path, e.Err}
	case sqlite.Older:
		return "Filen %s är från en äldre version av Infoklass och måste uppgraderas innan den kan läsas. Filen kan inte uppgraderas när den är skrivskyddad; gör den skrivbar och öppna den igen. Filen har inte ändrats.", []any{e.Path}
	case sqlite.Locked:
		return "Filen %s är redan öppen i ett annat Infoklass-fönster. Två fönster får inte skriva i samma fil; stäng det andra eller öppna filen skrivskyddad.", []any{e.Path}
	case sqlite.Missing:
		return "Filen %s finns inte. Kontrollera sökvägen och stavningen; ingen ny databas har skapats.", []any{e.Path}
	case sqlite.Empty:
		return "Filen %s är tom och är ingen Infoklass-databas. Kontrollera sökvägen; ingen databas har skapats i filen.", []any{e.Path}
	}
	if e.Err != nil {
		if f, ok := openFormats[sqlite.Classify(e.Err)]; ok {
			return f, []any{e.Path}
		}
	}
	return "Filen %s kunde inte öppnas: %v", []any{e.Path, e.Err}
}

// CLIMessage is Message for the command line, whose user has no window
// and no read-only open: a file in use is in use by Infoklass (a window
// or a command), and a damaged file is restored with infoklass restore.
func openCLIMessage(e *sqlite.OpenError) (format string, args []any) {
	switch e.Kind {
	case sqlite.Locked:
		return "Filen %s används redan av Infoklass: programmet har den öppen, eller så körs ett annat infoklass-kommando på den. Två får inte skriva i samma fil samtidigt; stäng programmet eller vänta tills kommandot är klart, och kör kommandot igen.", []any{e.Path}
	case sqlite.Corrupt:
		if f, args, ok := damageMessage(e); ok {
			return f, args
		}
		return "Filen %s är skadad eller ofullständig och kan inte öppnas. Filen har inte ändrats. Visa säkerhetskopiorna med infoklass restore -db %q och återställ en av dem.", []any{e.Path, e.Path}
	case sqlite.Older:
		return "Filen %s är från en äldre version av Infoklass och måste uppgraderas innan den kan läsas, men den är skrivskyddad. Gör filen och mappen skrivbara och kör kommandot igen. Filen har inte ändrats.", []any{e.Path}
	}
	return openMessage(e)
}

// openFormats tell, naming the file, why it could not be opened.
var openFormats = map[sqlite.ErrorClass]string{
	sqlite.ClassFull:       "Filen %s kunde inte öppnas eftersom disken är full. Frigör utrymme på disken eller flytta filen till en disk med plats, och försök igen.",
	sqlite.ClassPermission: "Du saknar behörighet till filen %s eller till mappen den ligger i. Be den som förvaltar datorn om behörighet, eller kopiera filen till en mapp du äger och öppna kopian.",
	sqlite.ClassNotFound:   "Filen %s finns inte, eller så saknas en mapp i sökvägen. Kontrollera sökvägen och stavningen.",
	sqlite.ClassLoop:       "Sökvägen %s går i en slinga av symboliska länkar (genvägar som pekar på varandra) och leder inte till någon fil. Ange sökvägen till den riktiga filen.",
	sqlite.ClassReadOnly:   "Filen %s kan inte skrivas: filen, mappen eller disken är skrivskyddad. Gör dem skrivbara, eller kopiera filen till en skrivbar mapp och öppna kopian.",
	sqlite.ClassBusy:       "Filen %s används just nu av ett annat program och kunde inte öppnas. Stäng det andra programmet och försök igen.",
	sqlite.ClassIO:         "Filen %s kunde inte läsas eller skrivas på grund av ett fel på disken eller nätverksenheten. Kontrollera anslutningen och försök igen; kopiera filen till en säker plats om felet kvarstår.",
	sqlite.ClassCorrupt:    "Filen %s är skadad eller ofullständig och kan inte öppnas. Filen har inte ändrats. Återställ en säkerhetskopia eller öppna en annan fil.",
	sqlite.ClassLongName:   "Sökvägen %s är för lång för operativsystemet. Flytta filen till en mapp med kortare sökväg.",
}

// useFormats tell why something the user did could not be done.
var useFormats = map[sqlite.ErrorClass]string{
	sqlite.ClassFull:       "Det gick inte att spara eftersom disken är full. Frigör utrymme på disken och försök igen; det som sparats tidigare finns kvar.",
	sqlite.ClassPermission: "Infoklass saknar behörighet att läsa eller skriva filen eller mappen. Be den som förvaltar datorn om behörighet; det som sparats tidigare finns kvar.",
	sqlite.ClassNotFound:   "En fil eller mapp som behövs finns inte (har den flyttats, bytt namn eller tagits bort?). Kontrollera sökvägen och försök igen.",
	sqlite.ClassLoop:       "Sökvägen går i en slinga av symboliska länkar (genvägar som pekar på varandra) och leder inte till någon fil. Ange sökvägen till den riktiga filen.",
	sqlite.ClassReadOnly:   "Det gick inte att spara eftersom databasen, mappen eller disken är skrivskyddad. Ändringen sparades inte; det som sparats tidigare finns kvar.",
	sqlite.ClassBusy:       "Databasen används just nu av ett annat program. Vänta en stund och försök igen.",
	sqlite.ClassIO:         "Ett fel på disken eller nätverksenheten hindrade Infoklass från att läsa eller skriva. Kontrollera anslutningen och försök igen.",
	sqlite.ClassCorrupt:    "Databasfilen är skadad. Stäng programmet och återställ en säkerhetskopia (Arkiv › Återställ från säkerhetskopia… eller infoklass restore).",
	sqlite.ClassLongName:   "Sökvägen är för lång för operativsystemet. Välj en mapp med kortare sökväg.",
}

// Explain returns a Swedish sentence, as a format and its arguments for
// translation, that tells the user what err means and what to do about
// it: disk full (SQLITE_FULL, ENOSPC), permission denied, not found, a
// loop of symbolic links (ELOOP), a read-only database or disk, a file
// in use, a disk error or a damaged file. An *OpenError gives its own
// Message. The sentence never quotes the system's English text or names
// a temporary file; only an error of no known class is shown as it is,
// after "Något gick fel".
func explain(err error) (format string, args []any) {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		return openMessage(oe)
	}
	if f, ok := useFormats[sqlite.Classify(err)]; ok {
		return f, nil
	}
	return "Något gick fel: %v", []any{err}
}

// ExplainCLI is Explain for the command line: an *OpenError gives its
// CLIMessage.
func explainCLI(err error) (format string, args []any) {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		return openCLIMessage(oe)
	}
	return explain(err)
}

// Formats returns every Swedish format that Message, CLIMessage and
// Explain can return, for the user interface's translation tables.
func openFormatsAll() []string {
	var out []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for k := sqlite.Other; k <= sqlite.LastKind; k++ {
		e := &sqlite.OpenError{Kind: k}
		f, _ := openMessage(e)
		add(f)
		f, _ = openCLIMessage(e)
		add(f)
	}
	for _, err := range []error{&sqlite.WALError{}, &sqlite.SchemaError{}, &sqlite.AliasError{}} {
		f, _, _ := damageMessage(&sqlite.OpenError{Kind: sqlite.Corrupt, Err: err})
		add(f)
	}
	for c := sqlite.ClassFull; c <= sqlite.ClassLongName; c++ {
		add(openFormats[c])
		add(useFormats[c])
	}
	add("Något gick fel: %v")
	return out
}
