package main

import (
	"flag"
	"io"
	"testing"

	"storyline/internal/coder"
)

// The learned filter is on unless a flag turns it off; --learned-filter,
// which scripts of the time it was opt-in pass, still asks for it.
func TestLearnedFilterFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		on   bool
	}{
		{nil, true},
		{[]string{"--learned-filter"}, true},
		{[]string{"--no-learned-filter"}, false},
		{[]string{"--learned-filter=false"}, false},
		{[]string{"--learned-filter", "--no-learned-filter"}, false},
	} {
		fs := flag.NewFlagSet("code", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		set := learnedFilterFlags(fs)
		if err := fs.Parse(tc.args); err != nil {
			t.Fatalf("%q: %v", tc.args, err)
		}
		var opts coder.Options
		set(&opts)
		if opts.NoLearnedFilter == tc.on || opts.LearnedFilter != tc.on {
			t.Errorf("%q: LearnedFilter %v, NoLearnedFilter %v; want the filter on %v", tc.args, opts.LearnedFilter, opts.NoLearnedFilter, tc.on)
		}
	}
}
