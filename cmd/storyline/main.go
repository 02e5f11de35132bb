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
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
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
	{"rebuild", "link duplicates and merge events again from scratch", runRebuild},
	{"watch", "follow news feeds: fetch new articles politely, archive and ingest them", runWatch},
	{"events", "list merged events from a store", runEvents},
	{"timeline", "show the events between two parties in date order", runTimeline},
	{"search", "full-text search over stored articles", runSearch},
	{"export", "write the whole event table as jsonl, csv or parquet", runExport},
	{"serve", "serve the JSON API and the web UI", runServe},
	{"bench", "measure throughput and memory of each stage", runBench},
	{"gencorpus", "write a synthetic corpus for bench", runGencorpus},
	{"version", "print the module version and VCS revision of this binary", runVersion},
}

// errFailedInputs reports that some inputs failed; each was already logged.
var errFailedInputs = errors.New("some inputs failed")

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))
	setMemoryLimit()
	args := os.Args[1:]
	if len(args) == 0 {
		usage(os.Stderr)
		os.Exit(2)
	}
	name, args := args[0], args[1:]
	switch {
	case name == "help" && len(args) > 0:
		name, args = args[0], []string{"-h"}
	case name == "help" || isHelpFlag(name):
		usage(os.Stdout)
		return
	case strings.HasPrefix(name, "-"):
		fmt.Fprintf(os.Stderr, "storyline: unknown flag %s (flags go after the command)\n", name)
		usage(os.Stderr)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	for _, c := range commands {
		if c.name != name {
			continue
		}
		help := slices.ContainsFunc(flagArgs(args), isHelpFlag)
		if help {
			// Asked-for help goes to standard output, so it can be paged;
			// the flag package writes usage to os.Stderr as it is when
			// called. Logs keep the real standard error.
			os.Stderr = os.Stdout
		}
		err := c.run(ctx, args)
		stop()
		switch {
		case err == nil:
			return
		case errors.Is(err, flag.ErrHelp) && help:
			return
		case errors.Is(err, flag.ErrHelp), isFlagError(err):
			os.Exit(2) // the flag package has printed the error and the usage
		case errors.Is(err, errFailedInputs):
			os.Exit(1)
		default:
			fmt.Fprintf(os.Stderr, "storyline %s: %v\n", name, err)
			os.Exit(1)
		}
	}
	fmt.Fprintf(os.Stderr, "storyline: unknown command %q\n", name)
	usage(os.Stderr)
	os.Exit(2)
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: storyline COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'storyline COMMAND -h' for the flags of a command.\n")
}

// isHelpFlag reports the arguments with which the flag package asks for help.
func isHelpFlag(arg string) bool {
	switch arg {
	case "-h", "--h", "-help", "--help":
		return true
	}
	return false
}

// flagArgs is the part of a command line the flag package reads as flags:
// everything before "--". (A "-h" given as a flag's value is rare enough to
// be taken for a request for help.)
func flagArgs(args []string) []string {
	if i := slices.Index(args, "--"); i >= 0 {
		return args[:i]
	}
	return args
}

// isFlagError reports an error of flag.FlagSet.Parse about the command line
// itself, which has already been printed with the usage. The flag package
// gives these errors no type, only these wordings.
func isFlagError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"flag provided but not defined: ", "bad flag syntax: ", "flag needs an argument: ", "invalid value ", "invalid boolean value ", "invalid boolean flag "} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
