package coder

import "strings"

// Twenty-seventh pass (stop 45): refusals written by hand.

// refusalVerbPrefixes open the REJECT cues that refuse a thing offered, asked or
// proposed: reject, refuse, turn down, veto, block, decline, spurn,
// rebuff, say no, deny, bar, nix, snub, shoot down, withdraw or revoke
// (a permission).
var refusalVerbPrefixes = []string{
	"reject", "refus", "turn", "veto", "block", "declin", "spurn", "rebuff",
	"say", "said", "deny", "denie", "bar", "nix", "snub", "shoot", "shot",
	"withdr", "revok", "rescind",
}

// refusalAnnounced reports a refusal told in the future: "Brazil will
// reject the aid", "Chile will turn down the money", "Sofia will block
// the decision", "will use its veto". A government that says it will
// refuse has refused what it was offered or asked; unlike a blow
// announced, which is a threat, the refusal is the REJECT itself, planned.
func refusalAnnounced(toks []token, m match, typ string) bool {
	if typ != "REJECT" || m.noun && !vetoUsed(toks, m) {
		return false
	}
	w := toks[m.head].lower
	for _, p := range refusalVerbPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return vetoUsed(toks, m)
}

// vetoUsed reports "use (its right of|to) veto": the noun cue of a veto
// cast, told with the verb that casts it.
func vetoUsed(toks []token, m match) bool {
	if !strings.HasPrefix(toks[m.head].lower, "veto") {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		if toks[k].punct {
			return false
		}
		if strings.HasPrefix(toks[k].lower, "use") {
			return true
		}
	}
	return false
}

// stanceModals are the words that make a negated act a stance for the
// future: "will not", "won't", "would never", "shall not".
var stanceModals = map[string]bool{"will": true, "would": true, "shall": true, "wo": true, "won't": true, "won’t": true, "wouldn't": true, "wouldn’t": true}

// talksRefused reports talks a party says it will not hold: "Iran will
// not negotiate with the United States", "said it would never hold talks
// with Washington", "we won't negotiate with them". A meeting that did not
// happen is nothing; talks one will not (or will never) hold are talks
// refused, a stance taken when it is said.
func talksRefused(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.noun {
		return false
	}
	h := toks[m.head].lower
	if !strings.HasPrefix(h, "negotiat") && !(strings.HasPrefix(h, "hold") || h == "held" || strings.HasPrefix(h, "talk")) {
		return false
	}
	if !strings.HasPrefix(h, "negotiat") && !strings.HasPrefix(h, "talk") && !wordAhead(toks, m.head+1, 4, talksNouns) {
		return false
	}
	neg, future := false, false
	for k := m.start - 1; k >= 0 && k >= m.start-4 && !toks[k].punct; k-- {
		w := toks[k].lower
		switch {
		case w == "never":
			neg, future = true, true
		case w == "not" || w == "n't" || w == "n’t":
			neg = true
		case stanceModals[w]:
			future = true
		}
	}
	return neg && future
}

// talksNouns name talks held.
var talksNouns = map[string]bool{"talks": true, "negotiations": true, "dialogue": true}

// splitNegation splits a contracted negation off its verb, as it splits a
// possessive: "didn't" is "did" + "n't", "won't" is "will" + "n't",
// "wouldn't" is "would" + "n't". The status rules read "n't" as "not";
// whole, "Iran didn't attack Iraq" read as an attack and "won't accept
// the proposal" as an agreement. "can't" and "couldn't" stay whole: they
// are the negative modals (negativeModals), as "cannot" is. It appends
// the tokens and returns "" when it split the word, else the word.
func splitNegation(out *[]token, s, word, lower string, i, j int) string {
	suf := ""
	for _, x := range []string{"n't", "n’t"} {
		if strings.HasSuffix(lower, x) && len(lower) > len(x)+1 {
			suf = x
		}
	}
	if suf == "" {
		return word
	}
	stem := lower[:len(lower)-len(suf)]
	switch stem {
	case "ca", "could", "ai":
		return word
	case "wo":
		stem = "will"
	case "sha":
		stem = "shall"
	}
	k := j - len(suf)
	*out = append(*out, token{text: s[i:k], lower: stem, start: i, end: k}, token{text: s[k:j], lower: "n't", start: k, end: j})
	return ""
}

// unsaidAct reports an act under a negated verb of saying: "Trump didn't
// say he would pull back on tariffs", "did not say whether it would
// attend". The negation denies the saying, not the act, so the act is
// neither done nor refused.
func unsaidAct(toks []token, m match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-5 && !toks[k].punct; k-- {
		switch toks[k].lower {
		case "say", "tell", "announce", "confirm", "specify", "indicate":
			w := toks[k-1].lower
			return w == "not" || w == "n't" || w == "never"
		}
	}
	return false
}

// askNouns name what one side asks or offers another, the thing a refusal
// takes.
var askNouns = map[string]bool{
	"request": true, "requests": true, "bid": true, "bids": true, "offer": true, "offers": true,
	"proposal": true, "proposals": true, "plan": true, "demand": true, "demands": true,
	"appeal": true, "invitation": true, "application": true, "ultimatum": true, "plea": true,
}

// askRefusedReduced reports a refusal told as a reduced passive after the
// thing asked: a headline's "Nicaragua request for extradition rejected by
// Costa Rica", "Serbian bid for talks turned down by Kosovo", and the
// relative "a request rejected by Costa Rica". News drops the "was": the
// noun is the subject acted upon, and the agent after "by" refuses, as in
// "the request was rejected by Costa Rica".
func askRefusedReduced(toks []token, m match) bool {
	if m.cue.Type != "REJECT" || m.noun || m.start < 1 || m.end >= len(toks) || toks[m.end].lower != "by" {
		return false
	}
	h := toks[m.head].lower
	if !strings.HasSuffix(h, "ed") && h != "shot" {
		return false
	}
	if w := toks[m.start-1].lower; toks[m.start-1].punct || beForms[w] || w == "had" || w == "has" || w == "have" || w == "being" {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-6; k-- {
		w := toks[k].lower
		if toks[k].punct || w == "that" || w == "which" || w == "who" {
			return false
		}
		if askNouns[w] {
			return true
		}
	}
	return false
}

// askedOfRefuser reports the side a refused request was made to, in a
// passive refusal with no agent: "Lebanon's request to Syria for the
// return of the refugees was denied", "the request to Britain to grant
// him diplomatic status was turned down". The one asked is the one who
// refuses, so it is the source, as the agent after "by" would be.
func askedOfRefuser(toks []token, m match, i int) bool {
	if m.cue.Type != "REJECT" || i >= m.start || i < 2 || m.end < len(toks) && toks[m.end].lower == "by" {
		return false
	}
	k := i - 1
	if toks[k].lower == "the" {
		k--
	}
	return k >= 1 && toks[k].lower == "to" && askNouns[toks[k-1].lower]
}

// courtWords name a court of law and its judges.
var courtWords = map[string]bool{
	"court": true, "courts": true, "tribunal": true, "judge": true, "judges": true,
	"justices": true, "magistrate": true, "magistrates": true,
}

// legalNouns name what a party puts before a court.
var legalNouns = map[string]bool{
	"appeal": true, "appeals": true, "petition": true, "petitions": true, "lawsuit": true,
	"suit": true, "motion": true, "complaint": true, "case": true, "challenge": true,
	"request": true, "objection": true, "objections": true, "application": true, "plea": true,
}

// courtDismissal reports a court that rejects or dismisses what was put
// before it: "Germany's constitutional court rejected an appeal against
// the Ukraine aid package", "French courts rejected an extradition request
// from Algeria", "the Supreme Court dismissed the petition". A judgment
// is no refusal between governments; the parties named are the case's
// topic. A court's ruling refused by a government stays a refusal
// (rulings9.go).
func courtDismissal(toks []token, cl clause, m match) bool {
	if m.cue.Type != "REJECT" || m.noun {
		return false
	}
	court := false
	for k := m.start - 1; k >= cl.start && k >= m.start-10; k-- {
		if reportingWords[toks[k].lower] {
			return false // "the court said Poland rejected the request": the court tells
		}
		if courtWords[toks[k].lower] {
			court = true
			break
		}
	}
	if !court {
		return false
	}
	for k := m.end; k < cl.end && k < m.end+5; k++ {
		if toks[k].punct {
			return false
		}
		if legalNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// reportingWords between a court and a refusal make the court its teller.
var reportingWords = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "heard": true, "found": true,
	"ruled": true, "that": true, "after": true, "when": true,
}

// refusalForecast reports a refusal told as expected of a government:
// "Bulgaria is expected to say no to the start of talks", "Sofia is sure
// to block the decision", "Hungary is likely to veto the package". A
// refusal is a stance a government makes known before it casts it; news
// says it is expected when the government has said so, and it is coded
// planned, as the refusal announced is (refusalAnnounced).
func refusalForecast(toks []token, m match) bool {
	if m.cue.Type != "REJECT" || m.noun || m.start < 2 || toks[m.start-1].lower != "to" {
		return false
	}
	w := toks[m.head].lower
	for _, p := range refusalVerbPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// refusedAppositive returns the index of the comma that opens an
// appositive naming what the clause before proposed, when the refusal m
// is told inside it: "Russia proposed a ceasefire, an offer that was
// swiftly rejected by Kyiv", "Morocco proposed autonomy for the region, a
// plan Algeria rejected". News tells the refusal of a proposal in the
// apposition to the proposal; whoever the clause before names proposed
// it, so is refused. -1 when m is no such refusal.
func refusedAppositive(toks []token, m match) int {
	if m.cue.Type != "REJECT" || m.noun {
		return -1
	}
	for k := m.start - 1; k >= 1 && k >= m.start-9; k-- {
		if !toks[k].punct {
			continue
		}
		if toks[k].lower != "," || k+2 >= m.start || !determiners[toks[k+1].lower] {
			return -1
		}
		for j := k + 2; j < m.start && j <= k+5; j++ {
			if askNouns[toks[j].lower] || proposalNouns[toks[j].lower] {
				return k
			}
		}
		return -1
	}
	return -1
}

// proposalNouns name a thing put forward, besides the asks of askNouns.
var proposalNouns = map[string]bool{
	"idea": true, "suggestion": true, "move": true, "proposition": true, "initiative": true,
}
