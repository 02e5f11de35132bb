package capture

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Limits on a WARC record's header block: a corrupt archive must not make a
// header line or block grow without bound.
const (
	maxHeaderLine  = 64 << 10
	maxHeaderLines = 512
	// maxRecordSize bounds a record's content: a page plus its HTTP headers.
	maxRecordSize = MaxPageSize + 1<<20
)

// errTruncated marks an archive that ends inside a record or gzip member.
var errTruncated = errors.New("archive truncated (unexpected end of file)")

// errMalformed marks a record whose header cannot be read or whose length is
// wrong. The reader reports it and looks for the next record.
var errMalformed = errors.New("malformed record")

// warcReader reads the records of a WARC or WET archive one at a time,
// plain or gzip-compressed (one member per record, or one stream).
type warcReader struct {
	path string
	file *countingReader // the file as read, counting consumed bytes
	gz   bool
	zr   *gzip.Reader

	member    *bufio.Reader // the decompressed member (or the plain file)
	zbuf      *bufio.Reader // reused buffers of gzip members (zbuf under memberCnt, mbuf over it)
	mbuf      *bufio.Reader
	memberCnt *countingReader // bytes decompressed from the current member
	memberOff int64           // file offset of the current gzip member
	decBase   int64           // decompressed bytes of earlier members
	done      bool
	lost      bool // after a malformed record: the next record is to be found
}

// countingReader counts the bytes read through it. It keeps io.ByteReader
// so that compress/flate reads no further than a gzip member's end and the
// count is the member boundary.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func newWARCReader(path string, br *bufio.Reader, gz bool) *warcReader {
	w := &warcReader{path: path, file: &countingReader{r: br}, gz: gz}
	if !gz {
		w.memberCnt = w.file
		w.member = bufio.NewReaderSize(w.file, 32<<10)
	}
	return w
}

// offset is the decompressed (or plain) offset of the next unread byte of
// the current member.
func (w *warcReader) offset() int64 {
	return w.memberCnt.n - int64(w.member.Buffered())
}

// source names the record starting at local offset off of the current member.
func (w *warcReader) source(off int64) string {
	switch {
	case !w.gz:
		return w.path + "#" + strconv.FormatInt(off, 10)
	case off == 0:
		return w.path + "#" + strconv.FormatInt(w.memberOff, 10)
	default:
		return w.path + "#" + strconv.FormatInt(w.decBase+off, 10)
	}
}

// nextMember opens the next gzip member; io.EOF when there is none.
func (w *warcReader) nextMember() error {
	if w.memberCnt != nil {
		w.decBase += w.memberCnt.n
	}
	// With the file's reader as io.ByteReader, flate stops at the member's
	// end, so the file count is exactly where the next member starts.
	if _, err := w.file.r.Peek(1); err == io.EOF {
		return io.EOF
	}
	w.memberOff = w.file.n
	var err error
	if w.zr == nil {
		w.zr, err = gzip.NewReader(w.file)
	} else {
		err = w.zr.Reset(w.file)
	}
	if err != nil {
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			err = errTruncated
		}
		return fmt.Errorf("open gzip member at %d: %w", w.memberOff, err)
	}
	w.zr.Multistream(false)
	// The buffers are reused from member to member: a WET record is a few
	// kilobytes, and two fresh 32 KiB buffers per record were most of the
	// reader's allocation. Nothing keeps a slice of them past a record.
	if w.zbuf == nil {
		w.zbuf = bufio.NewReaderSize(w.zr, 32<<10)
		w.mbuf = bufio.NewReaderSize(nil, 32<<10)
	} else {
		w.zbuf.Reset(w.zr)
	}
	w.memberCnt = &countingReader{r: w.zbuf}
	w.mbuf.Reset(w.memberCnt)
	w.member = w.mbuf
	return nil
}

// next returns the next page record (response, resource or conversion),
// skipping the others. A record it cannot use is an *InputError naming the
// record; a corrupt or truncated archive ends with one *InputError.
func (w *warcReader) next() (Capture, error) {
	for !w.done {
		if w.member == nil {
			if err := w.nextMember(); err != nil {
				w.done = true
				if err == io.EOF {
					return Capture{}, io.EOF
				}
				return Capture{}, &InputError{Source: w.path + "#" + strconv.FormatInt(w.file.n, 10), Err: err}
			}
		}
		c, ok, err := w.readRecord()
		if err == io.EOF { // end of member or of plain file
			if !w.gz {
				w.done = true
				return Capture{}, io.EOF
			}
			w.member = nil
			continue
		}
		if err != nil {
			return Capture{}, err
		}
		if ok {
			return c, nil
		}
	}
	return Capture{}, io.EOF
}

// readRecord reads one record. ok is false for a record that holds no page.
// A fatal error sets w.done.
func (w *warcReader) readRecord() (c Capture, ok bool, err error) {
	if w.lost {
		if err := w.findRecord(); err != nil {
			if err == io.EOF {
				return c, false, io.EOF
			}
			return c, false, w.fatal(w.offset(), err)
		}
	}
	// Records are separated by blank lines; skip them.
	for {
		b, err := w.member.Peek(1)
		if err != nil {
			if err == io.EOF {
				return c, false, io.EOF
			}
			return c, false, w.fatal(w.offset(), err)
		}
		if b[0] != '\r' && b[0] != '\n' {
			break
		}
		w.member.ReadByte()
	}
	start := w.offset()
	src := w.source(start)
	hdr, err := w.readHeader()
	if errors.Is(err, errMalformed) {
		return c, false, w.skip(start, err)
	}
	if err != nil {
		return c, false, w.fatal(start, err)
	}
	length, err := strconv.ParseInt(hdr.Get("Content-Length"), 10, 64)
	if err != nil || length < 0 {
		return c, false, w.skip(start, fmt.Errorf("%w: bad Content-Length %q", errMalformed, hdr.Get("Content-Length")))
	}
	if length > maxRecordSize {
		if _, err := io.CopyN(io.Discard, w.member, length); err != nil {
			return c, false, w.fatal(start, truncated(err))
		}
		return c, false, &InputError{Source: src, Err: ErrTooLarge}
	}
	block := make([]byte, length)
	if _, err := io.ReadFull(w.member, block); err != nil {
		return c, false, w.fatal(start, truncated(err))
	}
	// A wrong Content-Length shows where the block should end: the page
	// would be cut short or run into the next record.
	if after, _ := w.member.Peek(4); !recordEnd(after) {
		return c, false, w.skip(start, fmt.Errorf("%w: Content-Length %d does not end the record (%q follows)", errMalformed, length, after))
	}
	c = Capture{Source: src, URI: strings.Trim(hdr.Get("WARC-Target-URI"), "<>")}
	if t, err := time.Parse(time.RFC3339, hdr.Get("WARC-Date")); err == nil {
		c.FetchedAt = t
	}
	return recordPage(c, hdr.Get("WARC-Type"), hdr.Get("Content-Type"), block)
}

// recordPage gives the page a record's block holds, by the record's type
// and content type: ok is false for records that hold none (warcinfo,
// request, metadata, revisit, redirects, images).
func recordPage(c Capture, typ, ct string, block []byte) (Capture, bool, error) {
	switch strings.ToLower(typ) {
	case "response":
		if !strings.Contains(strings.ToLower(ct), "application/http") {
			return page(c, ct, block)
		}
		ct, body, err := httpPayload(block)
		if err != nil {
			return c, false, &InputError{Source: c.Source, Err: err}
		}
		if body == nil {
			return c, false, nil
		}
		return page(c, ct, body)
	case "resource":
		return page(c, ct, block)
	case "conversion":
		if ct == "" {
			ct = "text/plain"
		}
		return page(c, ct, block)
	}
	return c, false, nil
}

// page keeps a record's payload when it is a text page and not empty.
func page(c Capture, ct string, body []byte) (Capture, bool, error) {
	if !isPageType(ct) || len(bytes.TrimSpace(body)) == 0 {
		return c, false, nil
	}
	if len(body) > MaxPageSize {
		return c, false, &InputError{Source: c.Source, Err: ErrTooLarge}
	}
	if mt, _, _ := mime.ParseMediaType(ct); mt == "text/plain" {
		var err error
		if body, ct, err = decodeText(ct, body); err != nil {
			return c, false, &InputError{Source: c.Source, Err: err}
		}
	}
	c.ContentType, c.Body = ct, body
	return c, true, nil
}

// truncated names a failure to read a record's block: the end of the data
// is a truncated archive; a remote file that could not be read says why.
func truncated(err error) error {
	var fe *fetchError
	if errors.As(err, &fe) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return errTruncated
}

// recordEnd accepts what may follow a record's block: the blank lines that
// end it, the end of the member or file, or the next record without them.
func recordEnd(after []byte) bool {
	rest := bytes.TrimLeft(after, "\r\n")
	return bytes.HasPrefix([]byte("WARC/"), rest)
}

// versionLine reports whether b starts with a record's version line.
func versionLine(b []byte) bool {
	return len(b) >= 4 && string(b[:4]) == "WARC" && (len(b) == 4 || b[4] == '/')
}

// skip reports a malformed record and has the next read look for the next
// record, as a WARC reader that scans for "WARC/" at the start of a line
// does; the pages after a bad record are not lost.
func (w *warcReader) skip(off int64, err error) error {
	w.lost = true
	return &InputError{Source: w.source(off), Err: fmt.Errorf("read warc record: %w (skipped to the next record)", err)}
}

// findRecord discards lines up to the next one that starts a record. The
// end of a member ends the search: the next member starts a record.
func (w *warcReader) findRecord() error {
	for {
		head, err := w.member.Peek(5)
		if len(head) == 5 && versionLine(head) {
			w.lost = false
			return nil
		}
		if len(head) == 0 && err != nil {
			if err == io.EOF {
				w.lost = false
			}
			return err
		}
		for {
			_, err := w.member.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				w.lost = false
			}
			if err != nil {
				return err
			}
			break
		}
	}
}

// fatal ends the archive: after a corrupt header or a truncation there is
// no reliable way to find the next record.
func (w *warcReader) fatal(off int64, err error) error {
	w.done = true
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		err = fmt.Errorf("%w: %v", errTruncated, err)
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		err = fmt.Errorf("corrupt gzip data: %w", err)
	}
	return &InputError{Source: w.source(off), Err: fmt.Errorf("read warc record: %w", err)}
}

// warcHeader holds a record's named fields; names are case-insensitive.
type warcHeader map[string]string

func (h warcHeader) Get(name string) string { return h[strings.ToLower(name)] }

// readHeader reads the version line and the named fields up to the blank
// line that ends them.
func (w *warcReader) readHeader() (warcHeader, error) {
	line, err := w.readLine()
	if err != nil {
		return nil, err
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("%w: no WARC version line (found %q)", errMalformed, clip(line, 40))
	}
	h := warcHeader{}
	last := ""
	for n := 0; ; n++ {
		if n > maxHeaderLines {
			return nil, fmt.Errorf("%w: more than %d header lines", errMalformed, maxHeaderLines)
		}
		line, err := w.readLine()
		if err != nil {
			return nil, err
		}
		if line == "" {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" { // folded continuation
			h[last] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, found := strings.Cut(line, ":")
		if !found {
			// A stray line (a crawler's bug) names no field; the fields
			// around it, the length above all, still frame the record.
			last = ""
			continue
		}
		last = strings.ToLower(strings.TrimSpace(name))
		h[last] = strings.TrimSpace(value)
	}
}

// readLine reads one header line without its line ending, refusing lines
// longer than maxHeaderLine.
func (w *warcReader) readLine() (string, error) {
	var buf []byte
	for {
		frag, err := w.member.ReadSlice('\n')
		buf = append(buf, frag...)
		if len(buf) > maxHeaderLine {
			return "", fmt.Errorf("%w: header line longer than %d bytes", errMalformed, maxHeaderLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			return "", errTruncated
		}
		if err != nil {
			return "", err
		}
		return strings.TrimRight(string(buf), "\r\n"), nil
	}
}

// httpPayload strips the HTTP response headers from a response record and
// undoes chunking and content encoding. It gives a nil body, without error,
// for responses that hold no page (redirects, errors, images).
func httpPayload(block []byte) (string, []byte, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block)), nil)
	if err != nil {
		return "", nil, fmt.Errorf("parse HTTP response: %w", err)
	}
	defer resp.Body.Close()
	ct := resp.Header.Get("Content-Type")
	if resp.StatusCode < 200 || resp.StatusCode > 299 || !isPageType(ct) {
		return ct, nil, nil
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxPageSize+1))
	if err != nil {
		// Some crawlers store the payload de-chunked but keep the header:
		// fall back to the bytes after the header block.
		i := bytes.Index(block, []byte("\r\n\r\n"))
		if i < 0 {
			return ct, nil, fmt.Errorf("read HTTP body: %w", err)
		}
		body = block[i+4:]
	}
	switch enc := strings.ToLower(resp.Header.Get("Content-Encoding")); enc {
	case "", "identity":
	case "gzip", "x-gzip", "deflate":
		var zr io.Reader
		if enc == "deflate" {
			zr = flate.NewReader(bytes.NewReader(body))
		} else if zr, err = gzip.NewReader(bytes.NewReader(body)); err != nil {
			// Many archives store the decoded body but keep the header.
			return ct, body, nil
		}
		dec, err := io.ReadAll(io.LimitReader(zr, MaxPageSize+1))
		if err != nil {
			return ct, nil, fmt.Errorf("decode %s body: %w", enc, err)
		}
		body = dec
	default:
		return ct, nil, fmt.Errorf("unsupported Content-Encoding %q", enc)
	}
	return ct, body, nil
}

// isPageType accepts the content types a news page comes in; an absent
// type is accepted and the content decides later.
func isPageType(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain":
		return true
	}
	return false
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
