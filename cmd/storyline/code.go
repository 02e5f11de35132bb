package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"strconv"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/event"
)

// runCode prints the events coded from every article of the inputs, article
// by article, without merging across articles.
func runCode(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	format := fs.String("format", "jsonl", "output `format`: jsonl (one event a line, docs/CONTRACT.md) or text")
	actorsFile := fs.String("actors", "", "extra actor `file` (same format as the embedded tables)")
	oneSided := fs.Bool("one-sided", false, "also print events that name one side only")
	learnedFilter := learnedFilterFlags(fs)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline code [--format jsonl|text] [--actors FILE] [--one-sided] [--no-learned-filter] [--no-learned-proposer] [--proposer-threshold P] PATH...\n\n"+
			"Codes the PLOVER events of every article in the inputs (files, folders, WARC/WET\n"+
			"archives, - for standard input), sentence by sentence, with evidence offsets.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	if *format != "jsonl" && *format != "text" {
		return fmt.Errorf("unknown --format %q: want jsonl or text", *format)
	}
	opts, err := coderOptions(*actorsFile)
	if err != nil {
		return err
	}
	opts.KeepOneSided = *oneSided
	learnedFilter(&opts)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	write := writeEventsJSONL
	if *format == "text" {
		write = writeEventsText
	}
	return codeInputs(ctx, fs.Args(), opts, func(a article.Article, events []event.Event) error {
		return write(out, a, events)
	})
}

// learnedFilterFlags defines --learned-filter, --no-learned-filter and
// --no-learned-proposer on fs and returns what sets the coder's options from them once fs is parsed.
// The filter is on by default (docs/coding.md, stop 36); --learned-filter
// is kept for the scripts that pass it, and --no-learned-filter or
// --learned-filter=false turns the filter off.
func learnedFilterFlags(fs *flag.FlagSet) func(*coder.Options) {
	on := fs.Bool("learned-filter", true, "drop the events the coder's learned filter scores below its threshold (the default; docs/coding.md)")
	off := fs.Bool("no-learned-filter", false, "keep every event the rules propose: do not apply the learned filter")
	noProposer := fs.Bool("no-learned-proposer", false, "code the rules' events only: do not ask the learned proposer about the sentences the rules leave alone")
	var proposeAt probability
	fs.Var(&proposeAt, "proposer-threshold", "the `probability` the learned proposer's type must reach, from 0 to 1 (0: the shipped model's threshold, 1, which leaves it off; docs/coding.md)")
	return func(opts *coder.Options) {
		opts.ProposeThreshold = float64(proposeAt)
		opts.LearnedFilter = *on && !*off
		opts.NoLearnedFilter = !opts.LearnedFilter
		opts.NoLearnedProposer = *noProposer
	}
}

// coderOptions builds the coder's options, loading a user's actor file.
func coderOptions(actorsFile string) (coder.Options, error) {
	var opts coder.Options
	if actorsFile != "" {
		cat := actors.Default()
		if err := cat.LoadFile(actorsFile); err != nil {
			return opts, fmt.Errorf("load actors file: %w", err)
		}
		opts.Catalog = cat
	}
	return opts, nil
}

// codeInputs extracts the articles of the inputs on the article stream's
// worker pool and codes each in input order. A failed input is logged and
// counted; the others go on, and errFailedInputs is returned at the end.
func codeInputs(ctx context.Context, inputs []string, opts coder.Options, emit func(article.Article, []event.Event) error) error {
	return codeCaptures(ctx, capture.Open(ctx, inputs), opts, emit)
}

// codeCaptures is codeInputs over any source of captures.
func codeCaptures(ctx context.Context, src article.CaptureSource, opts coder.Options, emit func(article.Article, []event.Event) error) error {
	stream := article.NewStream(ctx, src, 0)
	defer stream.Close()
	failed := 0
	for {
		a, err := stream.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			slog.Error("skip input", "source", ie.Source, "err", ie.Err)
			failed++
			continue
		}
		if err != nil {
			return err
		}
		if err := emit(a, coder.Code(a, opts)); err != nil {
			return err
		}
	}
	if failed > 0 {
		slog.Error("some inputs failed", "failed", failed)
		return errFailedInputs
	}
	return nil
}

func writeEventsJSONL(w io.Writer, _ article.Article, events []event.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range events {
		if err := enc.Encode(&events[i]); err != nil {
			return fmt.Errorf("write event: %w", err)
		}
	}
	return nil
}

// writeEventsText prints an article's events for a person: one block per
// article, one line per event and its evidence below.
func writeEventsText(w io.Writer, a article.Article, events []event.Event) error {
	pub := "no date"
	if a.Published != nil {
		pub = *a.Published
	}
	fmt.Fprintf(w, "== %s (%s) %d events\n", a.Source, pub, len(events))
	for _, e := range events {
		date := "undated"
		if e.Date != nil {
			date = e.Date.Start
			if e.Date.End != e.Date.Start {
				date += ".." + e.Date.End
			}
			date += " (" + string(e.Date.Grain) + ", " + string(e.Date.Basis) + ")"
		}
		var parts []string
		for _, ac := range e.Actors {
			s := ac.Name
			if ac.Country != nil && *ac.Country != ac.Name {
				s += " [" + *ac.Country + "]"
			}
			if ac.Role != event.RoleParticipant {
				s += " (" + string(ac.Role) + ")"
			}
			parts = append(parts, s)
		}
		where := ""
		if e.Location != nil {
			where = " @ " + e.Location.Name
		}
		mode := ""
		if e.Mode != "" {
			mode = "/" + e.Mode
		}
		fmt.Fprintf(w, "  %s%s %s %s: %s%s  conf %.2f\n", e.Type, mode, e.Status, date, strings.Join(parts, "; "), where, e.Confidence)
		for _, ev := range e.Evidence {
			fmt.Fprintf(w, "      [%d:%d] %s\n", ev.Start, ev.End, oneLine(ev.Text, 160))
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		cut := n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// probability is a flag's value from 0 to 1. A value out of that range, or
// NaN, is refused when the flag is parsed: taken as given, it would leave
// the coder at its default without a word.
type probability float64

func (p *probability) String() string { return strconv.FormatFloat(float64(*p), 'g', -1, 64) }

func (p *probability) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil || math.IsNaN(v):
		return fmt.Errorf("%q is not a number", s)
	case v < 0:
		return fmt.Errorf("%s is below 0: a probability is from 0 to 1", s)
	case v > 1:
		return fmt.Errorf("%s is above 1: a probability is from 0 to 1", s)
	}
	*p = probability(v)
	return nil
}
