//go:build tools

// Package tools pins the fyne packaging command, which cannot be
// installed with go install through the module proxy. Build it with
// `cd tools && go build -o ../bin/fyne fyne.io/tools/cmd/fyne`.
package tools

import _ "fyne.io/tools/cmd/fyne"
