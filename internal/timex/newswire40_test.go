package timex

// Stop 40: sentences written for the forms of newswire40.go and the stop's
// cues in data/tense.tsv, held by TestNewswire.
func init() {
	newsCases = append(newsCases, newsCases40...)
}

var newsCases40 = []newsCase{
	// A weekday straight after a past verb dates the saying or the act.
	{"said day", "The company said on Tuesday it will redeem the notes on Dec. 15.", oct26, "Tuesday=1989-10-24;Dec. 15=1989-12-15"},
	{"said day", "The company said Tuesday it will redeem the notes.", oct26, "Tuesday=1989-10-31"},
	{"said day", "IBM announced Monday it plans to cut 10,000 jobs.", oct26, "Monday=1989-10-23"},
	{"said day", "The union threatened Monday to strike next week.", "1998-02-11", "Monday=1998-02-09;next week=1998-02-16..1998-02-22/week"},
	{"said day", "The minister told reporters Monday he will resign.", "1998-02-11", "Monday=1998-02-09"},
	{"said day", "Albright, speaking Tuesday in Ohio, said diplomacy will continue.", "1998-02-11", "Tuesday=1998-02-10"},
	{"said day", "Officials said Friday would be the deadline.", oct26, "Friday=1989-10-27"},
	{"said day", "The mayor said Friday's parade will go ahead.", oct26, "Friday=1989-10-27"},
	{"said day", "The prisoners will be released Monday.", "1998-02-11", "Monday=1998-02-16"},
	// A past verb and its object before the weekday.
	{"past object day", "Iraq barred the inspectors Sunday and says it will not back down.", "1998-02-11", "Sunday=1998-02-08"},
	{"past object day", "\"We will win,\" Netanyahu told his cabinet Sunday.", "1998-02-11", "Sunday=1998-02-08"},
	{"past object day", "The committee will hold a vote Thursday.", "1998-02-11", "Thursday=1998-02-12"},
	// A firm past verb of the weekday's own clause.
	{"past clause day", "Yeltsin returned to the Kremlin Monday and will meet Chirac next week.", "1998-02-11", "Monday=1998-02-09;next week=1998-02-16..1998-02-22/week"},
	{"past clause day", "The plane crashed in the Andes on Sunday and rescuers will resume the search.", "1998-02-11", "Sunday=1998-02-08"},
	{"past clause day", "Cohen flew to Kuwait on Monday and will visit Bahrain next.", "1998-02-11", "Monday=1998-02-09"},
	{"past clause day", "The border will stay closed through Sunday.", "1998-02-11", "Sunday=1998-02-15"},
	{"past clause day", "The hearing was moved to Friday.", "1998-02-11", "Friday=1998-02-13"},
	{"past clause day", "The group would be ready to leave for the United States as soon as Thursday.", "1998-02-11", "Thursday=1998-02-12"},
	// Past forms in -eed; the plural present of intents.
	{"eed past", "The rebels freed the hostages on Saturday.", "1998-02-11", "Saturday=1998-02-07"},
	{"eed past", "The junta decreed a curfew on Saturday.", "1998-02-11", "Saturday=1998-02-07"},
	{"eed past", "Prosecutors said they intend to file charges Thursday.", "1998-02-11", "Thursday=1998-02-12"},
	{"eed past", "Engineers expect to reopen the bridge Saturday.", "1998-02-11", "Saturday=1998-02-14"},
	{"eed past", "The rebels will free the hostages on Saturday.", "1998-02-11", "Saturday=1998-02-14"},
	// A season that opens a name is no season.
	{"season name", "Millions travel home for the Spring Festival.", "1998-02-11", ""},
	{"season name", "Athletes are training for the Summer Olympics in Sydney.", "1998-02-11", ""},
	{"season name", "Sales slowed in the spring.", oct26, "the spring=1989-03-21..1989-06-20/range"},
	{"season name", "The Spring of 1990 was wet.", oct26, "The Spring of 1990=1990-03-21..1990-06-20/range"},
	// A year a figure is measured against, or a market ended.
	{"compared year", "Trade rose 12 percent over 1996.", "1998-02-11", "1996=1996-01-01..1996-12-31/year"},
	{"compared year", "Output was 8 percent higher than 1996, the bureau said.", "1998-02-11", "1996=1996-01-01..1996-12-31/year"},
	{"compared year", "The number rose 20 percent from 1500.", "1998-02-11", ""},
	{"compared year", "Over 1500 people attended.", "1998-02-11", ""},
	{"period year", "Stocks ended 1990 with a loss of 4.3%.", "1991-01-02", "1990=1990-01-01..1990-12-31/year"},
	{"period year", "The Nasdaq closed 1998 at 2,192.", "1999-12-30", "1998=1998-01-01..1998-12-31/year"},
	{"period year", "The chain closed 1990 stores.", "1991-01-02", ""},
	// Monthly labour figures.
	{"month figure", "The government will report December unemployment on Friday.", "1991-01-02", "December=1990-12-01..1990-12-31/month;Friday=1991-01-04"},
	{"month figure", "November payrolls rose by 50,000.", "1991-01-02", "November=1990-11-01..1990-11-30/month"},
	{"month figure", "May unemployment fell.", "1991-01-02", ""},
	// A month or a day with "of that year", "the following year".
	{"anchor year", "The law was passed in 2022 and signed in August of that year.", "2023-11-06", "2022=2022-01-01..2022-12-31/year;August of that year=2022-08-01..2022-08-31/month"},
	{"anchor year", "He joined the firm in 2015 and left in March the following year.", "2023-11-06", "2015=2015-01-01..2015-12-31/year;March the following year=2016-03-01..2016-03-31/month"},
	{"anchor year", "The plant opened in 1985 and closed on March 3 of that year.", "1990-08-15", "1985=1985-01-01..1985-12-31/year;March 3 of that year=1985-03-03"},
	{"anchor year", "In August of that year, prices rose.", "1990-08-15", "August=1990-08-01..1990-08-31/month;that year=1990-01-01..1990-12-31/year"},
	// A range of two bare months under a past verb.
	{"past month range", "Imports fell 2 percent from January to October.", "1998-11-14", "January=1998-01-01..1998-01-31/month;October=1998-10-01..1998-10-31/month"},
	{"past month range", "Exports rose 5 percent in the January-September period.", "1998-11-14", "January=1998-01-01..1998-01-31/month;September=1998-09-01..1998-09-30/month"},
	{"past month range", "The exhibition runs from March to May.", "1998-11-14", "March=1999-03-01..1999-03-31/month;May=1999-05-01..1999-05-31/month"},
}
