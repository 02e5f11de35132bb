package capture

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// IsURL reports whether an input names a remote file (http or https) rather
// than a local path.
func IsURL(input string) bool {
	l := strings.ToLower(input)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// remoteOptions set how a remote input is fetched; tests shorten the waits.
type remoteOptions struct {
	client  *http.Client
	retries int           // consecutive failed attempts without progress before giving up
	backoff time.Duration // wait before the first retry, doubled after each failure
	maxWait time.Duration // cap on one wait
	idle    time.Duration // a connection that delivers nothing for this long is dropped and resumed
}

var defaultRemote = remoteOptions{
	client: &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   15 * time.Second,
		ResponseHeaderTimeout: time.Minute,
		ForceAttemptHTTP2:     true,
		MaxIdleConnsPerHost:   4,
	}},
	retries: 6,
	backoff: time.Second,
	maxWait: 30 * time.Second,
	idle:    time.Minute,
}

// remoteFile reads a remote file as one stream of its bytes, from the first
// to the last, without a local copy. When the connection breaks or stalls
// it asks again for the rest (Range: bytes=N-, N being the bytes already
// given to the caller), so whatever decodes the stream above it (gzip
// members, WARC records) never sees the break: no record is read twice or
// lost, whatever the break cuts through. A server that ignores the range
// sends the file again from the start, and the N bytes already given are
// skipped, provided it is the same file (same validators and length).
type remoteFile struct {
	ctx  context.Context
	url  string
	opts remoteOptions

	body   io.ReadCloser // the current response's body, nil between connections
	cancel context.CancelFunc
	idle   *time.Timer

	off   int64 // bytes given to the caller
	size  int64 // length of the whole file; -1 while unknown
	etag  string
	mtime string // Last-Modified

	fails   int   // consecutive failed attempts without progress
	lastErr error // why the last attempt failed
	err     error // io.EOF or a final failure, returned by every later read
}

// fetchError is a remote input that could not be read: it names the address
// and the reason. It does not wrap io.ErrUnexpectedEOF, so the archive
// reader reports it as it is rather than as a truncated archive.
type fetchError struct {
	url    string
	off    int64
	reason string
}

func (e *fetchError) Error() string {
	if e.off > 0 {
		return fmt.Sprintf("fetch %s at byte %d: %s", e.url, e.off, e.reason)
	}
	return fmt.Sprintf("fetch %s: %s", e.url, e.reason)
}

// openRemote requests url and returns its body as a resuming stream.
func openRemote(ctx context.Context, url string, opts remoteOptions) (*remoteFile, error) {
	f := &remoteFile{ctx: ctx, url: url, opts: opts, size: -1}
	if err := f.connect(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *remoteFile) Read(p []byte) (int, error) {
	for {
		if f.body == nil {
			if err := f.connect(); err != nil {
				return 0, err
			}
		}
		// The idle timer runs only while waiting for the server: a slow
		// consumer is not a stalled connection.
		f.idle.Reset(f.opts.idle)
		n, err := f.body.Read(p)
		f.idle.Stop()
		f.off += int64(n)
		if n > 0 {
			f.fails = 0
		}
		if err == nil {
			return n, nil
		}
		if err == io.EOF {
			if f.size < 0 || f.off == f.size {
				f.drop()
				f.err = io.EOF
				return n, io.EOF
			}
			err = fmt.Errorf("connection ended after %d of %d bytes", f.off, f.size)
		}
		f.drop()
		if cerr := f.ctx.Err(); cerr != nil {
			return n, cerr
		}
		if errors.Is(err, context.Canceled) { // our idle timer fired
			err = fmt.Errorf("no data for %s", f.opts.idle)
		}
		f.lastErr = err
		if n > 0 {
			return n, nil
		}
	}
}

// Close ends the current connection, if any.
func (f *remoteFile) Close() error {
	f.drop()
	return nil
}

func (f *remoteFile) drop() {
	if f.body != nil {
		f.idle.Stop()
		f.body.Close()
		f.cancel()
		f.body = nil
	}
}

// connect opens a response that continues at f.off, retrying with growing
// waits. A failure that a retry cannot mend (404, a file changed on the
// server) is returned at once, and so are all later reads.
func (f *remoteFile) connect() error {
	if f.err != nil {
		return f.err
	}
	for {
		if f.lastErr != nil {
			f.fails++
			if f.fails > f.opts.retries {
				f.err = &fetchError{f.url, f.off, fmt.Sprintf("gave up after %d attempts: %v", f.fails, f.lastErr)}
				return f.err
			}
			wait := f.opts.backoff << (f.fails - 1)
			if wait > f.opts.maxWait || wait <= 0 {
				wait = f.opts.maxWait
			}
			slog.Warn("capture: remote read failed, resuming", "url", f.url, "byte", f.off, "attempt", f.fails+1, "wait", wait, "err", f.lastErr)
			select {
			case <-time.After(wait):
			case <-f.ctx.Done():
				return f.ctx.Err()
			}
		}
		retry, err := f.request()
		switch {
		case err == nil:
			f.lastErr = nil
			return nil
		case f.ctx.Err() != nil:
			return f.ctx.Err()
		case !retry:
			f.err = &fetchError{f.url, f.off, err.Error()}
			return f.err
		}
		f.lastErr = err
	}
}

// request sends one GET for the bytes from f.off and, when the answer can
// continue the stream, makes it the current body. retry says whether a
// later attempt may succeed.
func (f *remoteFile) request() (retry bool, err error) {
	ctx, cancel := context.WithCancel(f.ctx)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.url, nil)
	if err != nil {
		cancel()
		return false, err
	}
	// The file's own bytes: a transparently decompressed body could not be
	// resumed by byte offset.
	req.Header.Set("Accept-Encoding", "identity")
	req.Header.Set("User-Agent", "Storyline (news event coder; remote archive reader)")
	if f.off > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(f.off, 10)+"-")
		// If the file changed, the server sends all of the new one (200),
		// which the checks below refuse.
		if f.etag != "" && !strings.HasPrefix(f.etag, "W/") {
			req.Header.Set("If-Range", f.etag)
		} else if f.mtime != "" {
			req.Header.Set("If-Range", f.mtime)
		}
	}
	resp, err := f.opts.client.Do(req)
	if err != nil {
		cancel()
		return true, err
	}
	fail := func(retry bool, reason string) (bool, error) {
		resp.Body.Close()
		cancel()
		return retry, errors.New(reason)
	}
	switch {
	case resp.StatusCode == http.StatusOK && f.off == 0:
		f.size, f.etag, f.mtime = resp.ContentLength, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	case resp.StatusCode == http.StatusOK:
		// The range was ignored, or the file changed (If-Range).
		if reason := f.changed(resp); reason != "" {
			return fail(false, "the file changed on the server while it was read ("+reason+"); read it again from the start")
		}
		slog.Warn("capture: server ignored the byte range, skipping what was read", "url", f.url, "bytes", f.off)
		if _, err := io.CopyN(io.Discard, resp.Body, f.off); err != nil {
			return fail(true, fmt.Sprintf("skip the %d bytes already read (the server ignores byte ranges): %v", f.off, err))
		}
	case resp.StatusCode == http.StatusPartialContent:
		start, total, ok := contentRange(resp.Header.Get("Content-Range"))
		if !ok || start != f.off {
			return fail(false, fmt.Sprintf("asked for the bytes from %d, got Content-Range %q", f.off, resp.Header.Get("Content-Range")))
		}
		if f.off == 0 { // a server that answers every request with a range
			f.size, f.etag, f.mtime = total, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		}
		if f.size >= 0 && total >= 0 && total != f.size {
			return fail(false, fmt.Sprintf("the file changed on the server while it was read (length %d, was %d)", total, f.size))
		}
	case resp.StatusCode == http.StatusRequestedRangeNotSatisfiable && f.off == f.size:
		resp.Body.Close()
		resp.Body = http.NoBody // everything was read
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooManyRequests,
		resp.StatusCode >= 500:
		return fail(true, "HTTP "+resp.Status)
	default:
		return fail(false, "HTTP "+resp.Status)
	}
	f.body, f.cancel = resp.Body, cancel
	f.idle = time.AfterFunc(f.opts.idle, cancel)
	f.idle.Stop() // Read runs it while it waits
	return false, nil
}

// changed says how a full response differs from the file being read, or ""
// when nothing shows it is another file.
func (f *remoteFile) changed(resp *http.Response) string {
	switch {
	case f.etag != "" && resp.Header.Get("ETag") != f.etag:
		return fmt.Sprintf("ETag %s, was %s", resp.Header.Get("ETag"), f.etag)
	case f.mtime != "" && resp.Header.Get("Last-Modified") != f.mtime:
		return fmt.Sprintf("Last-Modified %s, was %s", resp.Header.Get("Last-Modified"), f.mtime)
	case f.size >= 0 && resp.ContentLength != f.size:
		return fmt.Sprintf("length %d, was %d", resp.ContentLength, f.size)
	}
	return ""
}

// contentRange parses "bytes START-END/TOTAL"; total is -1 for "*".
func contentRange(s string) (start, total int64, ok bool) {
	rest, found := strings.CutPrefix(s, "bytes ")
	if !found {
		return 0, 0, false
	}
	span, tot, found := strings.Cut(rest, "/")
	if !found {
		return 0, 0, false
	}
	first, last, found := strings.Cut(span, "-")
	if !found {
		return 0, 0, false
	}
	start, err1 := strconv.ParseInt(first, 10, 64)
	end, err2 := strconv.ParseInt(last, 10, 64)
	if err1 != nil || err2 != nil || start < 0 || end < start {
		return 0, 0, false
	}
	total = -1
	if tot != "*" {
		t, err := strconv.ParseInt(tot, 10, 64)
		if err != nil || t <= end {
			return 0, 0, false
		}
		total = t
	}
	return start, total, true
}
