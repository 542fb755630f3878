package app

import (
	"errors"

	"github.com/infoklass/infoklass/internal/sqlite"
)

// The codes for why a file could not be opened and why an edit could not
// be saved: the store gives the kind (sqlite.OpenError) and the class
// (sqlite.Classify), the front ends say it with the catalogue's words.

// kindNames name the kinds of sqlite.OpenError in the codes "open.<name>".
var kindNames = map[sqlite.OpenErrorKind]string{
	sqlite.Other: "other", sqlite.NotDatabase: "not_database", sqlite.Corrupt: "corrupt", sqlite.Foreign: "foreign",
	sqlite.Newer: "newer", sqlite.Locked: "locked", sqlite.Older: "older", sqlite.Missing: "missing", sqlite.Empty: "empty",
}

// classNames name the classes of sqlite.Classify in the codes
// "open.class.<name>" (naming the file) and "use.<name>".
var classNames = map[sqlite.ErrorClass]string{
	sqlite.ClassFull: "full", sqlite.ClassPermission: "permission", sqlite.ClassNotFound: "not_found",
	sqlite.ClassLoop: "loop", sqlite.ClassReadOnly: "read_only", sqlite.ClassBusy: "busy", sqlite.ClassIO: "io",
	sqlite.ClassCorrupt: "corrupt", sqlite.ClassLongName: "long_name",
}

// openMessage is the message for the window of a file that could not be
// opened. The path is the only argument that comes from outside (and,
// for Newer, the versions); the reason of an error of Kind Other is told
// by its class (disk full, permission, not found, link loop, read-only,
// …), never by the operating system's English text or a temporary
// file's name.
func openMessage(e *sqlite.OpenError) Text {
	switch e.Kind {
	case sqlite.Corrupt:
		if t, ok := damageMessage(e); ok {
			return t
		}
	case sqlite.Newer:
		return Text{"open.newer", []any{e.Path, e.Err}}
	case sqlite.Other:
		if n, ok := classNames[sqlite.Classify(e.Err)]; ok && e.Err != nil {
			return Text{"open.class." + n, []any{e.Path}}
		}
		return Text{"open.other", []any{e.Path, e.Err}}
	}
	return Text{"open." + kindNames[e.Kind], []any{e.Path}}
}

// openCLIMessage is openMessage for the command line, whose user has no
// window and no read-only open: a file in use is in use by Infoklass (a
// window or a command), and a damaged file is restored with infoklass
// restore.
func openCLIMessage(e *sqlite.OpenError) Text {
	switch e.Kind {
	case sqlite.Locked, sqlite.Older:
		return Text{"open.cli." + kindNames[e.Kind], []any{e.Path}}
	case sqlite.Corrupt:
		if t, ok := damageMessage(e); ok {
			return t
		}
		return Text{"open.cli.corrupt", []any{e.Path, e.Path}}
	}
	return openMessage(e)
}

// explain returns the message that tells the user what err means and
// what to do about it: disk full (SQLITE_FULL, ENOSPC), permission
// denied, not found, a loop of symbolic links (ELOOP), a read-only
// database or disk, a file in use, a disk error or a damaged file. An
// *OpenError gives its own message. The words never quote the system's
// English text or name a temporary file; an error of no known class is
// codeUnknown.
func explain(err error) Text {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		return openMessage(oe)
	}
	if n, ok := classNames[sqlite.Classify(err)]; ok {
		return Text{Code: "use." + n}
	}
	return unknownText(err)
}

// explainCLI is explain for the command line: an *OpenError gives its
// openCLIMessage.
func explainCLI(err error) Text {
	var oe *sqlite.OpenError
	if errors.As(err, &oe) {
		return openCLIMessage(oe)
	}
	return explain(err)
}
