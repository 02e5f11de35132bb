package coder

// Nineteenth pass (stop 38), sides: a country named as the model another
// one follows. English news measures a country's step against those who
// took it first: "Guatemala has followed in the footsteps of the United
// States by opening an embassy", "the second state after the U.S. to
// open its embassy in Jerusalem", "the third Security Council member to
// endorse the plan, following the United States and France", "the
// fourth Arab country after the United Arab Emirates, Bahrain and Sudan
// to normalize relations with Israel"; a country is "positioned
// alongside" the ones whose stand it joins. The countries so named did the
// same thing before, on another day; they are no party to this act, and
// taken as one they stand as its co-source or, worse, its target.

// followForms are the verb forms that name the one followed right after
// them ("followed the United States").
var followForms = map[string]bool{"follow": true, "follows": true, "followed": true, "following": true}

// modelNouns name the way one follows another: "in the footsteps of X",
// "the lead of X", "the example of X".
var modelNouns = map[string]bool{"footsteps": true, "lead": true, "example": true}

// rankNouns head an ordinal's phrase before "after": "the second state
// after the U.S.".
var rankNouns = map[string]bool{
	"country": true, "state": true, "nation": true, "member": true, "government": true,
}

var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
}

// withoutPrecedents drops the countries named as the model followed.
func withoutPrecedents(toks []token, sps []span) []span {
	return dropSpans(sps, func(sp span) bool { return isPrecedent(toks, sps, sp) })
}

// isPrecedent reports a mention in the list after a word that names the
// one followed, or an adjective in "follow the American lead".
func isPrecedent(toks []token, sps []span, sp span) bool {
	if sp.start < 1 || sp.end > len(toks) {
		return false
	}
	if sp.end < len(toks) && toks[sp.end].lower == "lead" && toks[sp.start-1].lower == "the" &&
		sp.start >= 2 && (followForms[toks[sp.start-2].lower] || toks[sp.start-2].lower == "to" && sp.start >= 3 && followForms[toks[sp.start-3].lower]) {
		return true // "the first to follow the American lead"
	}
	k := listStart(toks, sps, sp)
	if k < 0 {
		return false
	}
	w := toks[k].lower
	switch {
	case followForms[w]:
		return listEndsPhrase(toks, sps, sp) // "following the United States and France", not "following US airstrikes"
	case w == "of":
		return k >= 1 && modelNouns[toks[k-1].lower] && followedBefore(toks, k-1)
	case w == "after":
		return rankedAfter(toks, k)
	case w == "alongside":
		return positionedBefore(toks, k) // "positions the UK alongside the United States"
	case w == "like":
		return likeAlongside(toks, k) // "alongside other members like the U.S. and France"
	case w == "with":
		return k >= 1 && toks[k-1].lower == "alignment" // "marks an alignment with the US and France"
	}
	return false
}

// listStart walks back from a mention over the list it stands in ("the
// UAE, Bahrain and Sudan") and returns the index of the word before the
// list, or -1.
func listStart(toks []token, sps []span, sp span) int {
	k := sp.start - 1
	for k >= 0 {
		switch toks[k].lower {
		case ",", "and", "the":
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

// modelListBreaks are the words after which a country list has ended as a
// noun phrase of its own: "followed the United States in May".
var modelListBreaks = map[string]bool{
	"in": true, "on": true, "by": true, "to": true, "as": true, "into": true, "at": true,
	"with": true, "when": true, "after": true, "before": true, "which": true, "who": true,
}

// followedBefore reports a form of "follow" in the three words before a
// model noun: "followed in the footsteps of", "following the lead of".
func followedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if followForms[toks[k].lower] {
			return true
		}
	}
	return false
}

// rankedAfter reports "after" closing an ordinal's phrase: "the second
// state after", "the fourth Arab country after".
func rankedAfter(toks []token, after int) bool {
	if after < 2 || !rankNouns[toks[after-1].lower] {
		return false
	}
	for k := after - 2; k >= 0 && k >= after-5; k-- {
		if ordinals[toks[k].lower] {
			return true
		}
	}
	return false
}

// positionForms put one country in the company of others: "positions the
// UK alongside the United States".
var positionForms = map[string]bool{
	"position": true, "positions": true, "positioned": true, "positioning": true,
	"places": true, "placed": true, "placing": true, "puts": true, "putting": true,
}

// positionedBefore reports a form of "position" in the four words before
// "alongside".
func positionedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if positionForms[toks[k].lower] {
			return true
		}
	}
	return false
}

// likeAlongside reports "like" giving examples of the company a country
// is positioned alongside: "alongside other members like the U.S.".
func likeAlongside(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if toks[k].lower == "alongside" {
			return positionedBefore(toks, k)
		}
	}
	return false
}
