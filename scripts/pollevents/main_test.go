package main

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSummarize(t *testing.T) {
	s := func(n int) time.Duration { return time.Duration(n) * time.Second }
	tests := []struct {
		name  string
		polls []poll
		want  []string
	}{
		{"too few", []poll{{at: 0, total: 3}}, []string{"too few to measure"}},
		{"steady", []poll{{at: s(0), total: 0}, {at: s(1), total: 10, written: 10}, {at: s(2), total: 20, written: 20}},
			[]string{"new_visible=20", "events_per_s=10.00", "longest_no_new_s=0.0"}},
		{"a quiet stretch, then a burst", []poll{{at: s(0), total: 5}, {at: s(1), total: 5}, {at: s(2), total: 5}, {at: s(3), total: 5}, {at: s(4), total: 45, written: 40}},
			[]string{"new_visible=40", "events_per_s=10.00", "longest_no_new_s=3.0", "written_since_start=40"}},
		{"changed events count as new", []poll{{at: s(0), total: 5}, {at: s(1), total: 5, written: 2}, {at: s(2), total: 5, written: 2}},
			[]string{"new_visible=0", "longest_no_new_s=1.0"}},
		{"failed polls are left out", []poll{{at: s(0), total: 1}, {at: s(1), err: errors.New("busy")}, {at: s(2), total: 3}},
			[]string{"polls=2 failed=1", "events_per_s=1.00", "longest_no_new_s=0.0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarize(tc.polls)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("summary %q lacks %q", got, w)
				}
			}
		})
	}
}
