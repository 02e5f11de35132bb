package coder

import (
	"slices"
	"strings"
)

// Rules of the ninth pass (stop 27) on who takes part in a meeting. A
// story tells a meeting, then what was said at it: "During the meeting,
// Zelenskyy reiterated his view that Putin is not sincere", "During the
// phone call, Erdogan expressed frustration at the lack of a safe zone in
// Syria". The fronted phrase points back to the meeting told before; the
// people and countries the sentence goes on to name are what was said
// there, not its sides.

// meetingPhraseOpeners open a fronted phrase that sets a sentence in a
// meeting told before.
var meetingPhraseOpeners = []string{"during the ", "during their ", "during that ", "during this ", "at the ", "in the ", "throughout the "}

// opensInMeeting reports a sentence opened by a phrase that sets it in a
// meeting told before, ended by a comma: "During the phone call, ...",
// "At the talks on Friday, ...".
func opensInMeeting(text string) bool {
	t := strings.ToLower(strings.TrimLeft(text, " \"“"))
	for _, o := range meetingPhraseOpeners {
		if !strings.HasPrefix(t, o) {
			continue
		}
		f := strings.Fields(t[len(o):])
		for k := 0; k < len(f) && k < 5; k++ {
			w := strings.TrimRight(f[k], ",")
			if anaphorNouns[w] {
				return strings.HasSuffix(f[k], ",") || k+1 < len(f) && strings.HasSuffix(f[k+1], ",") ||
					k+2 < len(f) && strings.HasSuffix(f[k+2], ",") // "During the call on Sunday,"
			}
		}
		return false
	}
	return false
}

// dropSaidAtMeeting drops a meeting coded from the noun of such a fronted
// phrase (no verb of meeting in the sentence) whose countries are not all
// among those of the latest meeting told before that shares one of them:
// its sides were read from what was said. A meeting with no earlier one
// to point to is kept.
func dropSaidAtMeeting(rs []*report) []*report {
	drop := map[*report]bool{}
	for i, r := range rs {
		if r.ev.Type != "CONSULT" || !r.noun || !r.anaphor || len(r.ev.Evidence) == 0 || !opensInMeeting(r.ev.Evidence[0].Text) {
			continue
		}
		own := r.ev.Countries()
		for k := i - 1; k >= 0; k-- {
			e := rs[k]
			if e.ev.Type != "CONSULT" || drop[e] || !slices.ContainsFunc(e.ev.Countries(), func(c string) bool { return slices.Contains(own, c) }) {
				continue
			}
			if slices.ContainsFunc(own, func(c string) bool { return !slices.Contains(e.ev.Countries(), c) }) {
				drop[r] = true
			}
			break
		}
	}
	if len(drop) == 0 {
		return rs
	}
	return slices.DeleteFunc(rs, func(r *report) bool { return drop[r] })
}
