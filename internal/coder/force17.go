package coder

// Rules of the seventeenth pass (stop 35) on force and coercion missed on
// real news.

// electionPolls reports "polls" at token i used for an election, not an
// opinion survey: news English sends voters "to the polls" and writes of
// the run-up "to the August 9 polls", "parliamentary polls", "snap polls",
// while a survey is "a poll", "polls show", "opinion polls", "in the
// polls". A sentence about an election keeps its acts ("arrested the
// group in the run-up to the August 9 polls"); an opinion poll's does not.
func electionPolls(toks []token, i int) bool {
	if toks[i].lower != "polls" {
		return false
	}
	j := i - 1
	for j >= 0 && (monthNames[toks[j].lower] || isDigits(toks[j].lower)) {
		j-- // "the August 9 polls"
	}
	if j >= 0 && electionKinds[toks[j].lower] {
		return true // "parliamentary polls", "snap polls"
	}
	if j < 1 || toks[j].lower != "the" {
		return false
	}
	switch toks[j-1].lower {
	case "to", "at", "before", "after", "ahead":
		return true // "went to the polls", "before the polls"
	case "of":
		return j >= 2 && (toks[j-2].lower == "ahead" || toks[j-2].lower == "eve") // "ahead of the polls"
	}
	return false
}

// electionKinds are the words that make "polls" an election ("early" and
// "national" are left out: "early polls show", "national polls").
var electionKinds = map[string]bool{
	"parliamentary": true, "presidential": true, "general": true, "legislative": true,
	"local": true, "municipal": true, "regional": true, "provincial": true, "snap": true,
	"runoff": true, "run-off": true,
}
