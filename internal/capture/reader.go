package capture

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

// Reader streams the captures of a list of inputs in order: the paths as
// given, folders walked recursively in lexical order.
type Reader struct {
	ctx     context.Context
	pending []string     // inputs not opened yet, in order
	cur     recordSource // the archive being read, nil between inputs
	closer  io.Closer    // closes cur's file
	stdin   io.Reader
	remote  remoteOptions // how http(s) inputs are fetched
}

// recordSource yields the captures of one open archive, ending in io.EOF.
type recordSource interface {
	next() (Capture, error)
}

// Open returns a Reader over paths. A path may be a file, a folder (read
// recursively, sorted, skipping dot files), "-" for standard input, or an
// http(s) address, read as a stream that resumes where it broke off when the
// connection fails (see IsURL). Nothing is opened until Next is called.
func Open(ctx context.Context, paths []string) *Reader {
	return &Reader{ctx: ctx, pending: append([]string(nil), paths...), stdin: os.Stdin, remote: defaultRemote}
}

// OpenReader returns a Reader over one stream, named name, such as a pipe.
func OpenReader(ctx context.Context, name string, r io.Reader) *Reader {
	return &Reader{ctx: ctx, pending: []string{"-"}, stdin: &namedStdin{r, name}}
}

type namedStdin struct {
	io.Reader
	name string
}

// Next returns the next capture. A failure confined to one input is an
// *InputError, after which Next may be called again; io.EOF ends the stream;
// any other error (a cancelled context) is final.
func (r *Reader) Next() (Capture, error) {
	for {
		if err := r.ctx.Err(); err != nil {
			r.Close()
			return Capture{}, err
		}
		if r.cur != nil {
			c, err := r.cur.next()
			if err == io.EOF {
				r.Close()
				continue
			}
			return c, err
		}
		if len(r.pending) == 0 {
			return Capture{}, io.EOF
		}
		path := r.pending[0]
		r.pending = r.pending[1:]
		c, err := r.openInput(path)
		if err != nil || c.Body != nil {
			return c, err
		}
		// An archive was opened into r.cur: loop to read its first record.
	}
}

// Close releases the input being read, if any.
func (r *Reader) Close() error {
	r.cur = nil
	if r.closer != nil {
		err := r.closer.Close()
		r.closer = nil
		return err
	}
	return nil
}

// openInput opens one path. A single page is returned as a capture; an
// archive is set up as r.cur and an empty capture is returned; a folder's
// entries are queued.
func (r *Reader) openInput(path string) (Capture, error) {
	fail := func(err error) (Capture, error) { return Capture{}, &InputError{Source: path, Err: err} }
	var f io.ReadCloser
	name := path
	if path == "-" {
		if ns, ok := r.stdin.(*namedStdin); ok {
			name = ns.name
		}
		f = io.NopCloser(r.stdin)
	} else if IsURL(path) {
		rf, err := openRemote(r.ctx, path, r.remote)
		if err != nil {
			return fail(err)
		}
		f = rf
	} else {
		info, err := os.Stat(path)
		if err != nil {
			return fail(err)
		}
		if info.IsDir() {
			files, err := walkFolder(path)
			if err != nil {
				return fail(err)
			}
			r.pending = append(files, r.pending...)
			return Capture{}, nil
		}
		if f, err = os.Open(path); err != nil {
			return fail(err)
		}
	}
	if name != path {
		fail = func(err error) (Capture, error) { return Capture{}, &InputError{Source: name, Err: err} }
	}
	br := bufio.NewReaderSize(f, 64<<10)
	gz, archive := sniffContainer(br)
	if archive {
		r.cur, r.closer = newWARCReader(name, br, gz), f
		return Capture{}, nil
	}
	defer f.Close()
	var body io.Reader = br
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fail(fmt.Errorf("read gzip: %w", err))
		}
		body = zr
	}
	data, err := io.ReadAll(io.LimitReader(body, MaxPageSize+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("gzip data truncated (unexpected end of file)")
		}
		return fail(fmt.Errorf("read: %w", err))
	}
	if len(data) > MaxPageSize {
		return fail(ErrTooLarge)
	}
	ct, err := pageType(name, data)
	if err != nil {
		return fail(err)
	}
	if ct == "text/plain" {
		if data, ct, err = decodeText(ct, data); err != nil {
			return fail(err)
		}
	}
	return Capture{Source: name, ContentType: ct, Body: data}, nil
}

// sniffContainer tells from the first bytes whether the input is gzip and
// whether it (once decompressed) is a WARC archive. Content decides, not the
// file name, so misnamed files and standard input work too.
func sniffContainer(br *bufio.Reader) (gz, archive bool) {
	head, _ := br.Peek(4 << 10)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz = true
		// Decompress a copy of the peeked bytes: enough to see "WARC/".
		if zr, err := gzip.NewReader(bytes.NewReader(head)); err == nil {
			var buf [16]byte
			n, _ := io.ReadFull(zr, buf[:])
			head = buf[:n]
		} else {
			head = nil
		}
	}
	head = bytes.TrimLeft(head, "\r\n")
	return gz, bytes.HasPrefix(head, []byte("WARC/"))
}

// pageType refuses empty and binary pages and gives the content type of a
// single-page input: HTML by extension or markup, else plain text.
func pageType(name string, data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	if isBinary(data) {
		return "", ErrBinary
	}
	lower := strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch {
	case strings.HasSuffix(lower, ".html"), strings.HasSuffix(lower, ".htm"), strings.HasSuffix(lower, ".xhtml"):
		return "text/html", nil
	case strings.HasSuffix(lower, ".txt"), strings.HasSuffix(lower, ".text"):
		return "text/plain", nil
	case looksLikeHTML(data):
		return "text/html", nil
	}
	return "text/plain", nil
}

// isBinary reports data that is not text in any charset: NUL or other
// control bytes, or a known binary signature.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	if bytes.IndexByte(head, 0) >= 0 {
		// UTF-16 text has NULs too; it is rare in news captures and its
		// BOM says so.
		return !bytes.HasPrefix(head, []byte{0xff, 0xfe}) && !bytes.HasPrefix(head, []byte{0xfe, 0xff})
	}
	switch ct := http.DetectContentType(head); {
	case strings.HasPrefix(ct, "text/"):
		return false
	case ct == "application/octet-stream":
		// A stray control byte (form feed, SUB) does not make text binary.
		return controlRatio(head) > 0.01
	default: // images, PDF, archives, media
		return true
	}
}

func controlRatio(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// looksLikeHTML finds markup at the start of a page.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	head = bytes.TrimLeft(head, "\ufeff \t\r\n")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<div", "<p>", "<title"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}
