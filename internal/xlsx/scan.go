package xlsx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// xmlScanner is a strict, fast reader of the XML of a worksheet. It is
// several times faster than encoding/xml on the large, flat sheets of an
// export, and as strict where it matters: tags must match, attributes
// must be quoted, entities must be known, nothing may follow the root
// element, and the text must be UTF-8. A DTD is refused.
type xmlScanner struct {
	r     *bufio.Reader
	off   int64    // bytes consumed, for messages
	stack [][]byte // open elements' local names
	pre   [][]byte // and their namespace prefixes, nil for none
	root  bool     // the root element has been seen
	depth int      // the most elements open at once; 0 for no limit
	begun bool     // a byte has been read: a byte order mark may come first
	buf   []byte   // scratch for a tag or a text across buffer boundaries
	wide  int      // names with other than ASCII judged by encoding/xml, at most maxWideNames

	// The current token.
	kind   tokKind
	name   []byte // local name of a start or end tag
	attrs  []xmlAttr
	text   []byte // decoded text
	closed bool   // the start tag closed itself: <c/>
}

type tokKind int

const (
	tokNone tokKind = iota
	tokStart
	tokEnd
	tokText
)

// xmlAttr is an attribute of the current start tag; its value is decoded.
type xmlAttr struct{ name, value []byte }

// errXML is a syntax error at a byte offset.
type errXML struct {
	off int64
	msg string
}

func (e *errXML) Error() string { return fmt.Sprintf("fel i XML vid byte %d: %s", e.off, e.msg) }

func newScanner(r io.Reader) *xmlScanner {
	return &xmlScanner{r: bufio.NewReaderSize(r, 1<<16)}
}

// newScannerDepth returns a scanner that refuses elements nested more
// than depth deep, so that XML nested a million deep costs no memory.
func newScannerDepth(r io.Reader, depth int) *xmlScanner {
	s := newScanner(r)
	s.depth = depth
	return s
}

// skipBOM reads past a UTF-8 byte order mark at the start, which Excel
// and other programs may write before the XML declaration.
func (s *xmlScanner) skipBOM() {
	s.begun = true
	if b, err := s.r.Peek(3); err == nil && string(b) == "\xEF\xBB\xBF" {
		s.r.Discard(3)
		s.off += 3
	}
}

func (s *xmlScanner) fail(msg string, args ...any) error {
	return &errXML{s.off, fmt.Sprintf(msg, args...)}
}

// readErr turns a read error into the error to return: the end of the
// input inside the document is a syntax error, other errors (a bad
// checksum) are kept.
func (s *xmlScanner) readErr(err error) error {
	if errors.Is(err, io.EOF) {
		return s.fail("filen tar slut mitt i dokumentet")
	}
	return err
}

// next reads the next token; io.EOF after the root element closes.
func (s *xmlScanner) next() error {
	if !s.begun {
		s.skipBOM()
	}
	for {
		if s.kind == tokStart && s.closed {
			// a self-closing tag gives its end token next
			s.kind, s.closed = tokEnd, false
			s.pop()
			return nil
		}
		b, err := s.r.ReadByte()
		if err == io.EOF {
			if len(s.stack) > 0 || !s.root {
				return s.fail("filen tar slut mitt i dokumentet")
			}
			return io.EOF
		}
		if err != nil {
			return err
		}
		s.off++
		if b != '<' {
			s.r.UnreadByte()
			s.off--
			if err := s.readText(); err != nil {
				return err
			}
			if len(s.stack) == 0 {
				if len(bytes.TrimSpace(s.text)) > 0 {
					return s.fail("text utanför dokumentets element")
				}
				continue
			}
			s.kind = tokText
			return nil
		}
		c, err := s.r.ReadByte()
		if err != nil {
			return s.readErr(err)
		}
		s.off++
		switch c {
		case '/':
			return s.readEnd()
		case '?':
			if err := s.readPI(); err != nil {
				return err
			}
		case '!':
			done, err := s.readBang()
			if err != nil || done {
				return err
			}
		default:
			s.r.UnreadByte()
			s.off--
			return s.readStart()
		}
	}
}

// readText reads text up to the next '<', decoding entities.
func (s *xmlScanner) readText() error {
	s.buf = s.buf[:0]
	for {
		chunk, err := s.r.ReadSlice('<')
		n := len(chunk)
		if err == nil {
			n-- // leave the '<' for next
			s.r.UnreadByte()
		}
		s.buf = append(s.buf, chunk[:n]...)
		s.off += int64(n)
		if err == nil || errors.Is(err, io.EOF) {
			break
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return err
		}
		if len(s.buf) > maxCellChars*8 {
			return fmt.Errorf("%w: en text är längre än Excel tillåter", ErrTooLarge)
		}
	}
	// "]]>" may end only a CDATA section, never stand in text.
	if bytes.Contains(s.buf, []byte("]]>")) {
		return s.fail("]]> i texten utanför ett CDATA-avsnitt")
	}
	var err error
	s.text, err = s.decode(s.text[:0], s.buf)
	return err
}

// decode appends raw with its entities replaced to dst.
func (s *xmlScanner) decode(dst, raw []byte) ([]byte, error) {
	if err := s.checkChars(raw); err != nil {
		return nil, err
	}
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...), nil
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i+1:]
		j := bytes.IndexByte(raw, ';')
		if j < 0 || j > 10 {
			return nil, s.fail("ett &-tecken som inte inleder en entitet")
		}
		ent := raw[:j]
		raw = raw[j+1:]
		switch string(ent) {
		case "amp":
			dst = append(dst, '&')
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			if len(ent) < 2 || ent[0] != '#' {
				return nil, s.fail("okänd entitet &%s;", ent)
			}
			var n uint64
			var err error
			if ent[1] == 'x' || ent[1] == 'X' {
				n, err = strconv.ParseUint(string(ent[2:]), 16, 32)
			} else {
				n, err = strconv.ParseUint(string(ent[1:]), 10, 32)
			}
			if err != nil || !xmlChar(rune(n)) {
				return nil, s.fail("ogiltig teckenreferens &%s;", ent)
			}
			dst = utf8.AppendRune(dst, rune(n))
		}
	}
}

// checkChars refuses text that is not UTF-8 or holds a character XML
// does not allow.
func (s *xmlScanner) checkChars(raw []byte) error {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return s.fail("otillåtet styrtecken U+%04X", c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			return s.fail("texten är inte UTF-8")
		}
		if !xmlChar(r) {
			return s.fail("tecknet U+%04X får inte finnas i XML", r)
		}
		i += size
	}
	return nil
}

// xmlChar reports whether r is a character XML 1.0 allows (its Char
// production), as encoding/xml checks every character and character
// reference: not NUL, the other C0 controls but tab and line breaks,
// surrogates, U+FFFE or U+FFFF.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// readTag reads up to and including the next '>' that is not inside a
// quoted attribute value, into s.buf without the '>'.
func (s *xmlScanner) readTag() error {
	s.buf = s.buf[:0]
	var quote byte
	for {
		chunk, err := s.r.ReadSlice('>')
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return s.readErr(err)
		}
		s.off += int64(len(chunk))
		for _, c := range chunk {
			switch {
			case quote != 0 && c == quote:
				quote = 0
			case quote == 0 && (c == '"' || c == '\''):
				quote = c
			case c == '<':
				return s.fail("'<' inuti en tagg")
			}
		}
		s.buf = append(s.buf, chunk...)
		if err == nil && quote == 0 {
			s.buf = s.buf[:len(s.buf)-1]
			return nil
		}
		if len(s.buf) > 1<<20 {
			return s.fail("en tagg längre än 1 MB")
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80
}

// splitName splits an XML name into its namespace prefix and local
// name as encoding/xml does: "x:a" is a in x, while ":a" and "a:" have
// no prefix and are local names with the colon.
func splitName(name []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(name, ':'); i > 0 && i < len(name)-1 {
		return name[:i], name[i+1:]
	}
	return nil, name
}

// localName returns name without its namespace prefix.
func localName(name []byte) []byte {
	_, local := splitName(name)
	return local
}

// pop closes the innermost open element.
func (s *xmlScanner) pop() {
	s.stack = s.stack[:len(s.stack)-1]
	s.pre = s.pre[:len(s.pre)-1]
}

func (s *xmlScanner) readStart() error {
	if err := s.readTag(); err != nil {
		return err
	}
	t := s.buf
	if len(s.stack) == 0 && s.root {
		return s.fail("ett andra rotelement")
	}
	s.closed = false
	if n := len(t); n > 0 && t[n-1] == '/' {
		s.closed, t = true, t[:n-1]
	}
	i := 0
	for i < len(t) && isNameByte(t[i]) {
		i++
	}
	if !s.validName(t[:i]) {
		return s.nameErr("ogiltigt elementnamn")
	}
	prefix, local := splitName(t[:i])
	s.name = local
	s.attrs = s.attrs[:0]
	for {
		j := i
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		if i == len(t) {
			break
		}
		if i == j {
			return s.fail("blanksteg saknas före ett attribut i <%s>", s.name)
		}
		k := i
		for i < len(t) && isNameByte(t[i]) {
			i++
		}
		name := t[k:i]
		if !s.validName(name) {
			return s.nameErr(fmt.Sprintf("ogiltigt attributnamn i <%s>", s.name))
		}
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		if len(name) == 0 || i == len(t) || t[i] != '=' {
			return s.fail("ogiltigt attribut i <%s>", s.name)
		}
		i++
		for i < len(t) && isSpace(t[i]) {
			i++
		}
		if i == len(t) || t[i] != '"' && t[i] != '\'' {
			return s.fail("attributvärde utan citattecken i <%s>", s.name)
		}
		q := t[i]
		end := bytes.IndexByte(t[i+1:], q)
		if end < 0 {
			return s.fail("attributvärde utan slut i <%s>", s.name)
		}
		raw := t[i+1 : i+1+end]
		i += end + 2
		v := raw // valid until the next token, as the attributes are
		if bytes.IndexByte(raw, '&') >= 0 || !plainASCII(raw) {
			var err error
			if v, err = s.decode(nil, raw); err != nil {
				return err
			}
		}
		s.attrs = append(s.attrs, xmlAttr{localName(name), v})
	}
	if s.depth > 0 && len(s.stack) >= s.depth {
		return s.fail("elementen är nästlade djupare än %d nivåer", s.depth)
	}
	if n, ok := internedNames[string(s.name)]; ok {
		s.stack = append(s.stack, n)
	} else {
		s.stack = append(s.stack, append([]byte(nil), s.name...))
	}
	s.name = s.stack[len(s.stack)-1]
	if prefix != nil {
		prefix = append([]byte(nil), prefix...)
	}
	s.pre = append(s.pre, prefix)
	s.root = true
	s.kind = tokStart
	return nil
}

func (s *xmlScanner) readEnd() error {
	if err := s.readTag(); err != nil {
		return err
	}
	full := bytes.TrimRight(s.buf, " \t\r\n")
	if !s.validName(full) {
		return s.nameErr("ogiltigt elementnamn i en sluttagg")
	}
	prefix, name := splitName(full)
	if len(s.stack) == 0 {
		return s.fail("</%s> utan början", full)
	}
	top := s.stack[len(s.stack)-1]
	if !bytes.Equal(top, name) || !bytes.Equal(s.pre[len(s.pre)-1], prefix) { // a prefix must match too, as in encoding/xml
		return s.fail("</%s> avslutar <%s>", full, top)
	}
	s.pop()
	s.kind, s.name = tokEnd, top
	return nil
}

// readBang reads a comment or CDATA section after "<!"; done reports a
// CDATA section, which is text.
func (s *xmlScanner) readBang() (done bool, err error) {
	head, err := s.r.Peek(2)
	if err != nil {
		return false, s.readErr(err)
	}
	if string(head) == "--" {
		s.r.Discard(2)
		s.off += 2
		return false, s.skipUntil("-->")
	}
	cdata, err := s.r.Peek(7)
	if err == nil && string(cdata) == "[CDATA[" {
		if len(s.stack) == 0 {
			return false, s.fail("CDATA utanför dokumentets element")
		}
		s.r.Discard(7)
		s.off += 7
		s.buf = s.buf[:0]
		for !bytes.HasSuffix(s.buf, []byte("]]>")) {
			c, err := s.r.ReadByte()
			if err != nil {
				return false, s.readErr(err)
			}
			s.off++
			s.buf = append(s.buf, c)
			if len(s.buf) > maxCellChars*8 {
				return false, fmt.Errorf("%w: en text är längre än Excel tillåter", ErrTooLarge)
			}
		}
		if err := s.checkChars(s.buf[:len(s.buf)-3]); err != nil {
			return false, err
		}
		s.text = append(s.text[:0], s.buf[:len(s.buf)-3]...)
		s.kind = tokText
		return true, nil
	}
	return false, s.fail("DTD och andra <!-deklarationer tillåts inte")
}

// skipUntil reads past the next occurrence of end.
func (s *xmlScanner) skipUntil(end string) error {
	last := end[len(end)-1]
	var tail []byte
	for {
		chunk, err := s.r.ReadSlice(last)
		s.off += int64(len(chunk))
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return s.readErr(err)
		}
		tail = append(tail, chunk...)
		if len(tail) > len(end) {
			tail = tail[len(tail)-len(end):]
		}
		if err == nil && bytes.HasSuffix(tail, []byte(end)) {
			return nil
		}
	}
}

// internedNames are the elements of every cell, kept without copying.
var internedNames = map[string][]byte{}

func init() {
	for _, n := range []string{"c", "v", "row", "is", "t", "f", "r", "rPr", "sheetData", "mergeCell"} {
		internedNames[n] = []byte(n)
	}
}

// attr returns the value of the current start tag's attribute name.
func (s *xmlScanner) attr(name string) []byte {
	for _, a := range s.attrs {
		if string(a.name) == name {
			return a.value
		}
	}
	return nil
}

// plainASCII reports whether b is printable ASCII, needing no checks.
func plainASCII(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c >= 0x80 {
			return false
		}
	}
	return true
}

// readPI reads a processing instruction after "<?", such as the XML
// declaration; it must have a target name.
func (s *xmlScanner) readPI() error {
	start := s.off
	s.buf = s.buf[:0]
	for !bytes.HasSuffix(s.buf, []byte("?>")) {
		c, err := s.r.ReadByte()
		if err != nil {
			return s.readErr(err)
		}
		s.off++
		s.buf = append(s.buf, c)
		if len(s.buf) > 1<<16 {
			return s.fail("en processinstruktion längre än 64 kB")
		}
	}
	body := s.buf[:len(s.buf)-2]
	i := 0
	for i < len(body) && isNameByte(body[i]) {
		i++
	}
	if i == 0 || i < len(body) && !isSpace(body[i]) || !s.validName(body[:i]) { // its target is a name, as an element's
		return &errXML{start, "en processinstruktion utan namn"}
	}
	if !utf8.Valid(body) {
		return s.fail("texten är inte UTF-8")
	}
	if string(body[:i]) == "xml" { // the declaration, read as encoding/xml reads it
		if v := piParam("version", body[i:]); v != "" && v != "1.0" {
			return &errXML{start, fmt.Sprintf("XML-versionen %q; bara 1.0 läses", v)}
		}
		if e := piParam("encoding", body[i:]); e != "" && !strings.EqualFold(e, "utf-8") {
			return &errXML{start, fmt.Sprintf("teckenkodningen %q; bara UTF-8 läses", e)}
		}
	}
	return nil
}

// piParam returns the quoted value of param in a processing
// instruction's content, found as encoding/xml finds it: the first
// "param=" followed by a quote, up to the same quote; "" when there is
// none.
func piParam(param string, content []byte) string {
	key := []byte(param + "=")
	for rest := content; ; {
		k := bytes.Index(rest, key)
		if k < 0 || k+len(key) >= len(rest) {
			return ""
		}
		q := rest[k+len(key)]
		rest = rest[k+len(key)+1:]
		if q != '\'' && q != '"' {
			continue
		}
		j := bytes.IndexByte(rest, q)
		if j < 0 {
			return ""
		}
		return string(rest[:j])
	}
}

// validName reports whether b is an XML name: a letter or _ first, then
// letters, digits, marks and _ - . :, with at most one colon. A name
// with other than ASCII in it, which no workbook part uses, is judged by
// encoding/xml itself (xmlName), whose tables of name characters are
// XML's and not Unicode's letters.
func (s *xmlScanner) validName(b []byte) bool {
	if len(b) == 0 || bytes.Count(b, []byte{':'}) > 1 { // encoding/xml refuses a name with two prefixes
		return false
	}
	if !plainASCII(b) {
		s.wide++
		return s.wide <= maxWideNames && xmlName(b)
	}
	first := true
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			return false
		}
		b = b[n:]
		ok := unicode.IsLetter(r) || r == '_' || r == ':'
		if !first {
			ok = ok || unicode.IsDigit(r) || r == '-' || r == '.' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == 0xB7
		}
		if !ok {
			return false
		}
		first = false
	}
	return true
}

// nameErr is the error of a name validName refused: what, or the limit
// of names with other than ASCII when that was passed.
func (s *xmlScanner) nameErr(what string) error {
	if s.wide > maxWideNames {
		return s.fail("fler än %d namn med tecken utanför ASCII (en arbetsbok har inga)", maxWideNames)
	}
	return s.fail("%s", what)
}

// maxWideNames is how many names with other than ASCII a part may
// have: each costs a decoder of encoding/xml, and a workbook's parts
// have none, so a part of millions of them is refused before it costs
// seconds.
const maxWideNames = 1000

// xmlName reports whether encoding/xml reads b as an element's name.
func xmlName(b []byte) bool {
	d := xml.NewDecoder(io.MultiReader(strings.NewReader("<"), bytes.NewReader(b), strings.NewReader("/>")))
	tok, err := d.RawToken()
	_, ok := tok.(xml.StartElement)
	return err == nil && ok
}
