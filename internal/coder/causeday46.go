package coder

// A day in a phrase of cause is the cause's day (stop 46). News ties an
// act to what prompted it with "after", "following" or "in the wake of"
// and a noun phrase, and the day in that phrase is the prompting event's:
// "Bolivia has announced it is expelling Mexico's ambassador, following a
// tense incident at the diplomat's residence on Friday"; "Peru recalled
// its envoy after a border clash on Saturday". The coder dated the
// expulsion and the recall to the incident's and the clash's day, so
// reports of one act on pages written days apart took different days.
// The day is left out when the act's day is chosen (dateReport), as a
// day in an aside is, and when the lead's day is read for the acts of the
// lead left undated (leadSentenceDay); the act then takes the clause's
// other day, a neighbour's, or its page's. A meeting is the exception: what is agreed
// or announced "after talks on Saturday" or "following a meeting in Doha
// on Sunday" is done at it, on its day. A phrase that opens with a clause
// ("after he met") is a time clause the clause splitter handles; one
// without a determiner ("after talks on Saturday") is left as it was.

// causeDayOpeners open the phrase: "after", "following"; "in the wake of"
// and "in retaliation for" end in the words causeOpeners lists.
var causeDayOpeners = map[string]bool{"after": true, "following": true}

// phraseDeterminers open the noun phrase a cause is told by.
var phraseDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "his": true, "her": true, "their": true, "this": true, "last": true}

// meetingHeads are the nouns of a meeting, at which the act after it is
// done the same day.
var meetingHeads = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "summit": true, "negotiations": true, "call": true, "conversation": true,
	"visit": true, "session": true, "conference": true, "vote": true, "round": true, "sitting": true, "debate": true,
}

// causeDated reports whether the day at byte offset off lies in a phrase
// of cause after token from (the cue's end; 0 for a whole sentence): opened by "after", "following", "in the wake
// of" or "in retaliation for" and a determiner, with no mark ending the
// phrase and no meeting noun between the opener and the day.
func causeDated(toks []token, from, off int) bool {
	k := 0
	for k < len(toks) && toks[k].start < off {
		k++
	}
	for i := k - 1; i >= from && i >= k-14; i-- {
		w := toks[i].lower
		if phraseBreaks[w] || meetingHeads[w] {
			return false
		}
		opener := causeDayOpeners[w]
		if prep, ok := causeOpeners[prevLower(toks, i)]; ok && w == prep && i >= 2 && causeIn(toks, i-2) {
			opener = true
		}
		if opener {
			return i+1 < k && phraseDeterminers[toks[i+1].lower]
		}
	}
	return false
}

// prevLower is the lower-cased token before i, or "".
func prevLower(toks []token, i int) string {
	if i < 1 {
		return ""
	}
	return toks[i-1].lower
}
