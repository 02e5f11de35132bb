package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/errgroup"
	"golang.org/x/term"

	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/pipeline"
	"storyline/internal/store"
)

// runIngest runs the whole pipeline over the inputs into a store. Several
// ingest processes given the same store and inputs share the work: each
// claims inputs under a lease, and the last to finish leaves the same events
// one process alone would have.
func runIngest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	dbURL := fs.String("db", store.DefaultURL, "store `URL`: sqlite:PATH or postgres://...")
	workers := fs.Int("workers", 4*runtime.GOMAXPROCS(0), "inputs processed at once by this process (each on a pool of one worker per core)")
	lease := fs.Duration("lease", 30*time.Second, "how long a claimed input stays ours without a heartbeat; a killed worker's inputs are taken over after it")
	batch := fs.Int("batch", 64, "articles per transaction")
	every := fs.Duration("rebuild-every", 0, "also link and merge while ingesting, at most this often, so that queries see events before the inputs are done (each rebuild merges again the months it touches: more often costs more CPU); 0 rebuilds once, at the end")
	actorsFile := fs.String("actors", "", "extra actor `file` (same format as the embedded tables)")
	list := fs.String("inputs-from", "", "read more input paths from this `file`, one a line ('#' comments): a list several workers share")
	retry := fs.Bool("retry-failed", false, "try again the inputs among PATHs that failed in an earlier run")
	progress := fs.String("progress", "auto", "progress display: auto (a bar on a terminal, log lines otherwise), bar, log or none")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run (inputs, links and merge) to `file`, for go tool pprof")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline ingest [--db URL] [flags] PATH... | --inputs-from FILE\n\n"+
			"Extracts, codes and stores every article of the inputs (files, folders, WARC/WET\n"+
			"archives, and http(s) addresses of archives such as CC-NEWS's, streamed without a\n"+
			"local copy and resumed by byte range when the connection breaks), then links duplicates and merges reports into events. Running it again\n"+
			"on the same inputs changes nothing; a killed run is finished by running it again;\n"+
			"several processes on one store split the inputs between them. A run also finishes\n"+
			"inputs an earlier, interrupted run left pending. Inputs that failed stay failed\n"+
			"unless --retry-failed.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	args = fs.Args()
	if *list != "" {
		more, err := readInputList(*list)
		if err != nil {
			return err
		}
		args = append(args, more...)
	}
	if len(args) == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	if *workers < 1 || *batch < 1 || *lease < time.Second {
		return errors.New("--workers and --batch must be at least 1 and --lease at least 1s")
	}
	switch *progress {
	case "auto", "bar", "log", "none":
	default:
		return fmt.Errorf("unknown --progress %q: want auto, bar, log or none", *progress)
	}
	opts, err := coderOptions(*actorsFile)
	if err != nil {
		return err
	}
	paths, err := expandInputs(args)
	if err != nil {
		return err
	}
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	s, err := store.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.AddInputs(ctx, paths); err != nil {
		return err
	}
	if *retry {
		n, err := s.RetryFailed(ctx, paths)
		if err != nil {
			return err
		}
		slog.Info("ingest: failed inputs to try again", "inputs", n)
	}
	in := &ingester{
		store: s, workers: *workers, lease: *lease, batch: *batch, coder: opts, rebuildEvery: *every,
		worker: workerName(), finished: make(chan struct{}, 1),
	}
	return in.run(ctx, *progress)
}

// readInputList reads a list of input paths, one a line; blank lines and
// lines starting with '#' are skipped.
func readInputList(name string) ([]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read input list: %w", err)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("input list %s names no input", name)
	}
	return out, nil
}

// expandInputs turns the command line into input files: a folder gives its
// files, recursively, sorted, skipping dot files. Each file (a page or an
// archive) is one unit of work, claimed and committed on its own.
func expandInputs(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		if arg == "-" {
			return nil, errors.New("ingest reads files, not standard input: a claimable input must be readable again after a crash")
		}
		if capture.IsURL(arg) { // read as a stream when claimed; no listing
			out = append(out, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", arg, err)
		}
		if !info.IsDir() {
			out = append(out, arg)
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != arg && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read folder %s: %w", arg, err)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

func workerName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
}

// ingester is one ingest process: it claims inputs, processes a few at once,
// writes their batches from one goroutine, and rebuilds events at the end.
type ingester struct {
	store   *store.Store
	workers int
	lease   time.Duration
	batch   int
	coder   coder.Options
	worker  string
	// rebuildEvery, when set, has the writer rebuild events while inputs
	// are still being stored, at most this often (lastRebuild).
	rebuildEvery time.Duration
	lastRebuild  time.Time

	inputs, articles, reports, failed atomic.Int64
	// inflight counts inputs claimed here and not yet stored as done;
	// finished is signalled when one is, so the claim loop looks again.
	inflight atomic.Int64
	finished chan struct{}
}

func (in *ingester) run(ctx context.Context, progress string) error {
	claimable, held, err := in.store.Pending(ctx)
	if err != nil {
		return err
	}
	show := newProgress(progress, claimable+held)
	start := time.Now()
	in.lastRebuild = start

	// The heartbeat keeps this worker's leases alive while it works.
	beat, stopBeat := context.WithCancel(ctx)
	defer stopBeat()
	go in.heartbeat(beat)

	writes := make(chan store.Batch, 2*in.workers)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return in.write(gctx, writes, show) })
	g.Go(func() error {
		defer close(writes)
		return in.claimLoop(gctx, writes)
	})
	err = g.Wait()
	stopBeat()
	show.finish()
	if err != nil {
		// Interrupted or failed: what was committed stays, and a re-run
		// finishes the work.
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted after %d inputs; what was stored is kept: run the same command again to finish", in.inputs.Load())
		}
		return err
	}
	elapsed := time.Since(start)
	slog.Info("ingest: inputs processed", "worker", in.worker, "inputs", in.inputs.Load(), "articles", in.articles.Load(),
		"reports", in.reports.Load(), "failed", in.failed.Load(), "seconds", round(elapsed.Seconds()),
		"articles_per_s", round(float64(in.articles.Load())/elapsed.Seconds()))

	if err := in.rebuild(context.WithoutCancel(ctx), "ingest: events rebuilt"); err != nil {
		return err
	}
	if in.failed.Load() > 0 {
		return errFailedInputs
	}
	return nil
}

func round(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

// claimLoop claims inputs while there are any and runs up to workers of them
// at once. When nothing is claimable but other workers hold inputs, it waits:
// if one of them dies, its lease runs out and the input is claimed here.
func (in *ingester) claimLoop(ctx context.Context, writes chan<- store.Batch) error {
	g, ctx := errgroup.WithContext(ctx)
	slots := make(chan struct{}, in.workers)
	poll := min(in.lease/4, time.Second)
	for {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return g.Wait()
		}
		// Claim for every free slot at once: one transaction, not one per
		// input.
		free := 1
	more:
		for free < in.workers {
			select {
			case slots <- struct{}{}:
				free++
			default:
				break more
			}
		}
		paths, err := in.store.ClaimBatch(ctx, in.worker, in.lease, free)
		if err != nil {
			g.Wait()
			return err
		}
		for range free - len(paths) {
			<-slots
		}
		for _, path := range paths {
			in.inflight.Add(1)
			g.Go(func() error {
				defer func() { <-slots }()
				return in.process(ctx, path, writes)
			})
		}
		if len(paths) > 0 {
			continue
		}
		claimable, held, err := in.store.Pending(ctx)
		if err != nil {
			g.Wait()
			return err
		}
		ours := int(in.inflight.Load())
		if claimable == 0 && held <= ours && ours == 0 {
			return g.Wait()
		}
		select {
		case <-time.After(poll):
		case <-in.finished:
		case <-ctx.Done():
			return g.Wait()
		}
	}
}

// heartbeat renews the leases on this worker's inputs until ctx ends.
func (in *ingester) heartbeat(ctx context.Context) {
	t := time.NewTicker(in.lease / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := in.store.Renew(ctx, in.worker, in.lease); err != nil && ctx.Err() == nil {
				slog.Warn("ingest: heartbeat failed", "worker", in.worker, "err", err)
			}
		}
	}
}

// write stores batches in arrival order; it is the one goroutine that writes.
func (in *ingester) write(ctx context.Context, writes <-chan store.Batch, show *progressShow) error {
	for b := range writes {
		// Commit what else is waiting in the same transaction.
		group, records := []store.Batch{b}, len(b.Records)
	more:
		for records < 4*in.batch {
			select {
			case next, ok := <-writes:
				if !ok {
					break more
				}
				group = append(group, next)
				records += len(next.Records)
			default:
				break more
			}
		}
		if _, err := in.store.SaveBatches(ctx, group); err != nil {
			return err
		}
		for _, b := range group {
			in.articles.Add(int64(len(b.Records)))
			for _, r := range b.Records {
				in.reports.Add(int64(len(r.Events)))
			}
			if b.Done {
				in.inflight.Add(-1)
				select {
				case in.finished <- struct{}{}:
				default:
				}
				in.inputs.Add(1)
				if b.Failed {
					in.failed.Add(1)
				}
			}
			show.update(in, b.Done)
		}
		if err := in.rebuildWhileIngesting(ctx); err != nil {
			return err
		}
	}
	return nil
}

// rebuildWhileIngesting links and merges what is stored so far when
// rebuildEvery has passed since the last rebuild. It runs in the writer, so
// batches wait for it rather than contend with it; the result is the one a
// single rebuild at the end gives (store.Rebuild is incremental).
func (in *ingester) rebuildWhileIngesting(ctx context.Context) error {
	if in.rebuildEvery <= 0 || time.Since(in.lastRebuild) < in.rebuildEvery {
		return nil
	}
	return in.rebuild(ctx, "ingest: interim rebuild")
}

// rebuild links and merges what is stored and logs what it did as msg.
func (in *ingester) rebuild(ctx context.Context, msg string) error {
	start := time.Now()
	st, err := in.store.Rebuild(ctx, store.RebuildOptions{})
	if err != nil {
		return err
	}
	in.lastRebuild = time.Now()
	slog.Info(msg, "articles", st.Articles, "duplicates", st.Duplicates, "reports", st.Reports,
		"events", st.Events, "inserted", st.Inserted, "updated", st.Updated, "deleted", st.Deleted,
		"seconds", round(time.Since(start).Seconds()), "link_s", round(st.Link.Seconds()), "merge_s", round(st.Merge.Seconds()))
	return nil
}

// process reads one input and sends its records in batches; the last batch
// marks the input done (or failed, when nothing of it could be read).
func (in *ingester) process(ctx context.Context, path string, writes chan<- store.Batch) error {
	b := store.Batch{Input: path}
	var problems []string
	send := func() error {
		select {
		case writes <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		b = store.Batch{Input: path}
		return nil
	}
	n := 0
	err := readInput(ctx, path, in.coder, func(r store.Record) error {
		n++
		b.Records = append(b.Records, r)
		if len(b.Records) >= in.batch {
			return send()
		}
		return nil
	}, func(err error) {
		slog.Warn("ingest: input problem", "err", err)
		problems = append(problems, err.Error())
	})
	if err != nil {
		return err
	}
	b.Done = true
	b.Failed = n == 0 && len(problems) > 0
	if len(problems) > 5 {
		problems = append(problems[:5], fmt.Sprintf("and %d more", len(problems)-5))
	}
	b.Errors = strings.Join(problems, "\n")
	return send()
}

// readInput runs the pipeline (extract, sign, code) over one input and gives
// its records in order. Problems confined to the input (an unreadable file,
// a bad archive record) go to problem; only a cancelled context or an emit
// error stop it. Duplicate links are left to the store, which decides them
// over all inputs in one canonical order.
func readInput(ctx context.Context, path string, opts coder.Options, emit func(store.Record) error, problem func(error)) error {
	return pipeline.Run(ctx, []string{path}, pipeline.Options{Coder: opts, SkipLinks: true}, func(r pipeline.Result) error {
		if r.Err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			problem(r.Err)
			return nil
		}
		sig, err := r.Signature.MarshalBinary()
		if err != nil {
			return fmt.Errorf("encode signature of %s: %w", r.Article.Source, err)
		}
		return emit(store.Record{Article: r.Article, Events: r.Events, Signature: sig})
	})
}

// progressShow is a bar on a terminal, or a log line every few seconds.
type progressShow struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	log   bool
	total int
	start time.Time
	last  time.Time
	done  int
}

func newProgress(mode string, total int) *progressShow {
	p := &progressShow{total: total, start: time.Now(), last: time.Now()}
	if mode == "auto" {
		mode = "log"
		if term.IsTerminal(int(os.Stderr.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(os.Stderr),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("inputs"),
			progressbar.OptionShowIts(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	case "log":
		p.log = true
	}
	return p
}

func (p *progressShow) update(in *ingester, inputDone bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if inputDone {
		p.done++
	}
	articles := in.articles.Load()
	rate := float64(articles) / max(time.Since(p.start).Seconds(), 1e-3)
	switch {
	case p.bar != nil:
		p.bar.Describe(fmt.Sprintf("ingest: %d articles, %d events, %.0f articles/s", articles, in.reports.Load(), rate))
		if inputDone {
			p.bar.Add(1)
		}
	case p.log && time.Since(p.last) >= 5*time.Second:
		p.last = time.Now()
		eta := "?"
		if p.done > 0 && p.total > p.done {
			left := time.Duration(float64(time.Since(p.start)) / float64(p.done) * float64(p.total-p.done))
			eta = left.Round(time.Second).String()
		}
		slog.Info("ingest: progress", "inputs", fmt.Sprintf("%d/%d", p.done, p.total), "articles", articles,
			"events", in.reports.Load(), "articles_per_s", round(rate), "eta", eta)
	}
}

func (p *progressShow) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
