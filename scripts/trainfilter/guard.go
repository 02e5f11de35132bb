package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/eval"
	"storyline/internal/event"
	"storyline/scripts/internal/devcorpus"
)

// The filter learns from the real-news pages, whose gold is the pages' own
// real events; it must not drop right events of news it never saw. After
// training, main prints what the model would drop on two sets that are no
// part of its training: the sample captures of testdata/seeds with their
// gold, and the extraction benchmark's general news pages, whose events were
// labelled by hand (testdata/bench_review.tsv, the newest run). The gold and
// the benchmark pages live outside the repository (../shared beside it), so
// they are read only when -seed-gold and -bench-pages name them. It prints
// only: the model file holds nothing from them.

// benchLabels are the hand labels of the benchmark pages' events.
const (
	benchLabels = "internal/coder/testdata/bench_review.tsv"
	seedPages   = "testdata/seeds"
)

// observed codes the inputs with the rules alone and scores each event with
// keepIt: it returns the events and whether the model keeps each.
func observed(inputs []string, keepIt func(event.Event, []float64) bool) ([]event.Event, []bool, error) {
	var evs []event.Event
	var keep []bool
	opts := coder.Options{NoLearnedFilter: true, NoLearnedProposer: true, Observe: func(e event.Event, x []float64) {
		evs = append(evs, e)
		keep = append(keep, keepIt(e, x))
		if explain != nil {
			fmt.Printf("EXPLAIN %s %s %v keep=%v %s\n", benchKey(e), e.ID, e.Countries(), keepIt(e, x), explain(x))
		}
	}}
	// A page that cannot be read is left out: these sets only inform.
	_, err := devcorpus.Events(capture.Open(context.Background(), inputs), opts, func(*capture.InputError) error { return nil })
	return evs, keep, err
}

// guardBench prints how many labelled right and wrong events of the
// benchmark pages in dir the model keeps and drops.
func guardBench(dir string, keepIt func(event.Event, []float64) bool) error {
	labels, run, err := readBenchLabels(benchLabels)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no pages", dir)
	}
	if err != nil {
		return err
	}
	evs, keep, err := observed(files, keepIt)
	if err != nil {
		return err
	}
	var kr, dr, kw, dw, unlabelled int
	var dropped []string
	for i, e := range evs {
		key := benchKey(e)
		label, ok := labels[key]
		switch {
		case !ok:
			unlabelled++
		case label == "right" && keep[i]:
			kr++
		case label == "right":
			dr++
			dropped = append(dropped, key)
		case keep[i]:
			kw++
		default:
			dw++
		}
	}
	fmt.Printf("benchmark pages (labels of run %s): kept %d right and %d wrong, dropped %d right and %d wrong, %d unlabelled %v\n",
		run, kr, kw, dr, dw, unlabelled, dropped)
	return nil
}

// guardSeeds prints the sample captures' scores with the rules alone and
// with the model, against the gold file goldFile.
func guardSeeds(goldFile string, keepIt func(event.Event, []float64) bool) error {
	gold, err := eval.LoadGold(goldFile)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(seedPages, "*.txt"))
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no captures", seedPages)
	}
	if err != nil {
		return err
	}
	evs, keep, err := observed(files, keepIt)
	if err != nil {
		return err
	}
	var kept []event.Event
	for i, e := range evs {
		if keep[i] {
			kept = append(kept, e)
		}
	}
	all, with := eval.ScoreEvents(gold, evs).Total, eval.ScoreEvents(gold, kept).Total
	fmt.Printf("sample captures (seeds): rules alone P %.3f R %.3f (%d/%d), with the filter P %.3f R %.3f (%d/%d)\n",
		all.Precision(), all.Recall(), all.Found, all.Required, with.Precision(), with.Recall(), with.Found, with.Required)
	return nil
}

// readBenchLabels reads the labels of the newest run of the review file:
// page prefix, type, countries and evidence start to right or wrong.
func readBenchLabels(path string) (map[string]string, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	rows := map[string]map[string]string{}
	run := ""
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 6 || f[0] == "run" {
			continue
		}
		if rows[f[0]] == nil {
			rows[f[0]] = map[string]string{}
		}
		rows[f[0]][strings.Join(f[1:5], "|")] = f[5]
		run = f[0]
	}
	if run == "" {
		return nil, "", fmt.Errorf("%s: no labelled rows", path)
	}
	return rows[run], run, nil
}

// benchKey names an event as the review file does.
func benchKey(e event.Event) string {
	ev := e.Evidence[0]
	page := filepath.Base(ev.Source)
	if len(page) > 12 {
		page = page[:12]
	}
	return fmt.Sprintf("%s|%s|%s|%d", page, e.Type, strings.Join(e.Countries(), ","), ev.Start)
}
