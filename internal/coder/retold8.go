package coder

import (
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// A lead tells the news by the day it was learnt ("A former diplomat has
// been detained, a person familiar with the matter said Tuesday", "North
// Korea said it has detained a US student") and the next sentences retell
// the act with its own day, after the same verb: "Kovrig was detained
// Monday night in Beijing", "has been detained since 2 January". The act
// took place that day, not the day it was told.

// retellWindow is how many sentences after the lead a retelling is looked
// for, and retellDays how far before the reference its day may lie.
const (
	retellWindow = 5
	retellDays   = 31
)

// dateFromRetelling gives an act told as done with no day of its own, or
// only the day it was told, the day a sentence soon after writes right
// after the same verb ("detained Monday night", "detained on Monday",
// "been detained since 2 January"), when that day is before the one it
// has and within a month of the reference.
func (c *articleCoder) dateFromRetelling(rs []*report, sents []nlp.Sentence, toks [][]token) {
	if !c.hasRef {
		return
	}
	for _, r := range rs {
		if r.verb == "" || r.ev.Status != event.Occurred || r.earlier || r.ev.Date != nil && !r.toldDay {
			continue
		}
		if v, ok := c.retoldDay(r, sents, toks); ok {
			r.ev.Date, r.dated, r.toldDay = dateOf(v.Value, v.Explicit), true, false
		}
	}
}

// retoldDay finds the day a later sentence writes after r's verb.
func (c *articleCoder) retoldDay(r *report, sents []nlp.Sentence, toks [][]token) (timex.Expression, bool) {
	for j := r.sentIdx + 1; j <= r.sentIdx+retellWindow && j < len(sents); j++ {
		text := sents[j].Text
		if !strings.Contains(text, r.verb) {
			continue
		}
		for k, t := range toks[j] {
			if t.lower != r.verb {
				continue
			}
			for _, x := range c.times(j, text, timex.TensePast) {
				if x.End <= t.start {
					if !dayBeforeVerb(text, x, t) { // retold19.go
						continue
					}
				} else if x.Start < t.end {
					continue
				} else {
					switch between := strings.ToLower(strings.TrimSpace(text[t.end:x.Start])); between {
					case "", "on":
					case "since":
						if k == 0 || toks[j][k-1].lower != "been" {
							continue // "have been fighting since 2014" is a span
						}
					default:
						if !sameClauseDay(between) { // retold19.go
							continue
						}
					}
				}
				v := x.Value
				if v.End.Sub(v.Start) > 24*time.Hour || v.Start.After(c.ref) || c.ref.Sub(v.Start) > retellDays*24*time.Hour {
					continue
				}
				if r.ev.Date != nil && v.Start.Format(time.DateOnly) >= r.ev.Date.Start {
					continue
				}
				return x, true
			}
		}
	}
	return timex.Expression{}, false
}
