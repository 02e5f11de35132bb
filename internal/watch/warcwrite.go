package watch

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// archiveSuffix ends the name of every finished archive file.
const archiveSuffix = ".warc.gz"

// openSuffix ends the name of an archive file while it is written
// (gowarc's default).
const openSuffix = ".open"

// archive writes exchanges as request and response records to gzip WARC
// files (one gzip member a record) in a folder. A file is closed and a new
// one begun when it would pass the size limit, when the clock hour changes
// and when rotate is called (at the end of each round, so the round's
// captures can be ingested).
type archive struct {
	w   *gowarc.WarcFileWriter
	dir string

	maxSize int64

	mu       sync.Mutex
	hour     time.Time // the hour of the open file; zero when none is open
	size     int64     // bytes on disk of the open file
	finished []string  // files closed since the last rotate
	bytes    int64     // payload bytes written since the last rotate
}

func newArchive(dir string, maxSize int64, software string) (*archive, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("make archive folder %s: %w", dir, err)
	}
	a := &archive{dir: dir, maxSize: maxSize}
	var tag [4]byte
	rand.Read(tag[:])
	names := &archiveNames{dir: dir, tag: hex.EncodeToString(tag[:])}
	a.w = gowarc.NewWarcFileWriter(
		gowarc.WithCompression(true),
		// Size rotation is done here, between exchanges: gowarc's own
		// would split a request from its response.
		gowarc.WithMaxFileSize(0),
		gowarc.WithFileNameGenerator(names),
		gowarc.WithAddWarcConcurrentToHeader(true),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: " + software + "\r\nformat: WARC File Format 1.1\r\n")
			return err
		}),
		gowarc.WithAfterFileCreationHook(func(name string, _ int64, _ string) error {
			a.mu.Lock()
			a.finished = append(a.finished, name)
			a.mu.Unlock()
			return nil
		}),
	)
	return a, nil
}

// write stores one exchange and returns the file it went to.
func (a *archive) write(ex exchange) (string, error) {
	hour := ex.At.Truncate(time.Hour)
	a.mu.Lock()
	stale := !a.hour.IsZero() && !a.hour.Equal(hour)
	// Gzip takes news pages to well under half their size.
	full := a.size > 0 && a.size+int64(len(ex.Body))/2 > a.maxSize
	if stale || full {
		a.size = 0
	}
	a.hour = hour
	a.bytes += int64(len(ex.Body))
	a.mu.Unlock()
	// Building records and writing them, which makes a file's warcinfo
	// record in the writer's own goroutine, are one step at a time.
	buildMu.Lock()
	defer buildMu.Unlock()
	if stale || full {
		if err := a.w.Rotate(); err != nil {
			return "", fmt.Errorf("rotate archive: %w", err)
		}
	}
	req, err := requestRecord(ex)
	if err != nil {
		return "", err
	}
	resp, err := responseRecord(ex)
	if err != nil {
		req.Close()
		return "", err
	}
	res := a.w.Write(req, resp)
	if len(res) != 2 {
		return "", fmt.Errorf("write archive record for %s: the writer is closed", ex.Req.URL)
	}
	for _, r := range res {
		if r.Err != nil {
			return "", fmt.Errorf("write archive record for %s to %s: %w", ex.Req.URL, r.FileName, r.Err)
		}
	}
	if fi, err := os.Stat(filepath.Join(a.dir, res[1].FileName+openSuffix)); err == nil {
		a.mu.Lock()
		a.size = fi.Size()
		a.mu.Unlock()
	}
	return filepath.Join(a.dir, res[1].FileName), nil
}

// rotate closes the open file and returns the files finished since the
// last call, with the payload bytes written to them.
func (a *archive) rotate() ([]string, int64, error) {
	buildMu.Lock()
	err := a.w.Rotate()
	buildMu.Unlock()
	a.mu.Lock()
	defer a.mu.Unlock()
	files, n := a.finished, a.bytes
	a.finished, a.bytes, a.hour, a.size = nil, 0, time.Time{}, 0
	if err != nil {
		return files, n, fmt.Errorf("close archive file: %w", err)
	}
	return files, n, nil
}

func (a *archive) close() error {
	buildMu.Lock()
	defer buildMu.Unlock()
	return a.w.Close()
}

// archiveNames names archive files storyline-TIME-TAG-SERIAL, TAG being
// random for each writer, so two writers on one folder (two processes, or
// a restart within the second) never pick the same name.
type archiveNames struct {
	dir    string
	tag    string
	serial atomic.Int32
}

func (g *archiveNames) NewWarcfileName() (string, string) {
	return g.dir, fmt.Sprintf("storyline-%s-%s-%05d.warc", time.Now().UTC().Format("20060102T150405Z"), g.tag, g.serial.Add(1))
}

// requestRecord is the request as sent, headers and all.
func requestRecord(ex exchange) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\nHost: %s\r\n", ex.Req.URL.RequestURI(), ex.Req.URL.Host)
	ex.Req.Header.Write(&b)
	b.WriteString("\r\n")
	return build(gowarc.Request, ex, "application/http;msgtype=request", b.Bytes())
}

// responseRecord is the response with its payload as the client read it:
// a transfer or content encoding the transport undid is dropped from the
// headers, and Content-Length says the stored length.
func responseRecord(ex exchange) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	status := ex.Resp.Status
	if status == "" {
		status = strconv.Itoa(ex.Resp.StatusCode) + " " + http.StatusText(ex.Resp.StatusCode)
	}
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", status)
	h := ex.Resp.Header.Clone()
	for _, k := range []string{"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"} {
		h.Del(k)
	}
	if ex.Resp.Uncompressed {
		h.Del("Content-Encoding")
	}
	h.Set("Content-Length", strconv.Itoa(len(ex.Body)))
	h.Write(&b)
	b.WriteString("\r\n")
	b.Write(ex.Body)
	return build(gowarc.Response, ex, "application/http;msgtype=response", b.Bytes())
}

// buildMu serialises every use of gowarc's writers and record builders in
// the process: a record builder switches on the uuid package's random pool,
// a global, every time one is made (the writer makes one for each new
// file's warcinfo), so two at once race on it.
var buildMu sync.Mutex

func build(kind gowarc.RecordType, ex exchange, contentType string, block []byte) (gowarc.WarcRecord, error) {
	rb := gowarc.NewRecordBuilder(kind,
		gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true),
	)
	if _, err := rb.Write(block); err != nil {
		return nil, fmt.Errorf("build %s record for %s: %w", kind, ex.Req.URL, err)
	}
	rb.AddWarcHeader(gowarc.WarcTargetURI, ex.Req.URL.String())
	rb.AddWarcHeaderTime(gowarc.WarcDate, ex.At)
	rb.AddWarcHeader(gowarc.ContentType, contentType)
	rec, _, err := rb.Build()
	if err != nil {
		return nil, fmt.Errorf("build %s record for %s: %w", kind, ex.Req.URL, err)
	}
	return rec, nil
}
