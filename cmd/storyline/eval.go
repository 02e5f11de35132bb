package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"storyline/internal/article"
	"storyline/internal/coder"
	"storyline/internal/eval"
	"storyline/internal/event"
)

// runEval codes the inputs and scores them against a gold file, or scores
// the coder on the PLOVER gold-standard sentences.
func runEval(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	goldFile := fs.String("gold", "", "gold `file` in the format of shared/gold/seeds.json")
	ploverFile := fs.String("plover", "", "PLOVER gold-standard sentences `file` (jsonl)")
	actorsFile := fs.String("actors", "", "extra actor `file` (same format as the embedded tables)")
	writeFile := fs.String("write", "", "also write the coded events as jsonl to `file` (for other scorers)")
	pagesDir := fs.String("pages", "", "real-news corpus `folder` (gold/*.json and pages/, as testdata/realnews)")
	split := fs.String("split", "dev", "with --pages: the `split` to score, dev, check or all")
	mergesFile := fs.String("merges", "", "with --pages: also write, per real event, the reports matched to it and the merged events they went into, as jsonl to `file`")
	learnedFilter := learnedFilterFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage:\n  storyline eval --gold FILE [--actors FILE] [--write FILE] PATH...\n"+
			"  storyline eval --plover FILE\n"+
			"  storyline eval --pages DIR [--split dev|check|all] [--write FILE]\n\n"+
			"--gold codes the inputs and prints precision, recall, F1, status, date, people and\n"+
			"location figures per file and in total (rules: shared/gold/README.md).\n"+
			"--plover codes each gold sentence as a one-sentence article and prints per-type\n"+
			"precision and recall of the event type, the macro F1 and the actor-country match.\n"+
			"--pages codes every page of a real-news corpus, scores each page's events (type,\n"+
			"exact party countries, day, status) and, after merging the split, how many merged\n"+
			"events each real event became and how many of its pages they cite.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts, err := coderOptions(*actorsFile)
	if err != nil {
		return err
	}
	learnedFilter(&opts)
	switch {
	case *pagesDir != "" && *goldFile == "" && *ploverFile == "":
		if *split != "dev" && *split != "check" && *split != "all" {
			return fmt.Errorf("unknown --split %q: want dev, check or all", *split)
		}
		return evalPages(ctx, *pagesDir, *split, *writeFile, *mergesFile, opts)
	case *ploverFile != "" && *goldFile == "":
		return evalPlover(*ploverFile, opts)
	case *goldFile != "" && *ploverFile == "" && fs.NArg() > 0:
		return evalGold(ctx, *goldFile, *writeFile, fs.Args(), opts)
	}
	fs.Usage()
	return flag.ErrHelp
}

func evalGold(ctx context.Context, goldFile, writeFile string, inputs []string, opts coder.Options) error {
	gold, err := eval.LoadGold(goldFile)
	if err != nil {
		return err
	}
	var all []event.Event
	var undated []string
	codeErr := codeInputs(ctx, inputs, opts, func(a article.Article, events []event.Event) error {
		all = append(all, events...)
		if a.Published == nil {
			undated = append(undated, a.Source)
		}
		return nil
	})
	if codeErr != nil && !errors.Is(codeErr, errFailedInputs) {
		return codeErr
	}
	if writeFile != "" {
		if err := writeJSONL(writeFile, all); err != nil {
			return err
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "Events coded from %d inputs, scored against %s\n\n", len(inputs), goldFile)
	if err := eval.ScoreEvents(gold, all).WriteTable(out); err != nil {
		return err
	}
	if len(undated) > 0 {
		// Say why dates may be missing: without a publication date,
		// "on Saturday" cannot be resolved.
		fmt.Fprintf(out, "\nno publication date found (relative dates left unresolved): %s\n", strings.Join(undated, ", "))
	}
	return codeErr
}

func evalPlover(path string, opts coder.Options) error {
	sents, err := eval.LoadPlover(path)
	if err != nil {
		return err
	}
	// Type accuracy is scored apart from actor knowledge: keep events whose
	// parties the catalog does not know ("rebels", "police").
	opts.KeepActorless = true
	score := eval.ScorePlover(sents, func(s eval.PloverSentence) []event.Event {
		return coder.Code(article.Article{Source: s.ID, Body: s.Text, Language: "en"}, opts)
	})
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintf(out, "PLOVER gold-standard sentences (%s), each coded as a one-sentence article\n\n", path)
	return score.WriteTable(out)
}

func writeJSONL(path string, events []event.Event) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write coded events: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range events {
		if err := enc.Encode(&events[i]); err != nil {
			f.Close()
			return fmt.Errorf("write coded events to %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write coded events to %s: %w", path, err)
	}
	return f.Close()
}
