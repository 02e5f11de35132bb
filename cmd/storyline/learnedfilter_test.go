package main

import (
	"flag"
	"io"
	"strings"
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

// --proposer-threshold is a probability: a value outside [0, 1], or none
// at all, is refused with the flag's name and the reason, not taken
// silently as the shipped model's threshold.
func TestProposerThresholdFlag(t *testing.T) {
	for _, tc := range []struct {
		arg    string
		want   float64
		reason string // "": accepted
	}{
		{"0.3", 0.3, ""},
		{"0", 0, ""},
		{"1", 1, ""},
		{"NaN", 0, "not a number"},
		{"-0.2", 0, "below 0"},
		{"-Inf", 0, "below 0"},
		{"1.5", 0, "above 1"},
		{"+Inf", 0, "above 1"},
		{"abc", 0, "not a number"},
		{"", 0, "not a number"},
	} {
		fs := flag.NewFlagSet("code", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		set := learnedFilterFlags(fs)
		err := fs.Parse([]string{"--proposer-threshold=" + tc.arg})
		if tc.reason != "" {
			if err == nil || !strings.Contains(err.Error(), "proposer-threshold") || !strings.Contains(err.Error(), tc.reason) {
				t.Errorf("--proposer-threshold=%s: error %v, want one naming the flag and saying %q", tc.arg, err, tc.reason)
			}
			continue
		}
		if err != nil {
			t.Fatalf("--proposer-threshold=%s: %v", tc.arg, err)
		}
		var opts coder.Options
		set(&opts)
		if opts.ProposeThreshold != tc.want {
			t.Errorf("--proposer-threshold=%s: ProposeThreshold %v, want %v", tc.arg, opts.ProposeThreshold, tc.want)
		}
	}
}
