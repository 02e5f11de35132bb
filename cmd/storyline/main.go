// Command storyline turns raw captures of news pages into a deduplicated,
// dated record of political events.
//
// Each subcommand lives in its own file with its own flag.FlagSet; this file
// only dispatches.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand: run parses its own flags from args.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string) error
}

var commands = []command{
	{"extract", "print the clean article of every capture", runExtract},
	{"annotate", "print sentences, mentions and time expressions of every article", runAnnotate},
	{"code", "print the events coded from every article", runCode},
	{"eval", "score coded events against a gold file", runEval},
	{"ingest", "run the whole pipeline into a store", runIngest},
	{"events", "list merged events from a store", runEvents},
	{"timeline", "show the events between two parties in date order", runTimeline},
	{"search", "full-text search over stored articles", runSearch},
	{"export", "write the whole event table as jsonl, csv or parquet", runExport},
	{"serve", "serve the JSON API and the web UI", runServe},
	{"bench", "measure throughput and memory of each stage", runBench},
	{"gencorpus", "write a synthetic corpus for bench", runGencorpus},
}

// errFailedInputs reports that some inputs failed; each was already logged.
var errFailedInputs = errors.New("some inputs failed")

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	flag.Usage = usage
	flag.Parse()
	if flag.NArg() == 0 {
		usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	name, args := flag.Arg(0), flag.Args()[1:]
	for _, c := range commands {
		if c.name != name {
			continue
		}
		err := c.run(ctx, args)
		switch {
		case err == nil:
			return
		case errors.Is(err, flag.ErrHelp):
			os.Exit(2)
		case errors.Is(err, errFailedInputs):
			os.Exit(1)
		default:
			fmt.Fprintf(os.Stderr, "storyline %s: %v\n", name, err)
			os.Exit(1)
		}
	}
	fmt.Fprintf(os.Stderr, "storyline: unknown command %q\n", name)
	usage()
	os.Exit(2)
}

func usage() {
	fmt.Fprintf(os.Stderr, "Usage: storyline COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(os.Stderr, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(os.Stderr, "\nRun 'storyline COMMAND -h' for the flags of a command.\n")
}
