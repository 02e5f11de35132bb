package timex

// periodEndAt reports whether the date whose words start at token i closes
// a reporting period: "the quarter ended Sept. 30", "the six months ended
// Aug. 12", "the fiscal year ending June 30".
func (p *parser) periodEndAt(i int) bool {
	return p.is(i-1, "ended", "ending")
}

// yearBeforePeriodEnd reads "a year earlier" after the day a reporting
// period ended, named before it in the sentence: "For the quarter ended
// Sept. 30, Delta earned $133.1 million, up from $100 million a year
// earlier" compares with the period that ended on that day a year before,
// and TimeML names it by that day. "Earlier" counts from a time the text
// set; "a year ago" counts from today and is left to ruleCountAgo ("the
// strike, which ended March 3, began a year ago"), and so is "a year
// earlier" with no such day before it: business news then compares with the
// year before the story's.
func (p *parser) yearBeforePeriodEnd() (Value, bool) {
	a := p.anchor
	if !p.anchorEnded || a.Start.IsZero() || a.Grain != GrainDay || !a.Start.Equal(a.End) {
		return Value{}, false
	}
	return dayValue(a.Start.AddDate(-1, 0, 0)), true
}
