package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// runVersion prints what the Go toolchain recorded in the binary: the
// module's version and the VCS revision it was built from.
func runVersion(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: storyline version\n\n"+
			"Prints the module version, the VCS revision (with its time, and whether the\n"+
			"work tree had uncommitted changes) and the Go version the binary was built with,\n"+
			"as recorded by 'go build' and 'go install'.\n")
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return fmt.Errorf("read build information: the binary has none")
	}
	writeVersion(os.Stdout, info)
	return nil
}

// writeVersion writes three lines: module and version, revision, Go.
func writeVersion(w io.Writer, info *debug.BuildInfo) {
	version := info.Main.Version
	if version == "" {
		version = "(unknown)"
	}
	path := info.Main.Path
	if path == "" {
		path = "storyline"
	}
	fmt.Fprintf(w, "%s %s\n", path, version)
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		var notes []string
		if t := settings["vcs.time"]; t != "" {
			notes = append(notes, "committed "+t)
		}
		if settings["vcs.modified"] == "true" {
			notes = append(notes, "with uncommitted changes")
		}
		fmt.Fprintf(w, "%s revision %s", settings["vcs"], rev)
		if len(notes) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(notes, ", "))
		}
		fmt.Fprintln(w)
	} else {
		fmt.Fprintln(w, "revision unknown (built outside a version-controlled tree, or by go run or go test)")
	}
	fmt.Fprintf(w, "built with %s %s/%s\n", info.GoVersion, settings["GOOS"], settings["GOARCH"])
}
