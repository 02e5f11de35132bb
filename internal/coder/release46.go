package coder

import "strings"

// Twenty-eighth pass (stop 46): a deportation that ends a detention. Wire
// copy tells the release of a jailed foreigner as often by his deportation
// as by "freed": "Egypt deported jailed Australian reporter Peter Greste to
// Australia", "has been deported from Egypt after 400 days in an Egyptian
// jail", "North Korea expelled a detained Australian student". A person the
// sentence tells was held, sent out of the country, is let go: the state
// gives up its prisoner (a CONCEDE, PLOVER's release of persons), not a
// coercion of his country. A deportation told with no captivity ("Italy
// deported a Tunisian imam") stays the expulsion, and so do migrants held
// in immigration detention and sent back ("deported 200 detained
// migrants"): no prisoner of a state's justice is freed.

// deportedHeldCue codes a deportation of one held as his release.
var deportedHeldCue = &cue{Type: "CONCEDE", text: "(deport one held)"}

// heldMarks are the words that tell a person was in a state's captivity,
// besides its places (captivityNouns) and the verbs of release
// (releasedVerbs, coerce23.go).
var heldMarks = map[string]bool{
	"jailed": true, "imprisoned": true, "detained": true, "convicted": true, "sentenced": true,
	"imprisonment": true, "incarceration": true, "incarcerated": true,
	"prisoner": true, "prisoners": true, "detainee": true, "detainees": true,
}

// heldMark reports a word that tells a person was held.
func heldMark(w string) bool {
	return heldMarks[w] || captivityNouns[w] || releasedVerbs[w]
}

// migrantWords name people held and sent back for how they came, not for
// what a court or a security service held them for; migrantStems find
// them in compounds too ("asylum-seekers").
var migrantWords = map[string]bool{"illegal": true, "undocumented": true, "deportees": true}

var migrantStems = []string{"migrant", "asylum", "refugee"}

// migrantWord reports a word that names migrants.
func migrantWord(w string) bool {
	if migrantWords[w] {
		return true
	}
	for _, s := range migrantStems {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// heldDeported recodes a deportation or expulsion (COERCE) as a release
// when its sentence tells the person was held: a captivity word, "behind
// bars", or "after holding him".
func heldDeported(toks []token, matches []match) []match {
	for k, m := range matches {
		if m.cue.Type != "COERCE" || m.end-m.start != 1 || m.noun || !putOutVerb(toks[m.head].lower) || !tellsHeld(toks, m) {
			continue
		}
		matches[k].cue = deportedHeldCue
	}
	return matches
}

// tellsHeld reports a sentence that tells someone was in captivity and
// names no migrants. After the cue, a clause with a subject of its own
// ("after Paris released an Iranian engineer from prison", "after they
// were detained") tells another act, not the state of the one put out:
// the reading stops there.
func tellsHeld(toks []token, m match) bool {
	held, other := false, false
	for i, t := range toks {
		switch {
		case migrantWord(t.lower):
			return false
		case held || other:
		case i >= m.end && ownSubjectClause(toks, i):
			other = true // "after Paris released ...": another clause
		case heldMark(t.lower):
			held = true
		case t.lower == "bars" && i > 0 && toks[i-1].lower == "behind",
			t.lower == "free" && i > 0 && toks[i-1].lower == "set":
			held = true // "behind bars", "set free"
		case t.lower == "holding" && i+1 < len(toks) && objectPronoun(toks[i+1].lower):
			held = true // "after holding him for more than 400 days"
		}
	}
	return held
}

// ownSubjectClause reports a subordinator at i ("after", "before",
// "when", "while", "as", "because", "since") followed by a name or a
// subject pronoun: the clause it opens has its own subject.
func ownSubjectClause(toks []token, i int) bool {
	switch toks[i].lower {
	case "after", "before", "when", "while", "as", "because", "since":
	default:
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return subjectPronouns[n.lower] || !n.punct && n.capital()
}

// objectPronoun reports a personal pronoun in the object case.
func objectPronoun(w string) bool {
	return w == "him" || w == "her" || w == "them"
}

// sentAwayFrom reports the party at i named after "from" in a passive
// deportation or release: "was deported from Egypt", "was released from
// Iranian custody", "freed from a Turkish prison". The state one is sent
// out of, or whose captivity one leaves, is the one that deports or
// releases (the source), as for "were expelled from the UK", and so is a
// country named right after "released from" ("was released from Iran as
// part of a prisoner swap"). A release from a thing of the place that is
// no captivity keeps the place's old role: "released from a Cairo
// hospital", "released from hospital in Egypt".
func sentAwayFrom(toks []token, m match, i int) bool {
	k := i - 1
	if k >= m.end && articles[toks[k].lower] {
		k--
	}
	if k < m.end || k > m.end+1 || toks[k].lower != "from" {
		return false
	}
	head := toks[m.start].lower
	if putOutVerb(head) {
		return true
	}
	if !releasedVerbs[head] {
		return false
	}
	if k == i-1 && k == m.end && (i+1 >= len(toks) || toks[i+1].punct || !isLowerWord(toks[i+1].text) || functionWords[toks[i+1].lower] || captivityNouns[toks[i+1].lower]) {
		return true // "was released from Iran": the country let him go
	}
	for j := i + 1; j < len(toks) && j <= i+3 && !toks[j].punct; j++ {
		if captivityNouns[toks[j].lower] {
			return true
		}
	}
	return false
}

// A passive's auxiliary and participle may hold a day between them, as
// British and South Asian wire copy writes it: "was on Thursday released
// from detention", "were on Friday freed". The day does not make the
// participle active.
func passiveAcrossDay(toks []token, m match) bool {
	k := m.start - 1
	if k < 2 {
		return false
	}
	if _, wd := weekdays[toks[k].lower]; !wd || toks[k-1].lower != "on" {
		return false
	}
	switch toks[k-2].lower {
	case "was", "were", "been", "is", "are", "be":
		return true
	}
	return false
}

// A demonym after an article and one describing word, followed by an
// auxiliary or a verb of saying, is a person of that country, as "an
// American was detained" is: "the young Australian has been released",
// "the detained Briton was freed". Before a noun ("the new American
// tariffs", "the occupied Palestinian territories") it stays the
// adjective.
func describedOne(toks []token, sp span) bool {
	if sp.start < 2 || sp.end != sp.start+1 || sp.end >= len(toks) || !articles[toks[sp.start-2].lower] || !personVerbAfter[toks[sp.end].lower] {
		return false
	}
	w := toks[sp.start-1]
	return !w.punct && isLowerWord(w.text) && !functionWords[w.lower]
}

// personVerbAfter are the words that follow a person named as subject.
var personVerbAfter = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "said": true, "says": true, "told": true,
}
