package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/infoklass/infoklass/internal/app"
)

// closeOnSignal makes a SIGTERM, SIGINT or SIGHUP (the session ending, a
// kill, Ctrl-C) close every open database before the process exits, for
// the commands and the window alike: the WAL is merged into the file and
// removed, and the locks are released. Without it the process died with
// the WAL beside the file. A second signal exits at once.
func closeOnSignal() {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, syscall.SIGTERM, os.Interrupt, syscall.SIGHUP)
	go func() {
		s := <-ch
		go func() {
			<-ch
			os.Exit(128 + signalNumber(s))
		}()
		app.CloseAll()
		os.Exit(128 + signalNumber(s))
	}()
}

// signalNumber is the number of s, for the exit status 128+n.
func signalNumber(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return 15
}
