package timex

// Stop 44: sentences written for the quarter forms of newswire44.go, held
// by TestNewswire.
func init() {
	newsCases = append(newsCases, newsCases44...)
}

var newsCases44 = []newsCase{
	// A quarter named by the month that closes it.
	{"month quarter", "Apple reported record sales for the December quarter.", "2024-02-01", "December quarter=2023-10-01..2023-12-31/quarter"},
	{"month quarter", "Retail sales in the June quarter rose 8 percent.", "2024-08-01", "June quarter=2024-04-01..2024-06-30/quarter"},
	{"month quarter", "Revenue for the September 2023 quarter was flat.", "2024-05-02", "September 2023 quarter=2023-07-01..2023-09-30/quarter"},
	{"month quarter", "The board expects to pay a June quarterly dividend.", "2024-05-02", "June=2024-06-01..2024-06-30/month"},
	{"month quarter", "Sales in the April quarter rose.", "2024-08-01", "April=2024-04-01..2024-04-30/month"},
	// The final or last quarter of a named year is the fourth.
	{"final quarter", "Output rose in the final quarter of 2023.", "2024-01-03", "the final quarter of 2023=2023-10-01..2023-12-31/quarter"},
	{"final quarter", "Losses widened in the last quarter of last year.", "2024-03-05", "the last quarter of last year=2023-10-01..2023-12-31/quarter"},
	{"final quarter", "Hiring slowed in the last quarter.", "2024-08-01", "the last quarter=2024-04-01..2024-06-30/quarter"},
	// Under a future verb, in the reporting season, the quarter just ended.
	{"reported quarter", "The company will report fourth-quarter results on Jan. 25.", "2024-01-10", "fourth-quarter=2023-10-01..2023-12-31/quarter;Jan. 25=2024-01-25"},
	{"reported quarter", "The bank will post second-quarter earnings on Thursday.", "2024-07-10", "second-quarter=2024-04-01..2024-06-30/quarter;Thursday=2024-07-11"},
	{"reported quarter", "Sales will rise in the third quarter, the company said.", "2024-07-10", "the third quarter=2024-07-01..2024-09-30/quarter"},
	{"reported quarter", "The plant will close in the second quarter.", "2024-09-20", "the second quarter=2025-04-01..2025-06-30/quarter"},
}

var newsCases44b = []newsCase{
	// "the first fiscal quarter" is read as "the fiscal first quarter".
	{"fiscal quarter", "Delta earned a record in its first fiscal quarter.", "1989-10-26", "first fiscal quarter=1989-01-01..1989-03-31/quarter"},
	{"fiscal quarter", "Sales fell 4% in the second fiscal quarter.", "2024-08-20", "the second fiscal quarter=2024-04-01..2024-06-30/quarter"},
	{"fiscal quarter", "The fiscal quarters are short.", "2024-08-20", ""},
}

func init() {
	newsCases = append(newsCases, newsCases44b...)
}
