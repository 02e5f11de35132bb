package coder

// Seventeenth pass (stop 35): the words of an opinion poll used for
// something else. A sentence that reports a poll is no political act
// (genre.go), so a poll word that names no poll must not make it one.
//
// "percent of" opens a share. Of people ("70 percent of Americans say")
// it is an opinion poll; of an economy ("spend five percent of GDP on
// defence", "2% of its gross domestic product") it is a budget share,
// and the act the sentence tells around it ("considering tariffs on
// Spain for failing to meet the five percent of GDP goal") stays an act.
// "polls" may be an election (electionPolls).

// economyShares are the words after "percent of" that name an economy's
// output rather than a people asked.
var economyShares = map[string]bool{
	"gdp": true, "gross": true, "output": true, "economic": true, "annual": true, "national": true,
}

// shareOfEconomy reports that the poll pair starting at token i ("percent
// of", "per cent of") is a share of an economy: its next word, past a
// possessive ("its GDP"), is one of economyShares.
func shareOfEconomy(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].lower
		switch {
		case economyShares[w]:
			return true
		case w == "of" || w == "cent" || w == "its" || w == "their" || w == "the":
			continue
		default:
			return false
		}
	}
	return false
}

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
