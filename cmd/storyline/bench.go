package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"storyline/internal/article"
	"storyline/internal/article/extractbench"
	"storyline/internal/capture"
)

// benchmark is one thing `storyline bench` can measure, chosen by its own
// flag. Stages add themselves here: a flag, a help line, and a run function
// that writes its figures to out.
type benchmark struct {
	flag, arg, usage string
	run              func(ctx context.Context, arg string, opts benchOptions, out io.Writer) error
}

type benchOptions struct {
	workers int // 0 = GOMAXPROCS
}

var benchmarks = []benchmark{
	{"extraction", "DIR", "extraction accuracy (P, R, F1) and HTML pages/s on an article-extraction benchmark folder (html/*.html.gz, ground-truth.json)", benchExtraction},
	{"text-captures", "PATH", "extraction speed (MB/s) on the text captures in PATH (a file or folder)", benchTextCaptures},
}

func runBench(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline bench [--workers N] --STAGE ARG...\n\nMeasures accuracy and throughput of a stage.\n\n")
		fs.PrintDefaults()
	}
	var opts benchOptions
	fs.IntVar(&opts.workers, "workers", 0, "workers for the parallel run (0 = GOMAXPROCS); a one-worker run is always measured too")
	chosen := make([]*string, len(benchmarks))
	for i, b := range benchmarks {
		chosen[i] = fs.String(b.flag, "", b.usage+" ("+b.arg+")")
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	ran := false
	for i, b := range benchmarks {
		if *chosen[i] == "" {
			continue
		}
		ran = true
		if err := b.run(ctx, *chosen[i], opts, os.Stdout); err != nil {
			return fmt.Errorf("%s: %w", b.flag, err)
		}
	}
	if !ran {
		fs.Usage()
		return flag.ErrHelp
	}
	return nil
}

// workerCounts is the runs to make: one worker, then the parallel count
// when it differs.
func (o benchOptions) workerCounts() []int {
	n := o.workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n == 1 {
		return []int{1}
	}
	return []int{1, n}
}

func benchExtraction(ctx context.Context, dir string, opts benchOptions, out io.Writer) error {
	pages, err := extractbench.Load(dir)
	if err != nil {
		return err
	}
	for _, w := range opts.workerCounts() {
		rep, err := extractbench.Run(ctx, pages, w)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "extraction %s: pages=%d failed=%d P=%.4f R=%.4f F1=%.4f workers=%d %.1f pages/s %.1f MB/s\n",
			dir, rep.Pages, rep.Failed, rep.Precision, rep.Recall, rep.F1, w,
			rep.PagesPerSecond(), float64(rep.Bytes)/1e6/rep.Elapsed.Seconds())
	}
	return nil
}

func benchTextCaptures(ctx context.Context, path string, opts benchOptions, out io.Writer) error {
	// Read everything first so the clock measures extraction, not disk.
	var caps []capture.Capture
	var size int64
	r := capture.Open(ctx, []string{path})
	for {
		c, err := r.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			fmt.Fprintln(os.Stderr, err)
			continue
		} else if err != nil {
			return err
		}
		caps = append(caps, c)
		size += int64(len(c.Body))
	}
	if len(caps) == 0 {
		return fmt.Errorf("no captures in %s", path)
	}
	// Small inputs are repeated until the run lasts long enough to time.
	rounds := max(1, int((64<<20)/max(size, 1)))
	for _, w := range opts.workerCounts() {
		start := time.Now()
		n := 0
		for range rounds {
			s := article.NewStream(ctx, &captureList{caps: caps}, w)
			for {
				_, err := s.Next()
				if err == io.EOF {
					break
				}
				var ie *capture.InputError
				if err != nil && !errors.As(err, &ie) {
					return err
				}
				n++
			}
		}
		el := time.Since(start)
		fmt.Fprintf(out, "text-captures %s: captures=%d bytes=%d rounds=%d workers=%d %.1f MB/s %.0f captures/s\n",
			path, len(caps), size, rounds, w, float64(size)*float64(rounds)/1e6/el.Seconds(), float64(n)/el.Seconds())
	}
	return nil
}

// captureList replays captures held in memory.
type captureList struct {
	caps []capture.Capture
	i    int
}

func (l *captureList) Next() (capture.Capture, error) {
	if l.i >= len(l.caps) {
		return capture.Capture{}, io.EOF
	}
	l.i++
	return l.caps[l.i-1], nil
}
