package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/dedup"
	"storyline/internal/pipeline"
)

// StageOptions tune the stage runners.
type StageOptions struct {
	Workers int // 0 means GOMAXPROCS
	// Chunk is the number of articles extracted, untimed, before each timed
	// section of the dedup and code stages (default 2000): the stage's own
	// cost is measured without extraction's, and memory stays bounded.
	Chunk int
	Coder coder.Options
	// Truth scores the dedup stage against the corpus's .truth files when
	// the input is a generated corpus folder. Their ids are held in memory,
	// which adds to the stage's peak.
	Truth bool
}

func (o StageOptions) withDefaults() StageOptions {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.Chunk <= 0 {
		o.Chunk = 2000
	}
	return o
}

// countingSource passes captures on and adds up their bytes and failures.
type countingSource struct {
	src    article.CaptureSource
	bytes  int64
	failed int64
}

func (c *countingSource) Next() (capture.Capture, error) {
	cp, err := c.src.Next()
	if err == nil {
		c.bytes += int64(len(cp.Body))
	} else if err != io.EOF {
		c.failed++
	}
	return cp, err
}

// Extract measures reading and extraction: captures from the inputs (with
// decompression and WARC parsing) to clean articles, on the article
// package's ordered worker pool.
func Extract(ctx context.Context, inputs []string, opts StageOptions) (Figures, error) {
	opts = opts.withDefaults()
	f := Figures{Stage: "extract", Workers: opts.Workers}
	m := NewMeter()
	m.Start()
	src := &countingSource{src: capture.Open(ctx, inputs)}
	s := article.NewStream(ctx, src, opts.Workers)
	defer s.Close()
	for {
		_, err := s.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			f.Failed++
			continue
		}
		if err != nil {
			return f, err
		}
		f.Articles++
	}
	m.Stop(&f)
	f.Bytes = src.bytes
	return f, nil
}

// chunks extracts the inputs' articles untimed and hands them to timed in
// slices of opts.Chunk, with the meter running only inside timed.
func chunks(ctx context.Context, inputs []string, opts StageOptions, m *Meter, timed func([]article.Article) error) (failed int64, err error) {
	s := article.NewStream(ctx, capture.Open(ctx, inputs), opts.Workers)
	defer s.Close()
	batch := make([]article.Article, 0, opts.Chunk)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		m.Start()
		err := timed(batch)
		m.Pause()
		clear(batch)
		batch = batch[:0]
		return err
	}
	for {
		a, err := s.Next()
		if err == io.EOF {
			return failed, flush()
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			failed++
			continue
		}
		if err != nil {
			return failed, err
		}
		batch = append(batch, a)
		if len(batch) == opts.Chunk {
			if err := flush(); err != nil {
				return failed, err
			}
		}
	}
}

// parallel calls fn(i) for i in [0, n) on workers goroutines.
func parallel(n, workers int, fn func(i int)) {
	var wg sync.WaitGroup
	per := (n + workers - 1) / workers
	for w := range workers {
		lo, hi := w*per, min(n, (w+1)*per)
		if lo >= hi {
			break
		}
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				fn(i)
			}
		})
	}
	wg.Wait()
}

// articleKey names an article for the truth files: its URI when the input
// gave one, else its file name.
func articleKey(a *article.Article) string {
	if a.URI != nil {
		return *a.URI
	}
	return filepath.Base(a.Source)
}

// expectedArticles is the article count of a generated corpus given as
// the only input, 0 when unknown.
func expectedArticles(inputs []string) int {
	if len(inputs) != 1 {
		return 0
	}
	st, err := ReadCorpusStats(inputs[0])
	if err != nil {
		return 0
	}
	return st.Articles
}

// Dedup measures duplicate detection alone: signing on every worker, then
// adding to one index in input order, over articles extracted beforehand.
func Dedup(ctx context.Context, inputs []string, opts StageOptions) (Figures, error) {
	opts = opts.withDefaults()
	f := Figures{Stage: "dedup", Workers: opts.Workers}
	var truth map[string]bool
	if opts.Truth && len(inputs) == 1 {
		var err error
		if truth, err = readCopies(inputs[0]); err != nil {
			return f, err
		}
	}
	// The count is known for a generated corpus: size the index for it, as
	// a caller that knows its input should.
	ix := dedup.NewIndex(dedup.Options{Expected: expectedArticles(inputs)})
	var copies, tp, fp, fn int64
	sigs := make([]dedup.Signature, opts.Chunk)
	m := NewMeter()
	failed, err := chunks(ctx, inputs, opts, m, func(batch []article.Article) error {
		parallel(len(batch), opts.Workers, func(i int) { sigs[i] = dedup.Sign(batch[i].Body) })
		for i := range batch {
			f.Bytes += int64(len(batch[i].Body))
			_, dup := ix.AddSigned(batch[i].Source, sigs[i])
			if dup {
				copies++
			}
			if truth != nil {
				switch want := truth[articleKey(&batch[i])]; {
				case dup && want:
					tp++
				case dup:
					fp++
				case want:
					fn++
				}
			}
		}
		f.Articles += int64(len(batch))
		return nil
	})
	m.Stop(&f)
	f.Failed = failed
	f.Notes = append(f.Notes, Note{"copies", fmt.Sprint(copies)})
	if truth != nil {
		f.Notes = append(f.Notes, Note{"truth_copies", fmt.Sprint(len(truth))},
			Note{"copy_precision", fmt.Sprintf("%.3f", float64(tp)/float64(max(tp+fp, 1)))},
			Note{"copy_recall", fmt.Sprintf("%.3f", float64(tp)/float64(max(tp+fn, 1)))})
	}
	return f, err
}

// readCopies reads the ids of the pages a generated corpus made as copies.
func readCopies(dir string) (map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, ".truth", "*.tsv"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("read corpus truth: no %s/.truth/*.tsv (not a generated corpus?)", dir)
	}
	out := map[string]bool{}
	for _, p := range files {
		fh, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read corpus truth: %w", err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			id, rest, _ := strings.Cut(sc.Text(), "\t")
			if !strings.HasPrefix(rest, kindOriginal) {
				out[id] = true
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read corpus truth %s: %w", p, err)
		}
	}
	return out, nil
}

// Code measures event coding alone (sentences, mentions, time expressions,
// events) on every worker, over articles extracted beforehand.
func Code(ctx context.Context, inputs []string, opts StageOptions) (Figures, error) {
	opts = opts.withDefaults()
	f := Figures{Stage: "code", Workers: opts.Workers}
	counts := make([]int, opts.Chunk)
	var events int64
	m := NewMeter()
	failed, err := chunks(ctx, inputs, opts, m, func(batch []article.Article) error {
		parallel(len(batch), opts.Workers, func(i int) { counts[i] = len(coder.Code(batch[i], opts.Coder)) })
		for i := range batch {
			f.Bytes += int64(len(batch[i].Body))
			events += int64(counts[i])
		}
		f.Articles += int64(len(batch))
		return nil
	})
	m.Stop(&f)
	f.Failed = failed
	f.Notes = append(f.Notes, Note{"reports", fmt.Sprint(events)})
	return f, err
}

// Pipeline measures the whole chain without a store: read, extract, sign,
// code on the workers, link duplicates in order (pipeline.Run).
func Pipeline(ctx context.Context, inputs []string, opts StageOptions) (Figures, error) {
	opts = opts.withDefaults()
	f := Figures{Stage: "pipeline", Workers: opts.Workers}
	src := &countingSource{src: capture.Open(ctx, inputs)}
	var copies, events int64
	m := NewMeter()
	m.Start()
	err := pipeline.RunCaptures(ctx, src, pipeline.Options{Workers: opts.Workers, Coder: opts.Coder}, func(r pipeline.Result) error {
		if r.Err != nil {
			f.Failed++
			return nil
		}
		f.Articles++
		events += int64(len(r.Events))
		if r.Article.DuplicateOf != nil {
			copies++
		}
		return nil
	})
	m.Stop(&f)
	f.Bytes = src.bytes
	f.Notes = append(f.Notes, Note{"copies", fmt.Sprint(copies)}, Note{"reports", fmt.Sprint(events)})
	return f, err
}
