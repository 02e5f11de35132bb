package coder

// Seventeenth pass (stop 35): "percent of" opens a share.
// Of people ("70 percent of Americans say") it is an opinion poll, and
// the sentence is no political act; of an economy ("spend five percent
// of GDP on defence", "2% of its gross domestic product") it is a
// budget share, and the act the sentence tells around it ("considering
// tariffs on Spain for failing to meet the five percent of GDP goal")
// stays an act.

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
