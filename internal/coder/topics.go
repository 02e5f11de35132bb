package coder

// Topics listed (sixth pass, precision). News English lists what talks
// covered, or what a side asks for, after a noun of topics and
// "including": "discussed various issues, including migration, sanctions
// and detained Americans", "set several conditions for a ceasefire,
// including suspending military support for Ukraine". An act named in such
// a list is a subject of the talks or a term asked for, not an act the
// sentence reports.

// listHeadNouns head a list of subjects or terms.
var listHeadNouns = map[string]bool{
	"issues": true, "topics": true, "matters": true, "subjects": true, "questions": true,
	"conditions": true, "demands": true, "areas": true, "themes": true, "agenda": true,
	"concerns": true, "terms": true, "points": true,
}

// listBreaks end the list an "including" opens.
var listBreaks = map[string]bool{".": true, ";": true, ":": true, "—": true, "–": true, "(": true, ")": true}

// inTopicList reports a cue inside a list opened by "including" whose head,
// a few words before it, is a noun of topics or terms.
func inTopicList(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-12; i-- {
		w := toks[i].lower
		if listBreaks[w] {
			return false
		}
		if w != "including" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-10; j-- {
			if listBreaks[toks[j].lower] {
				return false
			}
			if listHeadNouns[toks[j].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// effortHeads are nouns of talks, attempts and proposals that an act noun
// before them only names the aim of ("ceasefire talks", "ceasefire
// efforts", "a truce proposal", "the aid push").
var effortHeads = map[string]bool{
	"talks": true, "negotiations": true, "efforts": true, "effort": true, "proposal": true,
	"proposals": true, "plan": true, "plans": true, "bid": true, "push": true,
}

// namesAnAim reports a one-word act noun used as the modifier of a noun of
// talks or attempts: the talks are the news, and the act only what they
// aim at. A meeting noun is left alone ("summit talks", "visit plans" keep
// their meeting).
func namesAnAim(toks []token, m match) bool {
	if m.cue.Type == "CONSULT" || m.end != m.start+1 || m.end >= len(toks) {
		return false
	}
	if !m.noun && m.form != formBase && m.form != formThird {
		return false
	}
	return effortHeads[toks[m.end].lower]
}
