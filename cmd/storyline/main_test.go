package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// The command line as a user meets it: asked-for help goes to standard
// output with status 0; a wrong flag, a missing argument or an unknown
// command is a usage error, status 2; version says what the binary was
// built from.
func TestCommandLine(t *testing.T) {
	// A clone built with VCS stamping on (GOFLAGS may turn it off) must name
	// its revision. The go command finds a repository by a .git folder, so
	// a tree outside git, or a git worktree (.git is a file), cannot.
	rev, gitErr := exec.Command("git", "rev-parse", "HEAD").Output()
	if info, err := os.Stat("../../.git"); err != nil || !info.IsDir() {
		gitErr = errors.New("no .git folder at the module root")
	}
	bin := filepath.Join(t.TempDir(), "storyline")
	build := exec.Command("go", "build", "-buildvcs="+map[bool]string{true: "true", false: "false"}[gitErr == nil], "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build storyline: %v\n%s", err, out)
	}
	run := func(args ...string) (stdout, stderr string, code int) {
		t.Helper()
		var o, e bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Dir = t.TempDir()
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			code = ee.ExitCode()
		case err != nil:
			t.Fatalf("run storyline %q: %v", args, err)
		}
		return o.String(), e.String(), code
	}

	for _, tc := range []struct {
		args   []string
		code   int
		stdout string // what standard output starts with
		stderr string // what standard error holds
	}{
		{[]string{"-h"}, 0, "Usage: storyline COMMAND", ""},
		{[]string{"--help"}, 0, "Usage: storyline COMMAND", ""},
		{[]string{"help"}, 0, "Usage: storyline COMMAND", ""},
		{[]string{"help", "ingest"}, 0, "Usage: storyline ingest", ""},
		{[]string{"ingest", "--db", "sqlite:x.db", "-h"}, 0, "Usage: storyline ingest", ""},
		{[]string{"serve", "-help"}, 0, "Usage: storyline serve", ""},
		{[]string{}, 2, "", "Usage: storyline COMMAND"},
		{[]string{"--bogus"}, 2, "", "unknown flag --bogus"},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"ingest", "--bogus"}, 2, "", "flag provided but not defined: -bogus"},
		{[]string{"gencorpus", "-n", "many", "dir"}, 2, "", `invalid value "many" for flag -n`},
		{[]string{"gencorpus"}, 2, "", "Usage: storyline gencorpus"},
		{[]string{"version", "extra"}, 2, "", "Usage: storyline version"},
	} {
		stdout, stderr, code := run(tc.args...)
		if code != tc.code || !strings.HasPrefix(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("storyline %q: status %d, want %d\nstdout: %.200s\nstderr: %.200s", tc.args, code, tc.code, stdout, stderr)
		}
		if tc.code == 2 && stdout != "" {
			t.Errorf("storyline %q: a usage error wrote to standard output: %.200s", tc.args, stdout)
		}
	}

	// Every command has its help.
	for _, c := range commands {
		stdout, _, code := run(c.name, "-h")
		if code != 0 || !strings.Contains(stdout, "storyline "+c.name) {
			t.Errorf("storyline %s -h: status %d, stdout %.200s", c.name, code, stdout)
		}
	}

	stdout, stderr, code := run("version")
	if code != 0 || !strings.HasPrefix(stdout, "storyline ") {
		t.Fatalf("storyline version: status %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if gitErr == nil {
		if want := "git revision " + strings.TrimSpace(string(rev)); !strings.Contains(stdout, want) {
			t.Errorf("storyline version in a git checkout: no %q in\n%s", want, stdout)
		}
	} else if !strings.Contains(stdout, "revision unknown") {
		t.Errorf("storyline version outside git: %s", stdout)
	}
}

// The version text comes from the build information alone.
func TestWriteVersion(t *testing.T) {
	for _, tc := range []struct {
		name string
		info debug.BuildInfo
		want []string
	}{
		{"installed from a tag", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "storyline", Version: "v1.2.0"},
			Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "false"}, {Key: "GOOS", Value: "linux"}, {Key: "GOARCH", Value: "amd64"}}},
			[]string{"storyline v1.2.0\n", "git revision abc123 (committed 2026-01-02T03:04:05Z)\n", "built with go1.26.8 linux/amd64\n"}},
		{"a dirty tree", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "storyline", Version: "v0.0.0-20260102030405-abc123+dirty"},
			Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: "true"}}},
			[]string{"storyline v0.0.0-20260102030405-abc123+dirty\n", "git revision abc123 (with uncommitted changes)\n"}},
		{"no VCS information", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "storyline", Version: "(devel)"}},
			[]string{"storyline (devel)\n", "revision unknown"}},
	} {
		var b strings.Builder
		writeVersion(&b, &tc.info)
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: no %q in\n%s", tc.name, w, b.String())
			}
		}
	}
}
