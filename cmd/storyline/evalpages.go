package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/eval"
	"storyline/internal/event"
	"storyline/internal/merge"
)

// evalPages codes every page of a real-news corpus that has its text, merges
// the events across the whole split, and scores both against the corpus gold.
func evalPages(ctx context.Context, dir, split, writeFile, mergesFile string, opts coder.Options) error {
	score, preds, coded, err := scorePages(ctx, dir, split, opts)
	if err != nil {
		return err
	}
	if writeFile != "" {
		if err := writeJSONL(writeFile, preds); err != nil {
			return err
		}
	}
	if mergesFile != "" {
		if err := writeSpread(mergesFile, score.Spread); err != nil {
			return err
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "Real-news corpus %s, split %s: %d pages coded\n\n", dir, splitName(split), coded)
	if err := score.WriteTable(out); err != nil {
		return err
	}
	fmt.Fprintln(out)
	score.WriteSummary(out)
	return out.Flush() // a write error shows here
}

// scorePages codes the pages of one split that have their text and scores
// them, and the events merged across them, against the corpus gold.
func scorePages(ctx context.Context, dir, split string, opts coder.Options) (score eval.PagesScore, preds []event.Event, coded int, err error) {
	corpus, err := eval.LoadPages(dir)
	if err != nil {
		return score, nil, 0, err
	}
	corpus = corpus.Split(split)
	var caps []capture.Capture
	var missing []string
	for _, d := range corpus.Docs {
		body, err := os.ReadFile(corpus.TextPath(d))
		if errors.Is(err, os.ErrNotExist) {
			missing = append(missing, d.File)
			continue
		}
		if err != nil {
			return score, nil, 0, fmt.Errorf("read page text: %w", err)
		}
		caps = append(caps, capture.Capture{Source: corpus.TextPath(d), URI: d.URL, ContentType: "text/plain", Body: body})
	}
	if len(caps) == 0 {
		return score, nil, 0, fmt.Errorf("real-news corpus %s: no page texts in %s/pages (re-create them as testdata/realnews/README.md says)", dir, dir)
	}
	var reports []merge.Report
	err = codeCaptures(ctx, capture.NewList(caps), opts, func(a article.Article, events []event.Event) error {
		pub, uri := "", ""
		if a.Published != nil {
			pub = *a.Published
		}
		if a.URI != nil {
			uri = *a.URI
		}
		for _, e := range events {
			preds = append(preds, e)
			reports = append(reports, merge.Report{Event: e, ArticleID: a.Source, Root: a.Source, URI: uri, Published: pub})
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFailedInputs) {
		return score, nil, 0, err // a page that yields no article is logged and left out
	}
	score = eval.ScorePages(corpus, preds, merge.Merge(reports, merge.DefaultOptions()))
	score.Missing = missing
	return score, preds, len(caps), nil
}

func splitName(s string) string {
	if s == "" {
		return "all"
	}
	return s
}

// writeSpread writes one JSON line per real event: the reports matched to it
// and the report ids of each merged event they went into.
func writeSpread(path string, spread []eval.EventSpread) error {
	var b []byte
	for _, sp := range spread {
		line, err := json.Marshal(struct {
			Event  string     `json:"event"`
			Title  string     `json:"title"`
			Took   []string   `json:"took"`
			Groups [][]string `json:"groups"`
		}{sp.Event.ID, sp.Event.Title, sp.Took, sp.Groups})
		if err != nil {
			return err
		}
		b = append(append(b, line...), '\n')
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write merges: %w", err)
	}
	return nil
}
