package coder

import "strings"

// Rules of the twelfth pass (stop 30) on requests said in a quotation.
//
// News quotes a government's request in its own first person, and the
// speaker is often named once, before the quotation: "Polish President
// Andrzej Duda said at the White House that he would welcome a base.
// “I would like to invite the US president to post more troops to
// Poland.”", "The spokesman stated: “It is a provocation. ... We urge the
// U.S. to withdraw its decision.”" A quotation that opens its sentence and
// has no speaker of its own is said by the speaker the sentence before
// named (or the one before that, inside a quotation of several
// sentences). A request in the present progressive is performed as it is
// said, as one in the simple present is: "We are urgently seeking
// information from the Iranian authorities", "We are calling on Russia".

// speakerReach is how many sentences back the speaker of a quotation
// with none of its own may be named.
const speakerReach = 2

// noteSpeaker keeps the speaker a sentence's speech clause names outside
// its quotations: the ones named before the speech verb ("Duda said"), or
// after it ("said Duda"), not the one told ("told Trump", "said to
// Trump") nor a place of the speaking ("said at the White House").
func (c *articleCoder) noteSpeaker(toks []token, speech, quoted []clause, spans []span) {
	var found []span
	for _, r := range speech {
		if inRanges(r.start, quoted) {
			continue
		}
		v := -1
		for i := r.start; i < r.end; i++ {
			if speechHeads[toks[i].lower] {
				v = i
				break
			}
		}
		if v < 0 {
			continue
		}
		var before, after []span
		for _, sp := range spans {
			if sp.start < r.start || sp.start >= r.end || sp.m.Group || sp.m.Country == "" || inRanges(sp.start, quoted) {
				continue
			}
			if sp.start < v {
				before = append(before, sp)
			} else if sp.start <= v+3 && prevWord(toks, sp.start, v) != "to" && toks[v].lower != "told" {
				after = append(after, sp) // "said Duda", "said the Polish president"
			}
		}
		if len(before) == 0 {
			before = after
		}
		found = append(found, before...)
	}
	if len(found) > 0 {
		c.speaker, c.speakerSent, c.speakerPast = found, c.curSent, pastSpeech(toks, speech)
	}
}

// speakerBefore is the speaker an earlier sentence named, if it is near
// enough to say the quotation of this one.
func (c *articleCoder) speakerBefore() []span {
	if len(c.speaker) == 0 || c.curSent <= c.speakerSent || c.curSent-c.speakerSent > speakerReach {
		return nil
	}
	return c.speaker
}

// opensQuoted reports a quotation q that opens its sentence (after at most
// a mark) in a sentence with no speech clause outside it: the words of a
// speaker named before.
func opensQuoted(toks []token, q clause, speech []clause) bool {
	if q.start > 1 || q.start == 1 && !toks[0].punct {
		return false
	}
	for _, r := range speech {
		if r.start >= q.end || r.end <= q.start {
			return false
		}
	}
	return true
}

// askingNow reports a request verb in the present progressive ("are
// calling on", "are urgently seeking information from"); "seeking to"
// is trying, not asking.
func askingNow(toks []token, m match) bool {
	if m.noun || m.form != formIng || m.start == 0 {
		return false
	}
	return !(m.end < len(toks) && toks[m.end].lower == "to" && m.end == m.start+1)
}

// progressiveSubject steps back from k, the word before a request verb in
// "-ing" (adverbs already passed), over "are" or "am" to the pronoun, or
// stays at a contracted "we're" or "I'm" read as the pronoun. It returns
// an index before q when there is no such auxiliary.
func progressiveSubject(toks []token, q clause, k int) int {
	if k < q.start {
		return k
	}
	switch toks[k].lower {
	case "are", "am":
		return k - 1
	case "we're", "we’re":
		return k
	}
	return q.start - 1
}

// firstPerson are the subjects of a request performed as it is said.
var firstPerson = map[string]bool{"we": true, "i": true, "we're": true, "we’re": true}

// politeAsk reports a request verb after "would like to", "'d like to" or
// "wish to": the speaker's polite form of the request itself ("I would
// like to invite the US president to post more troops"), not a wish.
func politeAsk(toks []token, m match) bool {
	i := m.start - 1
	if i < 2 || toks[i].lower != "to" {
		return false
	}
	switch w := toks[i-1].lower; {
	case w == "like":
		p := toks[i-2].lower
		return p == "would" || p == "'d" || p == "’d" || strings.HasSuffix(p, "'d") || strings.HasSuffix(p, "’d")
	case w == "wish":
		return true
	}
	return false
}
