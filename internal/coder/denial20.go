package coder

import "storyline/internal/event"

// Rules on denials, written at the seventeenth pass (stop 35, branch
// s35-denial, not merged then) and admitted at the twenty-second (stop 40)
// with "refuted" and "rebutted" and the charge judged untrue ("said the
// accusations were false"): a government that denies a charge answers
// whoever made it, and news names the accuser in the story's lead, not in
// the denial ("Moscow rejected the claim", "Rudenko rejected the
// accusations", "Uganda refuted the allegations").

// deniedCharges name a charge one side has made against another.
var deniedCharges = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charge": true, "charges": true,
}

// chargePointers point a charge noun back to one told before: "the
// accusations", "these claims", "such allegations", "its charge".
var chargePointers = map[string]bool{
	"the": true, "these": true, "those": true, "this": true, "that": true, "such": true,
	"its": true, "their": true, "'s": true,
}

// denialVerbs deny a charge; "refuse", "oppose" or "defy" take an act,
// not a charge.
var denialVerbs = map[string]bool{
	"rejected": true, "rejects": true, "reject": true, "rejecting": true,
	"denied": true, "denies": true, "deny": true, "denying": true,
	"dismissed": true, "dismisses": true, "dismiss": true, "dismissing": true,
	"rebuffed": true, "rebuffs": true, "repudiated": true, "repudiates": true,
	"refuted": true, "refutes": true, "refute": true, "rebutted": true, "rebuts": true, "rebut": true,
}

// toldCharge reports a verb of denial (verb, as written) whose object is
// a charge noun pointed back to by an article, a demonstrative or a
// possessive ("rejected the accusations", "denied these 'unfounded'
// claims"): the denial answers a charge the page has told, not a charge
// in general ("denied any wrongdoing", "rejected accusations of any
// kind").
func toldCharge(toks []token, verb string) bool {
	if judgeCopulas[verb] {
		return judgedPointedCharge(toks)
	}
	if !denialVerbs[verb] {
		return false
	}
	for i, t := range toks {
		if t.lower != verb {
			continue
		}
		if trailingDenial(toks, i) {
			return true // "..., a charge Lome denied" (accuse23.go)
		}
		p := i + 1
		if p < len(toks) && toks[p].lower == "all" {
			p++ // "refuted all the allegations"
		}
		for k := p + 1; k < len(toks) && k <= p+3; k++ {
			if deniedCharges[toks[k].lower] && chargePointers[toks[p].lower] {
				return true
			}
		}
	}
	return false
}

// answerCharges gives a denial of a charge told before that names only
// the denier ("Moscow has rejected the claim") the accuser of the charge
// the story leads with (storyAccuser): the first country the page tells
// accusing the denier. The first, not the one told most often: a story
// leads with the charge the denial answers, and the allies that joined it
// later are quoted more.
func (c *articleCoder) answerCharges(reports []*report, toks [][]token) {
	for _, r := range reports {
		if r.ev.Type != "REJECT" || r.parties != 1 || !toldCharge(toks[r.sentIdx], r.verb) {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !actsAsSource(r.ev.Actors, self) {
			continue
		}
		accuser := storyAccuser(reports, self)
		if accuser == "" {
			continue
		}
		code := accuser
		r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
		r.parties++
	}
}

// actsAsSource reports self named as a source of the act.
func actsAsSource(as []event.Actor, self string) bool {
	for _, a := range as {
		if a.Role == event.RoleSource && a.Country != nil && *a.Country == self {
			return true
		}
	}
	return false
}

// leadSentences is the last sentence index of a page's lead: the
// charge a story is about is told in its first sentence, and a charge
// told further down ("after Britain last year blamed Moscow") is
// background the denial need not answer.
const leadSentences = 0

// storyAccuser is the source country of the charge the page leads with
// (in its first sentence) aimed at self by another country, when that
// charge names two parties only: a lead charge made by several accusers
// or against several countries does not tell which one a denial answers.
// "" when there is none.
func storyAccuser(reports []*report, self string) string {
	for _, r := range reports {
		if r.sentIdx > leadSentences || r.ev.Type != "ACCUSE" || !aimedAtSelf(r.ev.Actors, self) || r.parties != 2 {
			continue
		}
		for _, a := range r.ev.Actors {
			if a.Role == event.RoleSource && a.Country != nil && *a.Country != "" && *a.Country != self {
				return *a.Country
			}
		}
	}
	return ""
}

// aimedAtSelf reports self named as a target of the act.
func aimedAtSelf(as []event.Actor, self string) bool {
	for _, a := range as {
		if a.Role == event.RoleTarget && a.Country != nil && *a.Country == self {
			return true
		}
	}
	return false
}

// judgeCopulas carry a judged charge's cue ("the accusations were false").
var judgeCopulas = map[string]bool{"was": true, "were": true, "is": true, "are": true}

// judgedPointedCharge reports a charge noun pointed back to ("the
// accusations", "such allegations") in a sentence whose cue judges a
// charge untrue (judgedcharge17.go): "Kutesa said the accusations were
// false" answers the charge told before as a denial does.
func judgedPointedCharge(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if chargePointers[toks[i].lower] && deniedCharges[toks[i+1].lower] {
			return true
		}
	}
	return false
}
