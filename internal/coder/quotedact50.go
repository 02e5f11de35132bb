package coder

import (
	"strings"

	"storyline/internal/timex"
)

// An official's quoted words often do the act they name: a government's
// statement "Kenya is recalling its ambassador from Somalia", a leader's
// "Portugal recognises the interim president", a ministry's "Ghana will
// send 200 engineers to Liberia". News quotes them as the announcement
// itself. The quote names the state that acts, inside the quotation and
// before the act, and tells the act in the present, the present
// progressive or the future: the state's own decision, told in its own
// words. A past act in quotes stays the speaker's account (reported21.go
// reads those with their teller after them), and an act of words stays
// with selfStatement (sentence.go).

// quotedStateActs are the types of a decided act a state announces by
// stating it; of support, only a recognition.
var quotedStateActs = map[string]bool{
	"SANCTION": true, "SUPPORT": true, "RETREAT": true, "AID": true,
	"CONCEDE": true, "MOBILIZE": true,
}

// quotedStateAct reports a decided act inside a quotation whose doer, a
// named state, is named in the quotation before it, told as a present
// ("recognises"), a progressive ("is recalling") or a future ("will
// send"), and nobody in the sentence who reads events rather than takes
// part in them (an analyst's quoted future is a forecast).
func quotedStateAct(toks []token, quoted []clause, spans []span, m match) bool {
	if !quotedStateActs[m.cue.Type] || m.noun || m.start == 0 {
		return false
	}
	if m.cue.Type == "SUPPORT" && !strings.HasPrefix(toks[m.start].lower, "recogni") {
		return false // "Peru supports the plan": a position; a recognition is the act
	}
	switch prev := toks[m.start-1].lower; {
	case m.form == formThird:
	case m.form == formIng && (prev == "is" || prev == "are"):
	case m.form == formBase && (prev == "will" || prev == "shall"):
	default:
		return false
	}
	for _, t := range toks {
		if expertNouns[t.lower] {
			return false // "“Germany will impose sanctions,” an analyst said": a forecast (expert18.go)
		}
	}
	for _, q := range quoted {
		if m.start < q.start || m.start >= q.end || selfInQuote(toks, q) {
			continue
		}
		for _, sp := range spans {
			if sp.start > q.start && sp.start < m.start && !sp.m.Group && sp.m.Country != "" {
				return true
			}
		}
	}
	return false
}

// saidDayForQuotedToday gives the day a quotation was spoken for a "today"
// or "tonight" inside it: the speaker's today is the day of the saying,
// which the words outside the quotation name ("“Today Chile recognises the
// new state,” the president said on Monday, May 4"), not the day the page
// came out. Any other day, or a "today" with no day outside the quotation,
// stays as it is. The saying is past whatever the tense of the quoted act:
// "“Chile will act today,” he told reporters on Monday" was told last
// Monday, not next.
func (c *articleCoder) saidDayForQuotedToday(text string, toks []token, x *timex.Expression) *timex.Expression {
	if w := strings.ToLower(text[x.Start:x.End]); w != "today" && w != "tonight" {
		return x
	}
	quoted := quoteRanges(toks)
	if !inClauseBytes(toks, quoted, x.Start) {
		return x
	}
	for _, y := range c.times(c.curSent, text, timex.TensePast) {
		if y.Value.Grain == timex.GrainDay && !inClauseBytes(toks, quoted, y.Start) && (c.hasRef || y.Explicit) {
			return &y
		}
	}
	return x
}
