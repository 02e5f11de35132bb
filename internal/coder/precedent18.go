package coder

// Twentieth pass (stop 38), sides: the countries a state follows are no
// parties to its act. English news measures a state's step against those
// who took it first, and names them in a row: "Guatemala has followed in
// the footsteps of the United States by opening an embassy", "the second
// state after the U.S. to open its embassy in Jerusalem", "the third
// Security Council member to endorse the plan, following the United
// States and France", "the fourth Arab country after the United Arab
// Emirates, Bahrain and Sudan to normalize relations with Israel". A
// state is "positioned alongside" the ones whose stand it joins, or set
// beside "other Security Council members like the U.S. and France". The
// countries so named did the same thing before, on their own; taken as
// parties they stand as the act's co-source or, worse, its target.
//
// Left alone: "joined X in calling for" (X often acts again with the
// subject; stop 37 lost a found event on check when it was dropped),
// "signed the declaration alongside Trump" (a co-signer: no rank, no verb
// of placing) and "countries like Mali and Niger have called" (the doers
// named by example). Two passes of stop 38 wrote this rule apart, one on
// the sentence's mentions and one on each clause's (model18.go); it is one
// rule now, on the sentence's, with the coded events of the stop's three
// views unchanged.

// followForms are the verb forms that name the one followed right after
// them ("followed the United States").
var followForms = map[string]bool{"follow": true, "follows": true, "followed": true, "following": true}

// modelNouns name the way one follows another: "in the footsteps of X",
// "the lead of X", "the example of X".
var modelNouns = map[string]bool{"footsteps": true, "lead": true, "example": true}

// ordinals rank a state in a row of the same act done before by others;
// "first" does only beside a noun of state (firstOfRow).
var ordinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "latest": true, "2nd": true, "3rd": true, "4th": true, "5th": true,
}

// positionForms put one country in the company of others: "positions the
// UK alongside the United States".
var positionForms = map[string]bool{
	"position": true, "positions": true, "positioned": true, "positioning": true,
	"places": true, "placed": true, "placing": true, "puts": true, "putting": true,
}

// modelCollectives are the plural nouns a "like X" example list follows
// ("other members like the U.S. and France").
var modelCollectives = map[string]bool{
	"members": true, "countries": true, "states": true, "nations": true, "allies": true,
	"powers": true, "partners": true, "governments": true,
}

// setApart is the word that sets a collective's examples apart from the
// subject: "other members like the U.S.".
var setApart = map[string]bool{"other": true}

// firstWord is the ordinal that needs a noun of state to rank (firstOfRow).
var firstWord = map[string]bool{"first": true}

// listFillers may stand between the word that opens a country list and a
// country of it: "after the UAE, Bahrain and Sudan", "like other ...".
var listFillers = map[string]bool{",": true, "and": true, "the": true, "other": true}

// modelListBreaks are the words after which a country list has ended as a
// noun phrase of its own: "followed the United States in May".
var modelListBreaks = map[string]bool{
	"in": true, "on": true, "by": true, "to": true, "as": true, "into": true, "at": true,
	"with": true, "when": true, "after": true, "before": true, "which": true, "who": true,
}

// withoutPrecedents drops from a sentence's mentions the countries named
// as the ones a state follows.
func withoutPrecedents(toks []token, sps []span) []span {
	return dropSpans(sps, func(sp span) bool { return !sp.inherited && isPrecedent(toks, sps, sp) })
}

// isPrecedent reports a mention in a country list opened by a word that
// names the ones followed, or the adjective of "follow the American lead".
func isPrecedent(toks []token, sps []span, sp span) bool {
	if sp.start < 1 || sp.end > len(toks) {
		return false
	}
	if followsLead(toks, sp) {
		return true
	}
	k := listStart(toks, sps, sp)
	if k < 0 {
		return false
	}
	w := toks[k].lower
	switch {
	case followForms[w]:
		// "following the United States and France", not "following US
		// airstrikes"; or any list in "the third member ... following",
		// where "followed" after a rank is a verb with its own act.
		return listEndsPhrase(toks, sps, sp) || w == "following" && ordinalBefore(toks, k)
	case w == "of":
		return k >= 1 && modelNouns[toks[k-1].lower] && followedBefore(toks, k-1)
	case w == "after":
		return ordinalBefore(toks, k) || firstOfRow(toks, k) // "the second state after", "the fourth Arab country after"
	case w == "alongside":
		// "positions the UK alongside the United States", "alongside the US
		// and France, making it the third": not "signed alongside Trump".
		return wordBefore(toks, k, 4, positionForms) || ordinalAfter(toks, k)
	case w == "like":
		return likeExamples(toks, k)
	case w == "with":
		return k >= 1 && toks[k-1].lower == "alignment" // "marks an alignment with the US and France"
	}
	return false
}

// followsLead reports the adjective in "the first to follow the American
// lead".
func followsLead(toks []token, sp span) bool {
	if sp.end >= len(toks) || toks[sp.end].lower != "lead" || sp.start < 2 || toks[sp.start-1].lower != "the" {
		return false
	}
	return followForms[toks[sp.start-2].lower] || toks[sp.start-2].lower == "to" && sp.start >= 3 && followForms[toks[sp.start-3].lower]
}

// listStart walks back from a mention over the list it stands in ("the
// UAE, Bahrain and Sudan") and returns the index of the word before the
// list, or -1.
func listStart(toks []token, sps []span, sp span) int {
	k := sp.start - 1
	for k >= 0 {
		if listFillers[toks[k].lower] {
			k--
			continue
		}
		prev := -1
		for _, o := range sps {
			if o.end == k+1 && o.start < sp.start {
				prev = o.start
			}
		}
		if prev < 0 {
			return k
		}
		k = prev - 1
	}
	return -1
}

// listEndsPhrase reports that the list a mention ends is not the owner or
// the modifier of a noun after it: punctuation, the end of the sentence,
// another mention of the list or a preposition follows it.
func listEndsPhrase(toks []token, sps []span, sp span) bool {
	e := sp.end
	for {
		if e >= len(toks) {
			return true
		}
		switch toks[e].lower {
		case ",", "and":
			next := -1
			for _, o := range sps {
				if o.start == e+1 || o.start == e+2 && toks[e+1].lower == "the" {
					next = o.end
				}
			}
			if next < 0 {
				return toks[e].lower == ","
			}
			e = next
			continue
		}
		return toks[e].punct || modelListBreaks[toks[e].lower]
	}
}

// followedBefore reports a form of "follow" in the three words before a
// model noun: "followed in the footsteps of", "following the lead of".
func followedBefore(toks []token, i int) bool {
	return wordBefore(toks, i, 3, followForms)
}

// ordinalBefore reports an ordinal in the six words before the word that
// opens the list: the row the state is ranked in ("the fourth Arab
// country after"); the clause may open at "after".
func ordinalBefore(toks []token, k int) bool {
	return wordBefore(toks, k, 6, ordinals)
}

// rankNouns head an ordinal's phrase before "after": "the first country
// after the U.S.".
var rankNouns = map[string]bool{
	"country": true, "state": true, "nation": true, "member": true, "government": true,
}

// firstOfRow reports "the first country after": "first" ranks a state
// after others only with a noun of state right before "after" ("the first
// country after the U.S. to move its embassy"), not in "for the first
// time after".
func firstOfRow(toks []token, after int) bool {
	return after >= 2 && rankNouns[toks[after-1].lower] && wordBefore(toks, after-1, 4, firstWord)
}

// ordinalAfter reports an ordinal later in the sentence than token k: the
// row the state is ranked in ("making it the third permanent member").
func ordinalAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks); j++ {
		if ordinals[toks[j].lower] {
			return true
		}
	}
	return false
}

// wordBefore reports a word of set among the n words before token i.
func wordBefore(toks []token, i, n int, set map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if set[toks[k].lower] {
			return true
		}
	}
	return false
}

// likeExamples reports "like" giving examples of the company a state is
// set beside: after a comma, after "other ... members" ("other Security
// Council members like the U.S."; "countries like Mali and Niger have
// called" names the doers) or in the list a state is positioned alongside
// ("positions Spain alongside other members like the U.S.").
func likeExamples(toks []token, i int) bool {
	if i > 0 && (toks[i-1].lower == "," || modelCollectives[toks[i-1].lower] && wordBefore(toks, i-1, 5, setApart)) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].lower == "alongside" {
			return wordBefore(toks, k, 4, positionForms)
		}
	}
	return false
}
