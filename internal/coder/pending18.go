package coder

import "storyline/internal/timex"

// An act still being worked for is not done. English news tells a deal,
// a delivery or a signing that the parties are after, but have not
// reached, in two constructions of its own:
//
//   - an infinitive after "yet" or after a progressive verb of effort:
//     "have yet to sign the pact", "are working to finalise a deal",
//     "are racing to sign it before the summit". The infinitive is the
//     aim of the effort, not an aim reached, as it is after a verb of
//     motion or staying ("flew to Beijing to sign", "stayed home to
//     protest"), which clauseStatus reads as done;
//   - an act one is near to: "are close to signing a deal", "on the
//     verge of signing", "edged closer to a minerals deal". The parties
//     stand before the act.
//
// Both read as planned: the act is told as still to come.

// effortVerbs are progressive verbs of effort whose infinitive is an aim
// not yet reached.
var effortVerbs = map[string]bool{
	"working": true, "racing": true, "pushing": true, "scrambling": true, "rushing": true,
	"striving": true, "struggling": true, "battling": true, "trying": true, "pressing": true,
	"labouring": true, "laboring": true,
}

// pendingAim reports an infinitive whose "to" at index to follows "yet"
// ("have yet to sign") or a verb of effort in the progressive after a form
// of "be" ("are working to sign", "have been racing to").
func pendingAim(toks []token, cl clause, to int) bool {
	if to-1 < cl.start {
		return false
	}
	p := toks[to-1].lower
	if p == "yet" {
		return true
	}
	if !effortVerbs[p] || to-2 < cl.start {
		return false
	}
	b := toks[to-2].lower
	return beVerbs[b] || b == "was" || b == "were" || b == "been"
}

// nearWords stand before "to" when the act is near: "close to signing".
var nearWords = map[string]bool{"close": true, "closer": true, "near": true, "nearer": true}

// nearAct gives the index of the near word when a cue is told as an act
// one is near to: "close to|closer to|near to" or "the verge|brink of" up
// to three words before the cue ("closer to a minerals deal"), with no
// negation before the near word ("are not close to a deal" tells no plan
// either way, and is left as it was); else -1.
func nearAct(toks []token, cl clause, m match) int {
	for i := m.start - 1; i >= cl.start && i >= m.start-4; i-- {
		w := toks[i].lower
		if toks[i].punct || w == "and" || w == "or" {
			return -1
		}
		if w != "to" && w != "of" || i-1 < cl.start {
			continue
		}
		head := toks[i-1].lower
		if w == "to" && nearWords[head] || w == "of" && (head == "verge" || head == "brink") {
			if negatedNear(toks, cl, i-1) {
				return -1
			}
			return i - 1
		}
	}
	return -1
}

// pastNear reports a past form of "be" in the three words before the near
// word at i: "they were on the verge of a deal when the talks collapsed",
// "had been close to an accord" tell a moment of the past when the act was
// near and not reached; the clause tells no act, done or to come.
func pastNear(toks []token, cl clause, i int) bool {
	for k := i - 1; k >= cl.start && k >= i-3; k-- {
		switch toks[k].lower {
		case "was", "were", "had":
			return true
		}
	}
	return false
}

// negatedNear reports a negation in the three words before the near word
// at i: "are not close to", "are nowhere near".
func negatedNear(toks []token, cl clause, i int) bool {
	for k := i - 1; k >= cl.start && k >= i-3; k-- {
		if negations[toks[k].lower] || toks[k].lower == "nowhere" {
			return true
		}
	}
	return false
}

// aheadDay resolves a date the words of an act left without tense (a noun
// cue: "will be in Muscat on Saturday for talks", "is due in Muscat on
// Saturday for talks") forward when the words near the date tell the
// future. The coder asks for such a date with no tense, which takes the
// nearest day of that name, and a Saturday three days back is nearer than
// the one four days on; but the "will" or "is due" governing the date
// says which way it points. Only the future is read: a past verb near the
// date already dates the act as done.
func (c *articleCoder) aheadDay(text string, x timex.Expression) *timex.Expression {
	if x.Explicit || timex.TenseAt(text, x.Start, x.End) != timex.TenseFuture {
		return &x
	}
	for _, y := range c.times(c.curSent, text, timex.TenseFuture) {
		if y.Start == x.Start && y.End == x.End {
			return &y
		}
	}
	return &x
}
