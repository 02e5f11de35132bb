package timex

// Stop 39 (second helper): grains and references business copy writes.

// figureNouns are the yearly figures business and economic copy dates with
// a bare year straight before them: "1990 earnings", "1989 sales",
// "1991 growth", "its 1990 estimate".
var figureNouns = setOf("earnings", "profit", "profits", "sales", "revenue", "revenues", "results", "estimate", "estimates",
	"budget", "budgets", "growth", "inflation", "forecast", "forecasts", "figures", "deficit", "deficits", "income",
	"output", "production", "spending", "outlays", "shipments", "exports", "imports", "net", "losses", "level", "levels")

// figureYear reports whether the bare number at i is a year dating the
// yearly figure after it: "Analysts expect 1990 profit to fall", "The
// company said 1989 sales will rise", "predicting 1990 BellSouth earnings"
// (one or two capitalised names between: the company's), "below 1988
// levels"; or a year compared with ("compared with 1988") or told of as a
// whole ("1990 has been a bad year"). Only years within
// twenty years of the reference day are read so: "2000 losses" in a war
// story of 1990 is a count.
func (p *parser) figureYear(i, y int) bool {
	if r := p.ref.Year(); y < r-20 || y > r+10 {
		return false
	}
	if p.is(i-1, "with", "to") && p.is(i-2, "compared", "compares", "compare") {
		return true // "Sales rose 5%, compared with 1988"
	}
	if p.comparedYear(i) || p.periodYear(i) {
		return true // "Trade rose 12 percent over 1996."
	}
	if p.is(i+1, "is", "was", "has", "looks", "promises", "saw", "brought", "proved") && !p.glued(i+1) ||
		p.is(i+1, "to") && p.is(i+2, "be") || p.is(i+1, "as") && p.is(i+2, "a", "an", "the") {
		// A year the subject of a singular verb or the object of an
		// outlook: "1990 has been a bad year", "expects 1990 to be a good
		// year", "Analysts see 1990 as a tough year". A count takes a
		// plural verb ("2000 were killed"), and "will", which takes both,
		// is left out.
		return true
	}
	j := i + 1
	for k := 0; k < 2 && p.tok(j).upper() && isLetterWord(p.tok(j).text); k++ {
		j++
	}
	return figureNouns[p.tok(j).text]
}

// quoteWords name a market's price on a day: "Thursday's closing price",
// "Friday's close", "Wednesday's high".
var quoteWords = setOf("close", "closing", "high", "low", "finish", "settlement", "settle")

// quotedDay reports whether the bare weekday at tokens i..j-1 is a
// possessive before a market's price of that day ("a 24% premium over
// Thursday's closing price", "the shares are below Friday's close"): a
// price quoted is one already made, so the day is the one gone, whatever
// the present of the sentence. Under a future verb the price may be one
// to come ("will be priced at Friday's close") and the tense stands.
func (p *parser) quotedDay(i, j int) bool {
	return p.is(j, "'", "’") && p.glued(j) && p.is(j+1, "s") && p.glued(j+1) && quoteWords[p.tok(j+2).text]
}

// unitBeforeNamed reads "a year earlier" and "a month earlier" after a
// year or month the sentence named, as economic and business copy
// compares a figure with the one before: "In 1988, sales rose to $5
// million from $4 million a year earlier" (1987), "Housing starts rose 2%
// in September from a month earlier" (August). "Earlier" counts from the
// time the text set; the named year must be one of the last few before the
// story's (a founding year long ago dates no figure compared), the named
// month one of the last twelve. With no such date named, "a year earlier"
// is the year before the story's and "a month earlier" is left a length.
func (p *parser) unitBeforeNamed(u string) (Value, bool) {
	a := p.anchor
	if a.Start.IsZero() || a.Start.After(p.ref) {
		return Value{}, false
	}
	switch {
	case u == "year" && a.Grain == GrainYear && a.Start.Year() >= p.ref.Year()-3:
		return yearValue(a.Start.Year() - 1), true
	case u == "month" && a.Grain == GrainMonth && a.Start.After(p.ref.AddDate(-1, 0, 0)):
		b := a.Start.AddDate(0, -1, 0)
		return monthValue(b.Year(), b.Month()), true
	}
	return Value{}, false
}

// figureHeads end a two-word figure a month dates: "September housing
// starts", "August factory orders", "October jobless rate".
var figureHeads = setOf("starts", "orders", "payrolls", "surplus", "rate", "sales", "prices", "output", "production",
	"deficit", "exports", "imports", "shipments", "spending", "figures", "data")

// figureMonth reports whether the month name at i (its words ending
// before j) dates the monthly figure straight after it, as economic copy
// writes one at the head of a sentence or after a verb: "September housing
// starts fell 4%", "August sales rose", "October car sales". "May" and
// "March" are verbs and nouns as often and are left out.
func (p *parser) figureMonth(i, j int) bool {
	if p.is(i, "may", "march", "mar") || j != i+1 {
		return false
	}
	nx := p.tok(j)
	if !isLetterWord(nx.text) || nx.upper() {
		return false
	}
	if figureNouns[nx.text] || monthFigures[nx.text] {
		return true
	}
	nn := p.tok(j + 1)
	return isLetterWord(nn.text) && !nn.upper() && figureHeads[nn.text]
}

// highOfYear reports whether "the year" at token i is the year of a
// market's high or low with its price after "of": "rising to a high for
// the year of $42.875", "a low for the year of 2,100". The price is no
// part of the year.
func (p *parser) highOfYear(i int) bool {
	return p.is(i-1, "for") && p.is(i+1, "year") && p.is(i+2, "of") && (p.is(i+3, "$", "#") || p.tok(i+3).isNum() && p.tok(i+3).digits != 4)
}
