package bench

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// Format is how a corpus stores its pages.
type Format string

const (
	// FormatWET: text captures as WET archives (WARC conversion records),
	// one gzip member per record, as Common Crawl ships them.
	FormatWET Format = "wet"
	// FormatWARC: HTML pages as WARC archives (request, response and
	// metadata records), one gzip member per record.
	FormatWARC Format = "warc"
	// FormatText: one plain text capture per file, in folders.
	FormatText Format = "txt"
)

// CorpusOptions describe a corpus to write. Zero fields take defaults.
type CorpusOptions struct {
	Articles int    // pages to write
	Seed     uint64 // the same seed and options give the same bytes
	Format   Format // default FormatWET
	// PerFile is the number of pages per archive, or per folder of text
	// files (default 1000). Archives are the unit of work of ingest.
	PerFile int
	// DuplicateRate is the share of pages that copy an earlier one: exact
	// syndication, trimmed or reworded (default 0.25; negative for none).
	DuplicateRate float64
	Start         time.Time // first publication day (default 2022-01-01)
	Days          int       // days the corpus spans (default 730)
	Workers       int       // files written at once (default GOMAXPROCS)
	// Order is how publication dates follow a page's place in the corpus
	// (default OrderTime).
	Order Order
}

// Order is how a corpus dates its pages along the archives.
type Order string

const (
	// OrderTime: dates rise with a page's place in the corpus, the first
	// archive the oldest and the last the newest (a page's time of day,
	// and a copy's day or three after its original, are the jitter), as a
	// process following feeds captures news.
	OrderTime Order = "time"
	// OrderRandom: the corpus's stories are laid out on its days in a
	// random order, a block of orderBlock pages at a time, so every
	// archive holds pages from all over the span, as a backfill of an
	// archive loaded out of order would. A copy still follows its
	// original within days, and the articles of a block report its
	// stories near its days.
	OrderRandom Order = "random"
)

// orderBlock is the pages OrderRandom keeps together on consecutive
// days: ten stories' worth, so that several outlets still report each
// story within days.
const orderBlock = 10 * articlesPerStory

func (o CorpusOptions) withDefaults() CorpusOptions {
	if o.Format == "" {
		o.Format = FormatWET
	}
	if o.PerFile <= 0 {
		o.PerFile = 1000
	}
	if o.DuplicateRate == 0 {
		o.DuplicateRate = 0.25
	}
	o.DuplicateRate = max(0, o.DuplicateRate)
	if o.Start.IsZero() {
		o.Start = time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Days <= 0 {
		o.Days = 730
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Order == "" {
		o.Order = OrderTime
	}
	return o
}

// CorpusStats says what was written. It is saved as DIR/.corpus.json (a dot
// file, so the corpus folder can be given as input whole), and the truth of
// every page — its id, kind, the id it copies, its story — as
// DIR/.truth/NNNNN.tsv, one file per archive or folder.
type CorpusStats struct {
	Format    Format         `json:"format"`
	Seed      uint64         `json:"seed"`
	Order     Order          `json:"order,omitempty"` // set when not OrderTime
	Articles  int            `json:"articles"`
	Kinds     map[string]int `json:"kinds"` // pages by kind: original, exact, trimmed, reworded
	Files     int            `json:"files"`
	PageBytes int64          `json:"page_bytes"` // bytes of the pages themselves, uncompressed
	FileBytes int64          `json:"file_bytes"` // bytes written to disk
	Seconds   float64        `json:"seconds"`
}

// ReadCorpusStats reads DIR/.corpus.json.
func ReadCorpusStats(dir string) (CorpusStats, error) {
	var st CorpusStats
	data, err := os.ReadFile(filepath.Join(dir, ".corpus.json"))
	if err != nil {
		return st, fmt.Errorf("read corpus stats: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("parse corpus stats %s: %w", dir, err)
	}
	return st, nil
}

// generator holds what every shard shares; it is read-only once made.
type generator struct {
	m       *Material
	opts    CorpusOptions
	outlets []outlet
	// blocks, for OrderRandom: the place on the corpus's days of each
	// block of orderBlock pages (a permutation).
	blocks []int
}

// WriteCorpus writes a corpus into dir (created when missing). Files are
// written in parallel, each from its own random stream, so the output does
// not depend on the number of workers.
func WriteCorpus(ctx context.Context, dir string, m *Material, opts CorpusOptions) (CorpusStats, error) {
	opts = opts.withDefaults()
	start := time.Now()
	st := CorpusStats{Format: opts.Format, Seed: opts.Seed, Kinds: map[string]int{}}
	switch opts.Order {
	case OrderTime:
	case OrderRandom:
		st.Order = opts.Order
	default:
		return st, fmt.Errorf("write corpus: unknown order %q (want time or random)", opts.Order)
	}
	switch opts.Format {
	case FormatWET, FormatText:
	case FormatWARC:
		if len(m.templates) == 0 {
			return st, errors.New("write corpus: HTML pages need page templates (an article-extraction benchmark folder)")
		}
	default:
		return st, fmt.Errorf("write corpus: unknown format %q (want wet, warc or txt)", opts.Format)
	}
	if opts.Articles <= 0 {
		return st, fmt.Errorf("write corpus: %d articles asked for", opts.Articles)
	}
	if err := os.MkdirAll(filepath.Join(dir, ".truth"), 0o755); err != nil {
		return st, fmt.Errorf("write corpus: %w", err)
	}
	g := &generator{m: m, opts: opts, outlets: newOutlets(m, opts.Seed)}
	if opts.Order == OrderRandom {
		n := (opts.Articles + orderBlock - 1) / orderBlock
		g.blocks = rand.New(rand.NewPCG(opts.Seed, 0x6f72646572)).Perm(n)
	}
	shards := (opts.Articles + opts.PerFile - 1) / opts.PerFile
	var mu sync.Mutex
	eg, ctx := errgroup.WithContext(ctx)
	eg.SetLimit(opts.Workers)
	for k := range shards {
		eg.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			s, err := g.writeShard(dir, k)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			st.Files += s.Files
			st.Articles += s.Articles
			st.PageBytes += s.PageBytes
			st.FileBytes += s.FileBytes
			for kind, n := range s.Kinds {
				st.Kinds[kind] += n
			}
			return nil
		})
	}
	if err := eg.Wait(); err != nil {
		return st, err
	}
	st.Seconds = time.Since(start).Seconds()
	data, _ := json.MarshalIndent(st, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, ".corpus.json"), append(data, '\n'), 0o644); err != nil {
		return st, fmt.Errorf("write corpus stats: %w", err)
	}
	return st, nil
}

// recentOriginals is how far back a copy may reach within its file: copies
// of wire stories run within days of the first.
const recentOriginals = 300

// writeShard writes the pages of shard k: one archive, or one folder of
// text files, and its truth file.
func (g *generator) writeShard(dir string, k int) (CorpusStats, error) {
	st := CorpusStats{Kinds: map[string]int{}}
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(k)<<1))
	first := k * g.opts.PerFile
	last := min(first+g.opts.PerFile, g.opts.Articles)

	out, err := newShardWriter(dir, k, g.opts.Format, g.opts.Seed)
	if err != nil {
		return st, err
	}
	var truth strings.Builder
	var originals []*doc
	var titles []string
	var page strings.Builder
	for i := first; i < last; i++ {
		var d *doc
		if len(originals) > 0 && r.Float64() < g.opts.DuplicateRate {
			d = g.copyOf(r, originals[r.IntN(len(originals))], i)
		} else {
			d = g.original(r, i)
			if len(originals) == recentOriginals {
				originals = originals[1:]
			}
			originals = append(originals, d)
		}
		if g.opts.Format == FormatText {
			d.id = textName(i)
		}
		page.Reset()
		if g.opts.Format == FormatWARC {
			g.htmlPage(&page, d)
		} else {
			n := min(len(titles), 2+r.IntN(5))
			g.textPage(&page, r, d, titles[len(titles)-n:])
		}
		if err := out.write(r, d, i, page.String()); err != nil {
			out.close()
			return st, err
		}
		if len(titles) == 40 {
			titles = titles[1:]
		}
		titles = append(titles, d.title)
		st.Articles++
		st.PageBytes += int64(page.Len())
		st.Kinds[d.kind]++
		// A copy names its original by id, already the file name for text.
		fmt.Fprintf(&truth, "%s\t%s\t%s\t%d\n", d.id, d.kind, d.of, d.story)
	}
	n, files, err := out.close()
	if err != nil {
		return st, err
	}
	st.FileBytes, st.Files = n, files
	tp := filepath.Join(dir, ".truth", fmt.Sprintf("%05d.tsv", k))
	if err := os.WriteFile(tp, []byte(truth.String()), 0o644); err != nil {
		return st, fmt.Errorf("write corpus truth %s: %w", tp, err)
	}
	return st, nil
}

func textName(i int) string { return fmt.Sprintf("%08d.txt", i) }

// shardWriter writes one shard's pages in the corpus format.
type shardWriter struct {
	format Format
	dir    string // text: the shard's folder
	file   *os.File
	buf    *bufio.Writer
	zw     *gzip.Writer
	count  *countWriter
	bytes  int64
	files  int
}

type countWriter struct {
	w *bufio.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func newShardWriter(dir string, k int, format Format, seed uint64) (*shardWriter, error) {
	w := &shardWriter{format: format}
	if format == FormatText {
		w.dir = filepath.Join(dir, "txt", fmt.Sprintf("%05d", k))
		if err := os.MkdirAll(w.dir, 0o755); err != nil {
			return nil, fmt.Errorf("write corpus: %w", err)
		}
		return w, nil
	}
	name := fmt.Sprintf("%05d.warc.gz", k)
	if format == FormatWET {
		name = fmt.Sprintf("%05d.warc.wet.gz", k)
	}
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("write corpus: %w", err)
	}
	w.file, w.buf = f, bufio.NewWriterSize(f, 256<<10)
	w.count = &countWriter{w: w.buf}
	w.zw, _ = gzip.NewWriterLevel(w.count, gzip.DefaultCompression)
	w.files = 1
	info := fmt.Sprintf("software: storyline gencorpus\r\nformat: WARC File Format 1.0\r\nisPartOf: storyline-bench-%d\r\n", seed)
	err = w.record(fmt.Sprintf("WARC-Type: warcinfo\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Filename: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: application/warc-fields\r\n", name, uuid(rand.New(rand.NewPCG(seed, uint64(k))))), info)
	if err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// record writes one WARC record as its own gzip member.
func (w *shardWriter) record(header, block string) error {
	w.zw.Reset(w.count)
	fmt.Fprintf(w.zw, "WARC/1.0\r\n%sContent-Length: %d\r\n\r\n", header, len(block))
	w.zw.Write([]byte(block))
	if _, err := w.zw.Write([]byte("\r\n\r\n")); err != nil {
		return fmt.Errorf("write %s: %w", w.file.Name(), err)
	}
	if err := w.zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", w.file.Name(), err)
	}
	return nil
}

func (w *shardWriter) write(r *rand.Rand, d *doc, i int, page string) error {
	date := d.published.UTC().Format(time.RFC3339)
	switch w.format {
	case FormatText:
		p := filepath.Join(w.dir, textName(i))
		if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
			return fmt.Errorf("write corpus page: %w", err)
		}
		w.bytes += int64(len(page))
		w.files++
		return nil
	case FormatWET:
		return w.record(fmt.Sprintf("WARC-Type: conversion\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Refers-To: <urn:uuid:%s>\r\nContent-Type: text/plain\r\n",
			d.uri, date, uuid(r), uuid(r)), page)
	}
	id := uuid(r)
	host := strings.SplitN(strings.TrimPrefix(d.uri, "https://"), "/", 2)[0]
	path := strings.TrimPrefix(d.uri, "https://"+host)
	req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: storyline-bench/1.0\r\nAccept: text/html\r\n\r\n", path, host)
	if err := w.record(fmt.Sprintf("WARC-Type: request\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: application/http; msgtype=request\r\n", d.uri, date, uuid(r)), req); err != nil {
		return err
	}
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: %d\r\n\r\n%s", len(page), page)
	if err := w.record(fmt.Sprintf("WARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: application/http; msgtype=response\r\n", d.uri, date, id), resp); err != nil {
		return err
	}
	meta := fmt.Sprintf("fetchTimeMs: %d\r\n", 100+r.IntN(900))
	return w.record(fmt.Sprintf("WARC-Type: metadata\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Concurrent-To: <urn:uuid:%s>\r\nContent-Type: application/warc-fields\r\n", d.uri, date, uuid(r), id), meta)
}

// close flushes the archive and gives the bytes and files written.
func (w *shardWriter) close() (int64, int, error) {
	if w.format == FormatText {
		return w.bytes, w.files, nil
	}
	if err := w.buf.Flush(); err != nil {
		w.file.Close()
		return 0, 0, fmt.Errorf("write %s: %w", w.file.Name(), err)
	}
	if err := w.file.Close(); err != nil {
		return 0, 0, fmt.Errorf("write %s: %w", w.file.Name(), err)
	}
	return w.count.n, w.files, nil
}

// uuid is a random (version 4) UUID drawn from r, so records are
// reproducible.
func uuid(r *rand.Rand) string {
	a, b := r.Uint64(), r.Uint64()
	a = a&^0xf000 | 0x4000
	b = b&^(0xc<<60) | 0x8<<60
	return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", a>>32, (a>>16)&0xffff, a&0xffff, b>>48, b&0xffffffffffff)
}
