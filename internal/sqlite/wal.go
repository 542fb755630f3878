package sqlite

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// WALError says that the write-ahead log beside a database is damaged:
// it holds committed changes that SQLite would drop without a word,
// because a checksum before them fails. The file and its WAL are then
// left as they are and the user is told to restore.
type WALError struct {
	Frame int    // the first frame (from 1) whose checksum fails; 0 for the header
	Lost  int    // committed transactions after it
	What  string // what was found, in Swedish
}

func (e *WALError) Error() string { return e.What }

// walHeaderSize and walFrameHeaderSize are the sizes of SQLite's WAL
// header and of each frame's header (https://sqlite.org/fileformat.html#wal_file_format).
const (
	walHeaderSize      = 32
	walFrameHeaderSize = 24
)

// checkWAL reads the WAL at path and checks SQLite's checksums itself,
// before SQLite opens it: SQLite replays frames up to the first that
// fails and silently discards the rest, and a writer then resets the
// WAL. Frames of an earlier generation (other salts) and a last
// transaction cut short without its commit frame are what a crash
// leaves, and are not damage. A failing frame that is itself a commit
// frame of the same generation (the last transaction's last frame) or is
// followed by one, or a header that fails while frames follow, is: it
// returns a *WALError. A missing or empty WAL is no error.
func checkWAL(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() == 0 {
		return err
	}
	h := make([]byte, walHeaderSize)
	if _, err := io.ReadFull(f, h); err != nil {
		return nil // shorter than a header: SQLite ignores it, and so nothing is in it
	}
	magic := binary.BigEndian.Uint32(h[0:4])
	if magic != 0x377f0682 && magic != 0x377f0683 {
		return &WALError{What: "loggfilen (-wal) har ingen giltig SQLite-rubrik"}
	}
	var order binary.ByteOrder = binary.LittleEndian
	if magic&1 == 1 {
		order = binary.BigEndian
	}
	pageSize := int64(binary.BigEndian.Uint32(h[8:12]))
	s0, s1 := walChecksum(order, h[:24], 0, 0)
	if s0 != binary.BigEndian.Uint32(h[24:28]) || s1 != binary.BigEndian.Uint32(h[28:32]) {
		if info.Size() > walHeaderSize {
			return &WALError{What: "loggfilens (-wal) rubrik har fel kontrollsumma, och sparade ändringar följer efter den"}
		}
		return nil
	}
	if pageSize < 512 || pageSize > 65536 || pageSize&(pageSize-1) != 0 {
		return &WALError{What: fmt.Sprintf("loggfilen (-wal) anger sidstorleken %d", pageSize)}
	}
	return checkFrames(f, order, h[16:24], pageSize, s0, s1)
}

// checkFrames follows the frames after the header; salt is the header's.
func checkFrames(r io.Reader, order binary.ByteOrder, salt []byte, pageSize int64, s0, s1 uint32) error {
	frame := make([]byte, walFrameHeaderSize+pageSize)
	bad := 0 // the first frame of this generation whose checksum fails
	lost := 0
	for n := 1; ; n++ {
		if _, err := io.ReadFull(r, frame); err != nil {
			break // the end, or a frame cut short: what a crash leaves
		}
		if string(frame[8:16]) != string(salt) {
			if bad == 0 {
				break // an earlier generation: SQLite stops here too
			}
			continue
		}
		commit := binary.BigEndian.Uint32(frame[4:8]) != 0
		if bad > 0 {
			if commit {
				lost++
			}
			continue
		}
		s0, s1 = walChecksum(order, frame[:8], s0, s1)
		s0, s1 = walChecksum(order, frame[walFrameHeaderSize:], s0, s1)
		if s0 != binary.BigEndian.Uint32(frame[16:20]) || s1 != binary.BigEndian.Uint32(frame[20:24]) {
			bad = n
			if commit { // a whole commit frame of this generation: a transaction was committed, and would be lost with it
				lost++
			}
		}
	}
	if lost > 0 {
		return &WALError{Frame: bad, Lost: lost, What: fmt.Sprintf(
			"loggfilen (-wal) är skadad: sida %d i loggen har fel kontrollsumma, och %d sparade ändringar i och efter den skulle gå förlorade", bad, lost)}
	}
	return nil
}

// walChecksum continues SQLite's WAL checksum over b (a multiple of 8
// bytes), reading its words in order.
func walChecksum(order binary.ByteOrder, b []byte, s0, s1 uint32) (uint32, uint32) {
	for i := 0; i+8 <= len(b); i += 8 {
		s0 += order.Uint32(b[i:]) + s1
		s1 += order.Uint32(b[i+4:]) + s0
	}
	return s0, s1
}
