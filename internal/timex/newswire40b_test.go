package timex

// Stop 40: sentences written for ruleCountedAdjacentDay (newswire40b.go),
// held by TestNewswire. The three last are left alone: no day before the
// count, a count from an event, a count of weeks (read as lengths, as
// before).
func init() {
	newsCases = append(newsCases, newsCases40b...)
}

var newsCases40b = []newsCase{
	{"counted day", "Russia said on Thursday it had expelled two diplomats a day earlier.", "2025-05-23", "Thursday=2025-05-22;a day earlier=2025-05-21"},
	{"counted day", "The ship docked on Oct. 3 and sailed two days later.", oct26, "Oct. 3=1989-10-03;two days later=1989-10-05"},
	{"counted day", "Police said on Tuesday the men were arrested three days before, in Basra.", "2025-05-23", "Tuesday=2025-05-20;three days before=2025-05-17"},
	{"counted day", "The army shelled the town a day later.", oct26, "a day@duration:P1D"},
	{"counted day", "He was buried on Oct. 3, a day after his death.", oct26, "Oct. 3=1989-10-03;a day@duration:P1D"},
	{"counted day", "Talks opened on Oct. 3, two weeks later than planned.", oct26, "Oct. 3=1989-10-03;two weeks@duration:P2W"},
}
