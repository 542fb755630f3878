package sqlite

import "sync"

// openDBs is every database open in this process, for CloseAll.
var openDBs = struct {
	sync.Mutex
	dbs map[*DB]bool
}{dbs: map[*DB]bool{}}

// register records s as open.
func register(s *DB) *DB {
	openDBs.Lock()
	openDBs.dbs[s] = true
	openDBs.Unlock()
	return s
}

// unregister records s as closed.
func unregister(s *DB) {
	openDBs.Lock()
	delete(openDBs.dbs, s)
	openDBs.Unlock()
}

// CloseAll closes every database open in this process, for a process
// that is told to stop (SIGTERM, SIGINT, the session ending) and exits
// right after: each connection is closed once its running statement or
// transaction is done, so that SQLite merges the WAL into the file and
// removes it, and the locks are released. It may run beside the
// goroutines still using the databases; they get errors, not a crash.
// The process must exit after it.
func CloseAll() {
	openDBs.Lock()
	defer openDBs.Unlock()
	for s := range openDBs.dbs {
		if s.db != nil {
			s.db.Close() // goroutine-safe: waits for the connection in use
		}
		if s.ident != nil {
			s.ident.Close()
		}
		if s.lock != nil {
			s.lock.Close()
		}
		if s.src != nil {
			s.src.close()
		}
	}
	openDBs.dbs = map[*DB]bool{}
}
