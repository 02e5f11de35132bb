// Package pipeline runs the whole chain for a set of inputs: captures are
// read, extracted, signed for duplicate detection and coded into events on
// a pool of workers, then linked to earlier copies and handed to the caller
// in input order, from one goroutine.
//
// It takes paths (files, folders, archives, "-") and gives one Result per
// article; the commands extract, code and ingest and the bench all run it.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/dedup"
	"storyline/internal/event"
)

// Result is one article with its events, or the failure of one input.
type Result struct {
	Article article.Article
	// Signature is the article's duplicate-detection sketch, kept so a
	// store can rebuild its index without signing again.
	Signature dedup.Signature
	Events    []event.Event
	// Err is a failure confined to one input or archive record; it names
	// the input. The run goes on after it.
	Err error
}

// Options tune a run. The zero value extracts, links duplicates and codes
// events on GOMAXPROCS workers with the embedded actor tables.
type Options struct {
	Workers int             // 0 means GOMAXPROCS
	Catalog *actors.Catalog // nil means actors.Default()
	// Index links each article to an earlier copy; nil means a fresh index
	// for this run. Pass one index to several runs to link across them.
	Index *dedup.Index
	// SkipCoding stops after extraction and duplicate links (extract).
	SkipCoding bool
	// SkipLinks leaves every DuplicateOf nil and keeps no index, for a
	// caller that links duplicates itself from the signatures (a store,
	// which decides them over all its articles).
	SkipLinks bool
	// Coder receives further coder options; its Catalog is overridden by
	// Catalog when set.
	Coder coder.Options
}

// Run reads every input and calls emit once per article or failed input, in
// input order, from one goroutine. A per-input failure arrives as a Result
// with Err set; Run returns only errors that stop the whole run (ctx
// cancelled, emit failing).
func Run(ctx context.Context, inputs []string, opts Options, emit func(Result) error) error {
	src := capture.Open(ctx, inputs)
	defer src.Close()
	return RunCaptures(ctx, src, opts, emit)
}

// RunCaptures is Run over an open stream of captures.
func RunCaptures(ctx context.Context, src article.CaptureSource, opts Options, emit func(Result) error) error {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Index == nil && !opts.SkipLinks {
		opts.Index = dedup.NewIndex(dedup.Options{})
	}
	if opts.Catalog != nil {
		opts.Coder.Catalog = opts.Catalog
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make(chan chan Result, 2*opts.Workers)
	work := make(chan job)
	go feed(ctx, src, work, results)
	for range opts.Workers {
		go worker(work, opts)
	}
	for fut := range results {
		r := <-fut
		if r.Err == nil && !opts.SkipLinks {
			link(opts.Index, &r)
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// job is one capture with the slot its result goes to.
type job struct {
	c   capture.Capture
	out chan Result
}

// feed reads captures in order, queues a result slot for each and hands the
// capture to a worker. The queue's capacity bounds the captures in flight.
func feed(ctx context.Context, src article.CaptureSource, work chan<- job, results chan<- chan Result) {
	defer close(results)
	defer close(work)
	for {
		c, err := src.Next()
		if err == io.EOF {
			return
		}
		out := make(chan Result, 1)
		select {
		case results <- out:
		case <-ctx.Done():
			return
		}
		if err != nil {
			out <- Result{Err: err}
			var ie *capture.InputError
			if !errors.As(err, &ie) {
				return // the stream itself failed
			}
			continue
		}
		select {
		case work <- job{c, out}:
		case <-ctx.Done():
			out <- Result{Err: ctx.Err()}
			return
		}
	}
}

func worker(work <-chan job, opts Options) {
	for j := range work {
		j.out <- process(j.c, opts)
	}
}

// process does the per-capture work that needs no order: extraction,
// signing and coding. A panic in a library is turned into an error for this
// capture alone.
func process(c capture.Capture, opts Options) (r Result) {
	defer func() {
		if p := recover(); p != nil {
			r = Result{Err: &capture.InputError{Source: c.Source, Err: fmt.Errorf("internal error: %v", p)}}
		}
	}()
	a, err := article.Extract(c)
	if err != nil {
		return Result{Err: &capture.InputError{Source: c.Source, Err: fmt.Errorf("extract article: %w", err)}}
	}
	r = Result{Article: a, Signature: dedup.Sign(a.Body)}
	if !opts.SkipCoding {
		r.Events = coder.Code(a, opts.Coder)
	}
	return r
}

// link sets the article's duplicate_of from the index, which must see
// articles in input order so that a copy points at the earliest article.
func link(ix *dedup.Index, r *Result) {
	if r.Article.Body == "" {
		return
	}
	if of, ok := ix.AddSigned(r.Article.Source, r.Signature); ok {
		r.Article.DuplicateOf = &of
	}
}
