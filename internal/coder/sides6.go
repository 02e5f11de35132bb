package coder

// Rules of the sixth pass (stop 24) on the parties of events: which
// countries are the sides once the type is right.

// speechSetting opens a phrase that tells where, how, when or to whom
// words were said, between a speech verb and the "that" of its content:
// "said in a statement that", "told reporters on Wednesday that", "said
// at the White House Monday that".
var speechSetting = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "via": true, "through": true, "after": true,
	"to": true, "earlier": true, "later": true, "late": true, "this": true, "last": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"today": true, "yesterday": true, "tonight": true,
}

// addressees are whom news tells things to without naming a side:
// "told reporters he would", "told lawmakers that it had".
var addressees = map[string]bool{
	"reporters": true, "journalists": true, "lawmakers": true, "parliament": true, "supporters": true,
	"the": true, "a": true, "an": true, "press": true, "media": true, "crowd": true, "audience": true,
	"legislators": true, "senators": true, "correspondents": true,
}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// speechContentAt returns the token at which the words of a speech head
// ending at end begin, skipping a short setting or addressee phrase closed
// by "that" ("said in a statement that it had expelled", "told reporters
// Wednesday that he and Xi will meet"), or an addressee alone ("told
// reporters he would meet"). It returns end when no such phrase is there,
// and never reaches lim (the cue).
func speechContentAt(toks []token, end, lim int) int {
	if end >= lim || end >= len(toks) {
		return end
	}
	first := toks[end].lower
	if !speechSetting[first] && !addressees[first] {
		return end
	}
	for j := end; j < lim && j <= end+8; j++ {
		if toks[j].punct {
			break
		}
		if toks[j].lower == "that" {
			return j + 1
		}
	}
	k := end
	for k < lim && k <= end+2 && addressees[toks[k].lower] {
		k++
	}
	if k > end && k < lim && !articles[toks[k-1].lower] {
		return k // "told reporters he would meet"
	}
	return end
}

// partNouns name a part of a country: "in the part of Syria that Turkey
// plans to invade", "in areas of Ukraine" is a place inside it, as "in
// the city of" is (placeNounBefore), not a side.
var partNouns = map[string]bool{
	"part": true, "parts": true, "area": true, "areas": true, "corner": true, "stretch": true,
}

// notGoingAhead reports "will no longer go ahead", "would not go ahead"
// at "ahead" (token i): a meeting said not to go ahead is cancelled, the
// same as "called off".
func notGoingAhead(toks []token, cl clause, i int) bool {
	if i-1 < cl.start || toks[i-1].lower != "go" && toks[i-1].lower != "going" {
		return false
	}
	for k := i - 2; k >= cl.start && k >= i-4; k-- {
		switch toks[k].lower {
		case "not", "n't", "never", "longer", "won't", "cannot":
			return true
		}
	}
	return false
}

// topicParticiples open a phrase that tells what a meeting was about:
// ", discussing a possible meeting with Kim", ", addressing the war in
// Ukraine".
var topicParticiples = map[string]bool{
	"discussing": true, "addressing": true, "exploring": true, "reviewing": true, "focusing": true,
	"touching": true, "covering": true, "debating": true,
}

// participleTail returns where a phrase of what was discussed opens after
// cue m in clause cl (", discussing a possible meeting with Kim"), or
// cl.end. The people it names are the topic; they did not meet in it.
func participleTail(toks []token, cl clause, m match) int {
	for i := m.end; i+1 < cl.end; i++ {
		if toks[i].lower == "," && topicParticiples[toks[i+1].lower] {
			return i
		}
	}
	return cl.end
}

// closingMark reports a straight quotation mark at token i written as a
// closing one, against the word or comma before it, and followed by its
// attribution (`anything else," Putin said`): a sentence that the splitter
// cut inside a quotation opens with words already quoted, and what follows
// the mark is the reporter's again.
func closingMark(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].end != toks[i].start || toks[i+1].start == toks[i].end {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if speechHeads[toks[k].lower] {
			return true // `anything else," Putin said`: an attribution follows
		}
	}
	return false
}

// speechHeadEnd is the end of a speech head whose words follow it: the
// speech verb and the "that" and time phrase after it.
func speechHeadEnd(toks []token, m match) int {
	end := m.end
	for end < len(toks) && (toks[end].lower == "that" || toks[end].lower == "on" || isWeekdayOrTime(toks[end].lower)) {
		end++
	}
	return end
}

// pronounAfterHead reports a pronoun subject right after a speech head
// ("while Lavrov said he had scrapped a trip to Turkey"): a speaker who
// opens a clause of his own after a subordinator is a head, and his words
// follow with their own sides; without the pronoun ("after Esper said the
// United States should expect ...") the words stay speech.
func pronounAfterHead(toks []token, m match) bool {
	end := speechHeadEnd(toks, m)
	if end >= len(toks) {
		return false
	}
	switch toks[end].lower {
	case "it", "he", "she", "they", "we":
		return true
	}
	return false
}
