package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"storyline/internal/article"
	"storyline/internal/article/extractbench"
	"storyline/internal/bench"
	"storyline/internal/capture"
	"storyline/internal/store"
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
		fmt.Fprintf(fs.Output(), "Usage: storyline bench [--stage extract|dedup|code|pipeline|ingest|all] [--db URL] [flags] CORPUS...\n"+
			"       storyline bench [--workers N] --extraction DIR | --text-captures PATH\n\n"+
			"Measures each stage over a corpus (files, folders, WARC/WET archives; see 'storyline\n"+
			"gencorpus'), printing one line per stage: articles/s, MB/s, CPU seconds (user+sys),\n"+
			"peak RSS and Go heap peak. dedup and code are timed alone, over articles extracted\n"+
			"beforehand; pipeline is the whole chain without a store; ingest is 'storyline ingest'\n"+
			"end to end into --db (a fresh SQLite file when not given). all runs each stage in its\n"+
			"own process so that each peak is its own.\n\n")
		fs.PrintDefaults()
	}
	var opts benchOptions
	fs.IntVar(&opts.workers, "workers", 0, "workers (0 = GOMAXPROCS); for --extraction and --text-captures a one-worker run is always measured too")
	stage := fs.String("stage", "", "stage to measure over CORPUS: extract, dedup, code, pipeline, ingest or all")
	dbURL := fs.String("db", "", "store `URL` for the ingest stage; it must be empty (default: a new SQLite file in a temporary folder)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the stage to `file` (with all: FILE.STAGE)")
	memProfile := fs.String("memprofile", "", "write a heap profile at the end of the stage to `file` (with all: FILE.STAGE)")
	chunk := fs.Int("chunk", 2000, "articles extracted, untimed, before each timed section of dedup and code")
	truth := fs.Bool("truth", false, "score dedup against a generated corpus's .truth files (holds their ids in memory)")
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
	if *stage != "" {
		if fs.NArg() == 0 {
			return errors.New("--stage needs a CORPUS (files, folders or archives)")
		}
		st := stageRun{
			name: *stage, inputs: fs.Args(), db: *dbURL, cpuProfile: *cpuProfile, memProfile: *memProfile,
			opts: bench.StageOptions{Workers: opts.workers, Chunk: *chunk, Truth: *truth},
		}
		return st.run(ctx, os.Stdout)
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
		fmt.Fprintf(out, "extraction %s: pages=%d failed=%d P=%.4f R=%.4f F1=%.4f workers=%d %.1f pages/s %.1f MB/s %.1f pages/cpu-s\n",
			dir, rep.Pages, rep.Failed, rep.Precision, rep.Recall, rep.F1, w,
			rep.PagesPerSecond(), float64(rep.Bytes)/1e6/rep.Elapsed.Seconds(), rep.PagesPerCPUSecond())
		if w != 1 {
			continue
		}
		// The library alone on the same pages, for the speed per core the
		// extractor must keep.
		lib, err := extractbench.RunTrafilatura(ctx, pages, 1)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "go-trafilatura alone %s: pages=%d P=%.4f R=%.4f F1=%.4f workers=1 %.1f pages/s %.1f pages/cpu-s\n",
			dir, lib.Pages, lib.Precision, lib.Recall, lib.F1, lib.PagesPerSecond(), lib.PagesPerCPUSecond())
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
			s := article.NewStream(ctx, capture.NewList(caps), w)
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

// benchStages are the stages --stage all runs, in data-flow order.
var benchStages = []string{"extract", "dedup", "code", "pipeline", "ingest"}

// stageRun is one `bench --stage` invocation.
type stageRun struct {
	name                   string
	inputs                 []string
	db                     string
	cpuProfile, memProfile string
	opts                   bench.StageOptions
}

func (s stageRun) run(ctx context.Context, out io.Writer) error {
	if s.name == "all" {
		return s.runAll(ctx, out)
	}
	if !slices.Contains(benchStages, s.name) {
		return fmt.Errorf("unknown --stage %q: want %s or all", s.name, strings.Join(benchStages, ", "))
	}
	stop, err := startCPUProfile(s.cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	var fig bench.Figures
	switch s.name {
	case "extract":
		fig, err = bench.Extract(ctx, s.inputs, s.opts)
	case "dedup":
		fig, err = bench.Dedup(ctx, s.inputs, s.opts)
	case "code":
		fig, err = bench.Code(ctx, s.inputs, s.opts)
	case "pipeline":
		fig, err = bench.Pipeline(ctx, s.inputs, s.opts)
	case "ingest":
		fig, err = s.ingest(ctx)
	}
	if err != nil {
		return fmt.Errorf("bench %s: %w", s.name, err)
	}
	if s.memProfile != "" {
		if err := writeHeapProfile(s.memProfile); err != nil {
			return err
		}
	}
	fig.Print(out)
	return nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create heap profile: %w", err)
	}
	defer f.Close()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		return fmt.Errorf("write heap profile %s: %w", path, err)
	}
	return nil
}

// runAll runs every stage in a child process of this binary: getrusage's
// peak resident set only ever grows, so one process for all stages would
// give every stage the peak of the largest before it.
func (s stageRun) runAll(ctx context.Context, out io.Writer) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find own binary: %w", err)
	}
	for _, name := range benchStages {
		args := []string{"bench", "--stage", name, "--chunk", fmt.Sprint(s.opts.Chunk)}
		if s.opts.Workers > 0 {
			args = append(args, "--workers", fmt.Sprint(s.opts.Workers))
		}
		if s.opts.Truth {
			args = append(args, "--truth")
		}
		if s.db != "" {
			args = append(args, "--db", s.db)
		}
		if s.cpuProfile != "" {
			args = append(args, "--cpuprofile", s.cpuProfile+"."+name)
		}
		if s.memProfile != "" {
			args = append(args, "--memprofile", s.memProfile+"."+name)
		}
		cmd := exec.CommandContext(ctx, self, append(args, s.inputs...)...)
		cmd.Stdout, cmd.Stderr = out, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("bench %s: %w", name, err)
		}
	}
	return nil
}

// ingest runs `storyline ingest` itself over the corpus into an empty
// store, and counts what it stored.
func (s stageRun) ingest(ctx context.Context) (bench.Figures, error) {
	f := bench.Figures{Stage: "ingest", Workers: s.opts.Workers}
	if f.Workers <= 0 {
		f.Workers = runtime.GOMAXPROCS(0)
	}
	url := s.db
	if url == "" {
		dir, err := os.MkdirTemp("", "storyline-bench-")
		if err != nil {
			return f, err
		}
		defer os.RemoveAll(dir)
		url = "sqlite:" + filepath.Join(dir, "bench.db")
	}
	// A store that already holds the inputs would skip them: the figures
	// would measure nothing.
	st, err := store.Open(ctx, url)
	if err != nil {
		return f, err
	}
	before, err := st.Stats(ctx)
	st.Close()
	if err != nil {
		return f, err
	}
	if before.Inputs > 0 || before.Articles > 0 {
		return f, fmt.Errorf("store %s already holds %d inputs and %d articles; the ingest bench needs an empty one", url, before.Inputs, before.Articles)
	}
	m := bench.NewMeter()
	m.Start()
	args := append([]string{"--db", url, "--progress", "none", "--workers", fmt.Sprint(f.Workers), "--"}, s.inputs...)
	err = runIngest(ctx, args)
	m.Stop(&f)
	if err != nil && !errors.Is(err, errFailedInputs) {
		return f, err
	}
	if st, err = store.Open(ctx, url); err != nil {
		return f, err
	}
	defer st.Close()
	after, err := st.Stats(ctx)
	if err != nil {
		return f, err
	}
	f.Articles = int64(after.Articles)
	f.Failed = int64(after.InputsFailed)
	f.Bytes = corpusBytes(s.inputs)
	engine := "sqlite"
	if st.Engine() == store.Postgres {
		engine = "postgres"
	}
	f.Notes = append(f.Notes, bench.Note{Key: "store", Value: engine}, bench.Note{Key: "inputs", Value: fmt.Sprint(after.Inputs)},
		bench.Note{Key: "duplicates", Value: fmt.Sprint(after.Duplicates)}, bench.Note{Key: "reports", Value: fmt.Sprint(after.Reports)},
		bench.Note{Key: "events", Value: fmt.Sprint(after.Events)})
	return f, nil
}

// corpusBytes is the page bytes of the inputs: from a generated corpus's
// stats when the input is one, else the size of the files as stored.
func corpusBytes(inputs []string) int64 {
	if len(inputs) == 1 {
		if st, err := bench.ReadCorpusStats(inputs[0]); err == nil {
			return st.PageBytes
		}
	}
	var n int64
	paths, _ := expandInputs(inputs)
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil {
			n += info.Size()
		}
	}
	return n
}

// startCPUProfile writes a CPU profile to path until the returned stop is
// called; with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("start cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
