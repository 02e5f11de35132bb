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
