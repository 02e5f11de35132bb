package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline/internal/eval"
	"storyline/internal/event"
	"storyline/internal/pipeline"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// buildStoryline compiles the command into a temporary folder.
func buildStoryline(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "storyline")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build storyline: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes the ingest test inputs: text captures made from the
// seeds (originals, exact copies and edited copies), two WARC archives of
// HTML pages, and two inputs that cannot be read (empty, binary).
func writeCorpus(t *testing.T) string {
	t.Helper()
	bodies := seedTexts(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 30 {
		body := bodies[i%len(bodies)]
		switch k := i / len(bodies); {
		case k%2 == 1:
			body += fmt.Sprintf("\n\nThis report was filed by correspondent number %d from the regional desk.\n", k)
		}
		write(fmt.Sprintf("text/%02d.txt", i), body)
	}
	for a := range 2 {
		var warc bytes.Buffer
		for r := range 6 {
			body := bodies[(a+r)%len(bodies)]
			var paras []string
			for _, line := range strings.Split(body, "\n") {
				if len(line) > 80 {
					paras = append(paras, "<p>"+line+"</p>")
				}
			}
			html := fmt.Sprintf("<html><head><title>Page %d of archive %d</title></head><body><article>%s</article></body></html>",
				r, a, strings.Join(paras, "\n"))
			http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
			fmt.Fprintf(&warc, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d/%d\r\n"+
				"WARC-Date: 2024-07-2%dT00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
				a, r, r, len(http), http)
		}
		write(fmt.Sprintf("warc/%d.warc", a), warc.String())
	}
	write("bad/empty.txt", "")
	write("bad/binary.txt", "\x00\x01\x02\x03binary\x00\x00\xff\xfe")
	return dir
}

// ingestRun is one storyline ingest process.
// killAtRandom runs ingest four times on the store at url, killing each run:
// the even ones a moment after they commit an input, the odd ones at a
// random point of an uninterrupted run's time (took). It gives how many
// kills landed in the middle of the work (some inputs done, not all).
func killAtRandom(t *testing.T, bin, url, corpus string, rng *rand.Rand, took time.Duration) (midway int) {
	t.Helper()
	for i := range 4 {
		before := doneInputs(t, url)
		r := startIngest(t, bin, url, corpus)
		if i%2 == 0 {
			// Wait until this run commits an input, then kill it a
			// moment later: in the middle of its work.
			deadline := time.Now().Add(30 * time.Second)
			for doneInputs(t, url) == before && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(time.Duration(rng.Int64N(int64(10 * time.Millisecond))))
		} else {
			time.Sleep(time.Duration(rng.Int64N(int64(took))))
		}
		r.cmd.Process.Signal(syscall.SIGKILL)
		r.cmd.Wait()
		after, total := doneInputs(t, url), countInputs(t, url)
		if after > before && after < total {
			midway++
		}
		t.Logf("kill %d: inputs done %d → %d of %d", i+1, before, after, total)
	}
	return midway
}

type ingestRun struct {
	cmd    *exec.Cmd
	stderr bytes.Buffer
}

func startIngest(t *testing.T, bin, dbURL, corpus string, flags ...string) *ingestRun {
	t.Helper()
	args := append([]string{"ingest", "--db", dbURL, "--lease", "1s", "--batch", "2", "--progress", "log"}, flags...)
	r := &ingestRun{cmd: exec.Command(bin, append(args, corpus)...)}
	r.cmd.Stderr = &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return r
}

// wait waits for a run to finish on its own: the corpus has unreadable
// inputs, so exit status 1 with the events rebuilt is a finished run.
func (r *ingestRun) wait(t *testing.T) {
	t.Helper()
	err := r.cmd.Wait()
	if !strings.Contains(r.stderr.String(), "ingest: events rebuilt") {
		t.Fatalf("ingest did not finish (%v):\n%s", err, r.stderr.String())
	}
}

func dumpStore(t *testing.T, dbURL string) string {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// doneInputs counts the inputs a store has finished (0 before it exists).
func doneInputs(t *testing.T, dbURL string) int {
	return countWhere(t, dbURL, "WHERE state <> 'pending' AND state <> 'claimed'")
}

func countInputs(t *testing.T, dbURL string) int { return countWhere(t, dbURL, "") }

func countWhere(t *testing.T, dbURL, where string) int {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM inputs ` + where).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func compareDumps(t *testing.T, what, want, got string) {
	t.Helper()
	if want == got {
		return
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	in := func(l string, ls []string) bool {
		for _, x := range ls {
			if x == l {
				return true
			}
		}
		return false
	}
	var diff []string
	for _, l := range wl {
		if !in(l, gl) {
			diff = append(diff, "- "+l)
		}
	}
	for _, l := range gl {
		if !in(l, wl) {
			diff = append(diff, "+ "+l)
		}
	}
	if len(diff) > 30 {
		diff = append(diff[:30], "...")
	}
	t.Fatalf("%s: the store differs from an uninterrupted single run:\n%s", what, strings.Join(diff, "\n"))
}

// TestIngestProcesses runs storyline ingest as real processes on each
// engine: an uninterrupted run is the reference; a second run changes
// nothing; runs killed with SIGKILL at random points and then finished give
// the reference; two workers side by side give the reference; and so do two
// workers of which one is killed (the other takes over its inputs when the
// lease runs out).
func TestIngestProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary many times; not in -short mode")
	}
	bin := buildStoryline(t)
	corpus := writeCorpus(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("kill points from seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))

	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			refURL := storetest.URL(t, engine)
			start := time.Now()
			ref := startIngest(t, bin, refURL, corpus)
			ref.wait(t)
			took := time.Since(start)
			want := dumpStore(t, refURL)
			if !strings.Contains(want, "\nevent\t") {
				t.Fatalf("the reference run stored no events:\n%s", ref.stderr.String())
			}
			t.Logf("uninterrupted run: %v", took.Round(time.Millisecond))

			again := startIngest(t, bin, refURL, corpus)
			again.wait(t)
			compareDumps(t, "second ingest", want, dumpStore(t, refURL))

			t.Run("rebuild", func(t *testing.T) {
				out, err := exec.Command(bin, "rebuild", "--db", refURL).CombinedOutput()
				if err != nil {
					t.Fatalf("storyline rebuild: %v\n%s", err, out)
				}
				if !strings.Contains(string(out), "rebuild: done") {
					t.Fatalf("storyline rebuild said nothing of its work:\n%s", out)
				}
				compareDumps(t, "full rebuild", want, dumpStore(t, refURL))
			})

			t.Run("rebuilding while ingesting", func(t *testing.T) {
				// Rebuilds after every stored batch end with the store
				// one rebuild at the end gives.
				url := storetest.URL(t, engine)
				r := startIngest(t, bin, url, corpus, "--rebuild-every", "1ns")
				r.wait(t)
				if !strings.Contains(r.stderr.String(), "ingest: interim rebuild") {
					t.Fatalf("no rebuild while ingesting:\n%s", r.stderr.String())
				}
				compareDumps(t, "ingest rebuilding as it goes", want, dumpStore(t, url))
			})

			t.Run("in rounds", func(t *testing.T) {
				// Each round links and merges only what it adds; the
				// store ends as one run over everything left it.
				url := storetest.URL(t, engine)
				files, err := expandInputs([]string{corpus})
				if err != nil {
					t.Fatal(err)
				}
				rand.New(rand.NewPCG(5, 6)).Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
				for _, part := range [][]string{files[:len(files)/3], files[len(files)/3 : 2*len(files)/3], files} {
					list := filepath.Join(t.TempDir(), "inputs")
					if err := os.WriteFile(list, []byte(strings.Join(part, "\n")), 0o644); err != nil {
						t.Fatal(err)
					}
					r := &ingestRun{cmd: exec.Command(bin, "ingest", "--db", url, "--progress", "none", "--inputs-from", list)}
					r.cmd.Stderr = &r.stderr
					if err := r.cmd.Start(); err != nil {
						t.Fatal(err)
					}
					r.wait(t)
				}
				compareDumps(t, "ingest in three rounds", want, dumpStore(t, url))
			})

			t.Run("killed", func(t *testing.T) {
				// A kill lands in the middle of the work only when the
				// machine's timing allows it (a loaded machine may store
				// every input in the first commit): up to three fresh
				// stores are tried before the test gives up.
				var url string
				midway := 0
				for try := 1; try <= 3 && midway == 0; try++ {
					url = storetest.URL(t, engine)
					midway = killAtRandom(t, bin, url, corpus, rng, took)
				}
				if midway == 0 {
					t.Errorf("no kill landed in the middle of the work in three tries; the test proved nothing")
				}
				final := startIngest(t, bin, url, corpus)
				final.wait(t)
				compareDumps(t, "killed and re-run", want, dumpStore(t, url))
			})
			t.Run("two workers", func(t *testing.T) {
				// Both must give the reference every time; that both took
				// a share is a matter of timing, so allow a few tries.
				for try := 1; ; try++ {
					url := storetest.URL(t, engine)
					// One input at a time each, so that neither is done
					// before the other has started.
					a, b := startIngest(t, bin, url, corpus, "--workers", "1"), startIngest(t, bin, url, corpus, "--workers", "1")
					a.wait(t)
					b.wait(t)
					compareDumps(t, "two workers", want, dumpStore(t, url))
					s, err := store.Open(context.Background(), url)
					if err != nil {
						t.Fatal(err)
					}
					var workers int
					err = s.DB().QueryRow(`SELECT count(DISTINCT worker) FROM inputs`).Scan(&workers)
					s.Close()
					if err != nil {
						t.Fatal(err)
					}
					if workers == 2 {
						break
					}
					if try == 3 {
						t.Fatalf("in %d tries, inputs were always processed by one worker\nfirst:\n%s\nsecond:\n%s", try, a.stderr.String(), b.stderr.String())
					}
					t.Logf("try %d: one worker did everything; again", try)
				}
			})

			t.Run("two workers, one killed", func(t *testing.T) {
				url := storetest.URL(t, engine)
				a, b := startIngest(t, bin, url, corpus), startIngest(t, bin, url, corpus)
				time.Sleep(time.Duration(rng.Int64N(int64(took))))
				a.cmd.Process.Signal(syscall.SIGKILL)
				a.cmd.Wait()
				b.wait(t)
				compareDumps(t, "survivor of two workers", want, dumpStore(t, url))
			})
		})
	}
}

// codeSeeds codes the seed captures and loads their hand-coded gold from
// ../shared, skipping the test when the gold is not beside the repository.
func codeSeeds(t *testing.T) (*eval.Gold, []event.Event) {
	t.Helper()
	gold, err := eval.LoadGold(filepath.Join("..", "..", "..", "shared", "gold", "seeds.json"))
	if err != nil {
		t.Skipf("gold file not beside the repository: %v", err)
	}
	var coded []event.Event
	err = pipeline.Run(context.Background(), []string{"../../testdata/seeds"}, pipeline.Options{}, func(r pipeline.Result) error {
		coded = append(coded, r.Events...)
		return r.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	return gold, coded
}

// TestSeedsIngestKeepsGoldEvents ingests the seed captures into each store
// and scores the stored events against the hand-coded gold (each merged
// event counted once for every article that reports it): merging across
// articles must not lose an event the coder found in an article.
func TestSeedsIngestKeepsGoldEvents(t *testing.T) {
	gold, coded := codeSeeds(t)
	byCoder := eval.ScoreEvents(gold, coded).Total
	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			url := storetest.URL(t, engine)
			events := ingestSeeds(t, url)
			byStore := eval.ScoreEvents(gold, perArticle(events)).Total
			t.Logf("coder alone: found %d/%d required, precision %.3f; store: found %d/%d, precision %.3f (%d merged events)",
				byCoder.Found, byCoder.Required, byCoder.Precision(), byStore.Found, byStore.Required, byStore.Precision(), len(events))
			if byStore.Found < byCoder.Found {
				t.Errorf("the store finds %d required gold events, the coder alone %d: merging lost events", byStore.Found, byCoder.Found)
			}
			if byStore.Predicted < len(events) {
				t.Errorf("%d merged events expand to %d per-article predictions", len(events), byStore.Predicted)
			}
		})
	}
}

// perArticle splits merged events into one prediction per reporting
// article, with that article's evidence, as the gold is per article.
func perArticle(events []event.Event) []event.Event {
	var out []event.Event
	for _, e := range events {
		seen := map[string]bool{}
		for _, ev := range e.Evidence {
			if seen[ev.Source] {
				continue
			}
			seen[ev.Source] = true
			c := e
			c.Evidence = []event.Evidence{ev}
			out = append(out, c)
		}
	}
	return out
}

func TestReadInputList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list")
	os.WriteFile(list, []byte("# shared by all workers\na.warc.gz\n\n  b/c.txt  \n#d\n"), 0o644)
	got, err := readInputList(list)
	if err != nil || strings.Join(got, ",") != "a.warc.gz,b/c.txt" {
		t.Errorf("readInputList = %q, %v", got, err)
	}
	os.WriteFile(list, []byte("# nothing\n\n"), 0o644)
	if _, err := readInputList(list); err == nil || !strings.Contains(err.Error(), list) {
		t.Errorf("an empty list: error %v, want one naming the file", err)
	}
	if _, err := readInputList(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing list gave no error")
	}
}

// TestSeedsIngestHasNoImpossibleEvent ingests the bundled sample captures
// (the demo) and checks that no merged event names two different holders
// of one office of one country, such as two prime ministers of Japan.
func TestSeedsIngestHasNoImpossibleEvent(t *testing.T) {
	events := ingestSeeds(t, "sqlite:"+filepath.Join(t.TempDir(), "demo.db"))
	for _, e := range events {
		holder := map[string]string{}
		for _, a := range e.Actors {
			if a.Title == nil || a.Country == nil || *a.Title != "Prime Minister" && *a.Title != "President" {
				continue
			}
			k := *a.Country + " " + *a.Title
			if other, ok := holder[k]; ok && other != a.Name {
				t.Errorf("event %s (%s %v) names two holders of %s: %s and %s", e.ID, e.Type, e.Date, k, other, a.Name)
			}
			holder[k] = a.Name
		}
	}
}

// ingestSeeds ingests the bundled sample captures into the store at url and
// returns its merged events.
func ingestSeeds(t *testing.T, url string) []event.Event {
	t.Helper()
	if err := runIngest(context.Background(), []string{"--db", url, "--progress", "none", "../../testdata/seeds"}); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	events, err := s.Events(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// seedTexts reads the five bundled sample captures.
func seedTexts(t *testing.T) []string {
	t.Helper()
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) < 5 {
		t.Fatalf("want 5 seed captures in ../../testdata/seeds: %v", err)
	}
	var texts []string
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
