package capture

// The reader comparison behind docs/capture.md: github.com/nlnwa/gowarc/v3
// against this package's own WARC reader, on the same archives, for the
// same output (the pages, by recordPage). gowarc frames the records; the
// page is taken from its block exactly as the own reader takes it.

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// gowarcSource reads an archive's pages with gowarc. Blocks must be cached
// to be read after Next, which the spec-violation policy ErrWarn does;
// block parsing is skipped, as recordPage parses HTTP itself. Findings
// (ErrWarn) do not stop a record; they are kept in warnings.
type gowarcSource struct {
	path     string
	r        *gowarc.WarcFileReader
	done     bool
	warnings []error
}

func newGowarcSource(path string, r io.Reader) *gowarcSource {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn), gowarc.WithSkipParseBlock())
	if err != nil {
		panic(err) // only a failed Seek, and r does not seek
	}
	return &gowarcSource{path: path, r: wr}
}

func (g *gowarcSource) next() (Capture, error) {
	for !g.done {
		rec, err := g.r.Next()
		src := g.path + "#" + strconv.FormatInt(rec.Offset, 10)
		if err == io.EOF {
			g.done = true
			return Capture{}, io.EOF
		}
		if err != nil {
			// gowarc cannot go on after a fatal error: its position in
			// the stream is undefined.
			g.done = true
			rec.Close()
			return Capture{}, &InputError{Source: src, Err: err}
		}
		if len(rec.Validation) > 0 {
			g.warnings = append(g.warnings, &InputError{Source: src, Err: errors.Join(rec.Validation...)})
		}
		wr := rec.WarcRecord
		c := Capture{Source: src, URI: strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>")}
		if t, err := time.Parse(time.RFC3339, wr.WarcHeader().Get(gowarc.WarcDate)); err == nil {
			c.FetchedAt = t
		}
		raw, err := wr.Block().RawBytes()
		var block []byte
		if err == nil {
			block, err = io.ReadAll(io.LimitReader(raw, maxRecordSize+1))
		}
		rec.Close()
		if err != nil {
			return Capture{}, &InputError{Source: src, Err: err}
		}
		c, ok, err := recordPage(c, wr.Type().String(), wr.WarcHeader().Get(gowarc.ContentType), block)
		if err != nil || ok {
			return c, err
		}
	}
	return Capture{}, io.EOF
}

// readArchive drains one archive held in data with the named reader.
func readArchive(which, name string, data []byte) (caps []Capture, errs []error) {
	var src recordSource
	br := bufio.NewReaderSize(bytes.NewReader(data), 64<<10)
	if which == "gowarc" {
		g := newGowarcSource(name, br)
		defer func() { errs = append(errs, g.warnings...) }()
		src = g
	} else {
		gz, _ := sniffContainer(br)
		src = newWARCReader(name, br, gz)
	}
	for {
		c, err := src.next()
		if err == io.EOF {
			return caps, errs
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		caps = append(caps, c)
	}
}

// TestGowarcTolerance reads the same damaged archives with both readers. It
// asserts what the choice of the own reader rests on: it gives every sound
// page gowarc gives, never a damaged page, and it reports every damage that
// loses a page. The log holds the comparison table.
func TestGowarcTolerance(t *testing.T) {
	recs := testArchive(6)
	plain := strings.Join(recs, "")
	rec3 := strings.Index(plain, recs[3])
	longer := strings.Replace(recs[3], "Content-Length: ", "Content-Length: 1", 1)
	shorter := recs[3][:strings.Index(recs[3], "Content-Length: ")] + "Content-Length: 100" + recs[3][strings.Index(recs[3], "\r\n\r\n"):]
	with := func(i int, r string) []string {
		out := append([]string(nil), recs...)
		out[i] = r
		return out
	}
	sound := map[string]bool{}
	caps, _ := readArchive("own", "a", []byte(plain))
	for _, c := range caps {
		sound[c.URI+"\x00"+string(c.Body)] = true
	}
	tests := []struct {
		name     string
		data     []byte
		reported bool // the own reader reports an error
	}{
		{"sound, plain", []byte(plain), false},
		{"sound, gzip per record", gzipMembers(recs...), false},
		{"sound, one gzip stream", gzipMembers(plain), false},
		{"LF line endings", []byte(strings.ReplaceAll(plain, "\r\n", "\n")), false},
		{"header line without colon", []byte(strings.Join(with(3, strings.Replace(recs[3], "WARC/1.0\r\n", "WARC/1.0\r\nno colon here\r\n", 1)), "")), false},
		{"truncated in a record, plain", []byte(plain[:rec3+100]), true},
		{"truncated in a member, gzip", gzipMembers(recs...)[:len(gzipMembers(recs[:3]...))+50], true},
		{"Content-Length not a number", []byte(strings.Join(with(3, strings.Replace(recs[3], "Content-Length: ", "Content-Length: x", 1)), "")), true},
		{"Content-Length too long, plain", []byte(strings.Join(with(3, longer), "")), true},
		{"Content-Length too short, plain", []byte(strings.Join(with(3, shorter), "")), true},
		{"Content-Length too short, gzip per record", gzipMembers(with(3, shorter)...), true},
		{"garbage between records, plain", []byte(plain[:rec3] + "garbage\r\n" + plain[rec3:]), true},
		{"garbage member, gzip", gzipMembers(with(3, "garbage\r\n")...), true},
		{"no version line", []byte(strings.Join(with(3, strings.Replace(recs[3], "WARC/1.0", "XXXX/1.0", 1)), "")), true},
	}
	for _, tt := range tests {
		own, ownErrs := readArchive("own", "a", tt.data)
		gw, gwErrs := readArchive("gowarc", "a", tt.data)
		count := func(caps []Capture) (good, bad int) {
			for _, c := range caps {
				if sound[c.URI+"\x00"+string(c.Body)] {
					good++
				} else {
					bad++
				}
			}
			return good, bad
		}
		og, ob := count(own)
		gg, gb := count(gw)
		t.Logf("%-42s own: %d sound pages, %d damaged, %d errors   gowarc: %d sound, %d damaged, %d errors",
			tt.name, og, ob, len(ownErrs), gg, gb, len(gwErrs))
		if tt.reported != (len(ownErrs) > 0) {
			t.Errorf("%s: own reader errors %v", tt.name, ownErrs)
		}
		if !tt.reported && og != len(recs) {
			t.Errorf("%s: own reader gave %d of %d pages", tt.name, og, len(recs))
		}
		if ob > 0 || og < gg {
			t.Errorf("%s: own reader gave %d sound and %d damaged pages, gowarc %d sound", tt.name, og, ob, gg)
		}
	}
}

// BenchmarkReadArchive reads the same archives with both readers. The
// archives are those in $STORYLINE_BENCH_ARCHIVES (a folder, e.g. from
// `storyline gencorpus -format warc`), or a synthetic WET-like archive. The
// figures per CPU-second (cpu-ms/op, MB/cpu-s) are the ones to compare on a
// shared machine.
func BenchmarkReadArchive(b *testing.B) {
	type archive struct {
		name string
		data []byte
	}
	var archives []archive
	if dir := os.Getenv("STORYLINE_BENCH_ARCHIVES"); dir != "" {
		files, err := walkFolder(dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			archives = append(archives, archive{filepath.Base(f), data})
		}
	} else {
		archives = append(archives, archive{"synthetic.warc.gz", gzipMembers(testArchive(1000)...)})
	}
	var size int64
	for _, a := range archives {
		size += int64(len(a.data))
	}
	for _, which := range []string{"own", "gowarc"} {
		b.Run(which, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size)
			cpu0 := cpuTime()
			pages := 0
			for b.Loop() {
				pages = 0
				for _, a := range archives {
					caps, errs := readArchive(which, a.name, a.data)
					if len(errs) > 0 {
						b.Fatalf("%s: %v", a.name, errs[0])
					}
					pages += len(caps)
				}
			}
			cpu := (cpuTime() - cpu0).Seconds()
			b.ReportMetric(cpu*1e3/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu, "MB/cpu-s")
			b.ReportMetric(float64(pages), "pages")
		})
	}
}

// cpuTime is the user and system time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
