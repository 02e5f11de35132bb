package coder

// Eighteenth pass (stop 36), extras: the cause of a relationship's state.
// News English dates the state of two countries' ties by the act that
// soured them: "Relations between China and North Korea had soured as
// Beijing backed tough sanctions", "bilateral relations have been
// strained since 2018, when Canada detained a Huawei executive", "ties
// that came under severe strain following the killing of a separatist in
// 2023". The clause after "since", "when", "after", "as" or "following"
// tells why the ties are as they are, the story's background; the act of
// the day, when it is news, is told in a clause of its own.

// relationNouns name the ties between two states.
var relationNouns = map[string]bool{
	"relations": true, "ties": true, "relationship": true, "relationships": true,
}

// strainWords tell ties that went bad.
var strainWords = map[string]bool{
	"soured": true, "strained": true, "strain": true, "deteriorated": true, "plunged": true, "worsened": true,
	"frayed": true, "nosedived": true, "cratered": true, "cooled": true, "sank": true, "sunk": true,
	"tumbled": true, "collapsed": true,
}

// strainOpeners open the clause that tells what the ties went bad over.
var strainOpeners = map[string]bool{
	"since": true, "after": true, "when": true, "as": true, "following": true, "amid": true, "over": true, "because": true,
}

// strainCause reports a cue in a clause opened by a word of cause or
// time that follows, within the sentence, a word of strain told of
// relations or ties named at most eight words before it.
func strainCause(toks []token, m match) bool {
	opener := -1
	for i := m.start - 1; i >= 0 && i >= m.start-30; i-- {
		w := toks[i].lower
		if w == ";" || w == ":" {
			return false
		}
		if opener < 0 && strainOpeners[w] {
			opener = i
		}
		if opener >= 0 && i < opener && strainWords[w] && relationBefore(toks, i) {
			return !strainedLately(toks[i+1 : opener])
		}
	}
	return false
}

// relationBefore reports a noun of relations or ties at most eight words
// before the word at i ("relations between China and North Korea had
// soured", "ties that came under severe strain").
func relationBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if relationNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// strainedLately reports a time of the last days between the word of
// strain and its opener ("Relations soured last week after Rwanda
// blocked Ugandan trucks", "ties plunged on Monday when ..."). Ties that
// went bad days ago went bad over an act of those days: the act is the
// news the page tells, not the background of an old rift (twenty-second
// pass, stop 40).
func strainedLately(between []token) bool {
	for k, t := range between {
		if _, wd := weekdays[t.lower]; wd || t.lower == "yesterday" || t.lower == "today" {
			return true
		}
		if t.lower == "week" && k > 0 && (between[k-1].lower == "last" || between[k-1].lower == "this") {
			return true
		}
	}
	return false
}
