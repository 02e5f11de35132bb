package timex

import (
	"strings"
	"testing"
)

// Reference days for the newswire table: a Thursday in late October (a
// business page with dividends and deadlines to come), a Monday, and a
// Thursday just after New Year.
const (
	oct26 = "1989-10-26"
	oct30 = "1989-10-30"
	jan6  = "2000-01-06"
)

// newsCase is a sentence read as annotate reads it (FindInSentence: the
// tense from the sentence) with the dates it must give in TimeML's terms:
// "TEXT=START..END/GRAIN[+MOD]", the calendar period the text names (Whole)
// and how the days meant stand in it; a range gives its two ends. Each rule
// has sentences of different styles and one it must not fire on.
type newsCase struct {
	rule, text, ref, want string
}

var newsCases = []newsCase{
	// A part of a period keeps the period's grain.
	{"part", "Profit fell early last year.", oct26, "early last year=1988-01-01..1988-12-31/year+start"},
	{"part", "Shipments begin in late November.", oct26, "late November=1989-11-01..1989-11-30/month+end"},
	{"part", "The coalition began to fray in mid-2011.", "2013-05-02", "mid-2011=2011-01-01..2011-12-31/year+mid"},
	{"part", "The carmaker earlier this year cut its forecast.", oct26, "earlier this year=1989-01-01..1989-12-31/year+earlier"},
	{"part", "Staff heard early this week that the plant would close.", "1989-11-02", "early this week=1989-10-30..1989-11-05/week+start"},
	{"part", "The early bird catches the worm.", oct26, ""},

	// Counting back names the unit counted.
	{"ago", "The ceasefire collapsed three weeks ago.", oct26, "three weeks ago=1989-10-02..1989-10-08/week+approx"},
	{"ago", "The flood destroyed the bridge four years ago.", "1999-03-12", "four years ago=1995-01-01..1995-12-31/year+approx"},
	{"ago", "The ferry sank two months ago in the strait.", "2000-01-28", "two months ago=1999-11-01..1999-11-30/month+approx"},
	{"ago", "They met two days ago.", oct26, "two days ago=1989-10-24"},
	{"ago", "He smokes 50 cigarettes in a day.", oct26, "a day@duration:P1D"},

	// Business news compares with the year before.
	{"year earlier", "Exports climbed 7% from a year earlier.", oct26, "a year earlier=1988-01-01..1988-12-31/year+approx"},
	{"year earlier", "The year-earlier figure included a one-time gain.", oct26, "year-earlier=1988-01-01..1988-12-31/year"},
	{"year earlier", "Output fell 8% from year-ago levels.", "1998-02-06", "year-ago=1997-01-01..1997-12-31/year"},
	{"year earlier", "He had left the firm two years earlier.", oct26, "two years@duration:P2Y"},
	// ... or, after the day a reporting period ended, with that day a year before.
	{"year before period end", "For the quarter ended June 30, the bank earned $40 million, up from $31 million a year earlier.", oct26, "the quarter=1989-04-01..1989-06-30/quarter;June 30=1989-06-30;a year earlier=1988-06-30"},
	{"year before period end", "Revenue in the fiscal year ending March 31 rose 12% from a year earlier, the company said.", "1998-05-14", "the fiscal year=1998-01-01..1998-12-31/year;March 31=1998-03-31;a year earlier=1997-03-31"},
	{"year before period end", "The strike, which ended March 3, had begun a year ago.", "1998-05-14", "March 3=1998-03-03;a year ago=1997-01-01..1997-12-31/year+approx"},
	{"year before period end", "In the nine months ended Sept. 30, sales were flat compared with a year earlier.", oct26, "nine months@duration:P9M;Sept. 30=1989-09-30;a year earlier=1988-09-30"},
	{"year before period end", "Shares closed at $41 on Oct. 12, up from $30 a year earlier.", oct26, "Oct. 12=1989-10-12;a year earlier=1988-01-01..1988-12-31/year+approx"},
	{"year before period end", "The quarter ended with a loss on Oct. 2, against a profit a year earlier.", oct26, "Oct. 2=1989-10-02;a year earlier=1988-01-01..1988-12-31/year+approx"},

	// "The year" alone is left to the clause; a year after it is read.
	{"the year", "It was the year of the dragon.", oct26, ""},
	{"the year", "She had resigned the year before.", oct26, ""},

	// A determiner or possessive before a year.
	{"modifier", "The army never recovered from its 1973 defeat.", "1998-03-06", "1973=1973-01-01..1973-12-31/year"},
	{"modifier", "The charge lowers the bank's 2012 earnings.", "2013-02-01", "2012=2012-01-01..2012-12-31/year"},
	{"modifier", "The notes pay 6% and are due 2031.", "2024-07-24", "2031=2031-01-01..2031-12-31/year"},
	{"modifier", "Its 2,000 workers and 1500 volunteers went home.", oct26, ""},
	{"modifier", "Theresa May said talks would go on.", oct26, ""},

	// A yearless date a past verb only announces lies ahead.
	{"yearless", "Acme Mills declared a dividend of 10 cents, payable Dec. 12 to holders of record Nov. 20.", oct26, "Dec. 12=1989-12-12;Nov. 20=1989-11-20"},
	{"yearless", "The tender offer was extended to Nov. 9.", oct30, "Nov. 9=1989-11-09"},
	{"yearless", "The judge ruled that the firm must file its plan by Jan. 20.", jan6, "Jan. 20=2000-01-20"},
	{"yearless", "In the quarter ended Jan. 31, the company reported higher sales.", oct30, "Jan. 31=1989-01-31"},
	{"yearless", "Since the fund bought the chain in February, it has closed stores.", oct30, "February=1989-02-01..1989-02-28/month"},
	{"yearless", "In January, a week after the election, a blast killed two soldiers.", "1998-10-25", "January=1998-01-01..1998-01-31/month;a week@duration:P1W"},

	// A day before a colon is no clock time.
	{"colon", "The paper wrote in its leader on Sunday, May 3: The vote was fair.", "1998-05-02", "Sunday, May 3=1998-05-03"},
	{"colon", "The meeting starts at 10:30 on Monday.", oct30, "10:30@time:XXXX-XX-XXT10:30;Monday=1989-10-30"},

	// "last" before a month and day.
	{"last month-day", "The mayor was elected last Nov. 8 by a wide margin.", "1999-04-19", "last Nov. 8=1998-11-08"},
	{"last month-day", "Talks resume next March 3 in Geneva.", oct26, "next March 3=1990-03-03"},

	// Terms of a deal point ahead.
	{"cues", "The warrants, which expire Dec. 4, can be traded in London.", oct26, "Dec. 4=1989-12-04"},
	{"cues", "The convoy could cross the border as soon as Tuesday, officials said.", "2000-04-03", "Tuesday=2000-04-04"},

	// Years in words, as transcripts write them.
	{"spoken", "In nineteen eighty-four the mine was closed.", "1998-01-15", "nineteen eighty-four=1984-01-01..1984-12-31/year"},
	{"spoken", "The plan aims to wire every school by the year two thousand.", "1998-02-05", "the year two thousand=2000-01-01..2000-12-31/year"},
	{"spoken", "Nineteen people died in the fire.", oct26, ""},

	// A range gives its two ends, each with its own grain.
	{"range", "The number of dairy farms fell between 1975 and 1985.", "1998-10-25", "1975=1975-01-01..1975-12-31/year;1985=1985-01-01..1985-12-31/year"},
	{"range", "The museum will stay open from today through Nov. 12.", "1989-10-27", "today=1989-10-27;Nov. 12=1989-11-12"},

	// A fiscal year or quarter named from today; "the latest" is the last
	// one reported.
	{"fiscal", "The brewer expects its profit to grow in the current fiscal year.", oct26, "the current fiscal year=1989-01-01..1989-12-31/year"},
	{"fiscal", "Ministers will cut spending next fiscal year, the budget office said.", "1998-02-06", "next fiscal year=1999-01-01..1999-12-31/year"},
	{"fiscal", "Revenue in the latest fiscal year climbed to C$4 billion.", oct26, "the latest fiscal year=1988-01-01..1988-12-31/year"},
	{"fiscal", "Sales rose 4% in the latest quarter.", oct26, "the latest quarter=1989-07-01..1989-09-30/quarter"},
	{"fiscal", "The fiscal agent of the bond issue was replaced.", oct26, ""},
	{"fiscal", "The latest figures show a slowdown.", oct26, ""},

	// Business news names the quarter it reports as an adjective, as "the
	// quarter", or as "the latest period"; a quarter ended on a calendar
	// quarter's last day is that quarter.
	{"quarter", "The insurer's third-quarter profit doubled.", oct26, "third-quarter=1989-07-01..1989-09-30/quarter"},
	{"quarter", "Fourth-quarter sales slipped 3%, the retailer said.", jan6, "Fourth-quarter=1999-10-01..1999-12-31/quarter"},
	{"quarter", "Net income for the quarter fell 12%.", oct30, "the quarter=1989-07-01..1989-09-30/quarter"},
	{"quarter", "Margins narrowed in the latest period.", jan6, "the latest period=1999-10-01..1999-12-31/quarter"},
	{"quarter", "For the quarter ended Sept. 30, the airline lost money.", oct26, "the quarter=1989-07-01..1989-09-30/quarter;Sept. 30=1989-09-30"},
	{"quarter", "Only a quarter of the voters turned out.", oct26, ""},
	{"quarter", "The team won the quarter-final.", oct26, ""},

	// Centuries named without their years.
	{"century", "Bridges of the 19th century still carry the line.", jan6, "the 19th century=1800-01-01..1899-12-31/year"},
	{"century", "It is the worst flood this century.", oct26, "this century=1900-01-01..1999-12-31/year"},
	{"century", "The firm's decades of work and a century-old mill were lost.", oct26, "decades@duration:PXE"},

	// The first months of a year, as business news reports them.
	{"stretch", "Exports rose 8% in the first nine months of the year.", oct26, "the first nine months=1989-01-01..1989-09-30/month;the year=1989-01-01..1989-12-31/year"},
	{"stretch", "In the first six months, the chain opened 40 stores.", jan6, "the first six months=1999-01-01..1999-06-30/month"},
	{"stretch", "The first three quarters of 1998 were the weakest.", jan6, "The first three quarters=1998-01-01..1998-09-30/month;1998=1998-01-01..1998-12-31/year"},
	{"stretch", "He spent the first two months of his term abroad.", oct26, "two months@duration:P2M"},
	{"stretch", "The two months he spent in jail changed him.", oct26, "two months@duration:P2M"},

	// The year a story stands in, named without its number.
	{"story year", "Sales for the full year should top $2 billion, the chairman said.", oct26, "the full year=1989-01-01..1989-12-31/year"},
	{"story year", "For the year, the airline expects a small loss.", "1998-02-06", "the year=1998-01-01..1998-12-31/year"},
	{"story year", "The two banks hope to complete the merger by year-end.", oct30, "year-end=1989-01-01..1989-12-31/year+end"},
	{"story year", "Output should recover around year end, analysts said.", jan6, "year end=2000-01-01..2000-12-31/year+end"},
	{"story year", "The new terminal will be ready by the end of the year.", oct26, "the end of the year=1989-01-01..1989-12-31/year+end"},
	{"story year", "Storms hit the coast three times in the year, more than ever.", oct26, ""},
	{"story year", "It was the year that changed the party.", oct26, ""},
	{"story year", "The chemicals maker cut its profit forecast for the fiscal year.", oct26, "the fiscal year=1989-01-01..1989-12-31/year"},
	{"story year", "Analysts expect a loss in the fiscal year, the brokerage said.", jan6, "the fiscal year=2000-01-01..2000-12-31/year"},
	{"story year", "The plan takes effect in the fiscal year beginning next July.", oct26, "next July=1990-07-01..1990-07-31/month"},

	// "That year", "the following year" count from the date the sentence
	// named before them, not from today.
	{"that year", "The colonel was promoted in May 1995, and the following year he was posted abroad.", "1998-04-18", "May 1995=1995-05-01..1995-05-31/month;the following year=1996-01-01..1996-12-31/year"},
	{"that year", "The singer left for Paris in June 1998 and came home later that year.", "2000-01-28", "June 1998=1998-06-01..1998-06-30/month;later that year=1998-01-01..1998-12-31/year+later"},
	{"that year", "The mill closed on March 3, 1991, and the same month its owner sold the land.", oct26, "March 3, 1991=1991-03-03;the same month=1991-03-01..1991-03-31/month"},
	{"that year", "Few traders expected that year to end with a rally.", oct26, ""},
	{"that year", "On Monday the bank said that year-end bonuses would shrink.", oct26, "Monday=1989-10-23;year-end=1989-01-01..1989-12-31/year+end"},

	// The month just gone, under a future verb, is the one reported on.
	{"month gone", "The trade figures for October are due out next week.", "1989-11-02", "October=1989-10-01..1989-10-31/month;next week=1989-11-06..1989-11-12/week"},
	{"month gone", "Retail sales for December will be published on Friday.", jan6, "December=1999-12-01..1999-12-31/month;Friday=2000-01-07"},
	{"month gone", "The board will meet in September to pick a chairman.", "1989-11-10", "September=1990-09-01..1990-09-30/month"},
	{"month gone", "The vote is planned for October 28.", "1989-11-02", "October 28=1990-10-28"},
	// "next to" and "next door" name a place, not the future.
	{"next to", "Dozens have been injured in the explosion next to the army base on Friday.", "2024-06-08", "Friday=2024-06-07"},
	{"next to", "Police discovered a second device next door to the station on Monday.", "2024-06-08", "Monday=2024-06-03"},
	{"next to", "The ministers will meet next to the old harbour on Friday.", "2024-06-08", "Friday=2024-06-14"},
	// "last" before the month just gone names the one a year before.
	{"last month name", "Two army helicopters collided last February.", "1998-03-04", "last February=1997-02-01..1997-02-28/month"},
	{"last month name", "The mine has been shut since last September, the union said.", "1999-10-12", "last September=1998-09-01..1998-09-30/month"},
	{"last month name", "The index peaked this past February.", "1998-03-04", "this past February=1998-02-01..1998-02-28/month"},
	{"last month name", "The talks broke down last December.", jan6, "last December=1999-12-01..1999-12-31/month"},
	// "The year" closing "the first nine months of" is the story's year.
	{"months of the year", "Orders have slowed in the closing months of the year, the company said.", "1989-12-12", "months@duration:PXM;the year=1989-01-01..1989-12-31/year"},
	{"months of the year", "Bookings usually pick up in the final weeks of the year.", "1998-11-20", "weeks@duration:PXW;the year=1998-01-01..1998-12-31/year"},
	{"months of the year", "He swims in the lake most days of the year.", oct26, "days@duration:PXD"},
	// A month modifying a noun after an article or possessive.
	{"month modifier", "The union rejected a July offer from the airline.", oct26, "July=1989-07-01..1989-07-31/month"},
	{"month modifier", "The fund's January inflows were the strongest in a decade.", "1998-03-04", "January=1998-01-01..1998-01-31/month;a decade@duration:P10Y"},
	{"month modifier", "The band played its June Carter tribute.", oct26, ""},
	{"month modifier", "They watched a march through the town.", oct26, ""},
	// "that day", "the same day", and "the day" in apposition name the
	// day the sentence gave before them.
	{"that day", "Shares fell on Oct. 12, the day before the crash.", oct26, "Oct. 12=1989-10-12;the day=1989-10-12"},
	{"that day", "The rebels entered the town on March 3 and left later that day.", "1998-03-10", "March 3=1998-03-03;later that day=1998-03-03+later"},
	{"that day", "The strike began on Monday and spread to the docks the same day.", oct26, "Monday=1989-10-23;the same day=1989-10-23"},
	{"that day", "He was elected in 1988 and never forgot that day.", oct26, "1988=1988-01-01..1988-12-31/year"},
	// A year after a possessive or article and one adjective, before a noun.
	{"adjective year", "The senator never recovered from his bitter 1996 campaign.", "1998-02-13", "1996=1996-01-01..1996-12-31/year"},
	{"adjective year", "Courts are still hearing appeals over the disputed 2000 count.", "2001-03-02", "2000=2000-01-01..2000-12-31/year"},
	{"adjective year", "The army sent their remaining 1500 troops home.", "1998-02-13", ""},
	{"adjective year", "The firm hired an extra 2000 workers.", "1998-02-13", ""},
	// A holiday's week is the week holding the holiday.
	{"holiday week", "Shops stayed open late through Christmas week.", "1999-12-30", "Christmas week=1999-12-20..1999-12-26/week"},
	{"holiday week", "Pilgrims filled the old city as Easter week began.", "2000-04-17", "Easter week=2000-04-17..2000-04-23/week"},
	{"holiday week", "The family spent Christmas at home.", "1999-12-30", "Christmas=1999-12-25"},
	// "The past week" is the seven days up to today, as one week the one
	// holding most of them; "last week" is the calendar week before.
	{"past week", "Aid workers have been in the camp for the past week.", jan6, "the past week=2000-01-03..2000-01-09/week"},
	{"past week", "Grain prices rose 3% in the last week, traders said.", oct30, "the last week=1989-10-23..1989-10-29/week"},
	{"past week", "The envoys met last week in Vienna.", jan6, "last week=1999-12-27..2000-01-02/week"},
	// A span of years written with the second year's last two digits, as
	// seasons and fiscal years are: each end is its year.
	{"short year span", "The club won the title in the 1998-99 season.", "2000-05-02", "1998=1998-01-01..1998-12-31/year;99=1999-01-01..1999-12-31/year"},
	{"short year span", "The ministry cut spending in fiscal 1989-90, officials said.", oct26, "1989=1989-01-01..1989-12-31/year;90=1990-01-01..1990-12-31/year"},
	{"short year span", "Enrolment peaked in the 1999-00 school year.", "2001-09-04", "1999=1999-01-01..1999-12-31/year;00=2000-01-01..2000-12-31/year"},
	{"short year span", "Call 1998-25 for tickets.", oct26, ""},
	{"short year span", "Flight 2005-06 landed late.", oct26, ""},
	// A past story goes on in the year it has set: "the year" a past verb
	// governs after a date of an earlier year is that date's year.
	{"narrative year", "The strike began in November and was settled by the end of the year.", "2001-02-14", "November=2000-11-01..2000-11-30/month;the end of the year=2000-01-01..2000-12-31/year+end"},
	{"narrative year", "Exports slumped in October but recovered before the end of the year, the ministry said.", "2001-02-14", "October=2000-10-01..2000-10-31/month;the end of the year=2000-01-01..2000-12-31/year+end"},
	{"narrative year", "Sales fell in November, and the company expects a profit by the end of the year.", "2001-02-14", "November=2000-11-01..2000-11-30/month;the end of the year=2001-01-01..2001-12-31/year+end"},
	// A record or a run of weeks as market news tells it is the story's
	// week (the week just ended, told in the past on a Monday).
	{"record week", "Stocks posted their best week since March, rising 6%.", "2009-07-17", "best week=2009-07-13..2009-07-19/week;March=2009-03-01..2009-03-31/month"},
	{"record week", "Oil prices fell for a third straight week as stockpiles grew.", jan6, "third straight week=2000-01-03..2000-01-09/week"},
	{"record week", "The Dow had its worst week in five months, traders said.", oct30, "worst week=1989-10-23..1989-10-29/week;five months@duration:P5M"},
	{"record week", "It was the best week of his life.", oct26, ""},
	{"record week", "In October 1987 the market had its worst week since 1933.", oct26, "October 1987=1987-10-01..1987-10-31/month;1933=1933-01-01..1933-12-31/year"},
	// A weekday closing "until" in a sentence with no firm past form is the
	// day a state lasts up to: ahead.
	{"until weekday", "The exchange has suspended trading until Friday, officials said.", oct30, "Friday=1989-11-03"},
	{"until weekday", "Schools stay closed till Monday because of the storm.", oct26, "Monday=1989-10-30"},
	{"until weekday", "The border was closed until Tuesday, when the first trucks crossed.", oct26, "Tuesday=1989-10-24"},

	// Lengths of time (TimeML DURATION) are found and given their TimeML
	// value, never a date: a count and a unit, with a number written in
	// words, digits, a half or a range of counts.
	{"length", "The strike lasted three weeks and cost the port 14 days of trade.", oct26, "three weeks@duration:P3W;14 days@duration:P14D"},
	{"length", "Talks have been frozen for nearly two years, a diplomat said.", oct26, "two years@duration:P2Y"},
	{"length", "A minute and a half later the lights went out.", oct26, "A minute and a half@duration:PT1M30S"},
	{"length", "Refugees lived in the camps for 2 1/2 years before a couple of months of talks.", oct26, "2 1/2 years@duration:P2Y6M;a couple of months@duration:P2M"},
	{"length", "The crew spent twenty four hours at sea and an additional day in port.", oct26, "twenty four hours@duration:PT24H;an additional day@duration:P1D"},
	{"length", "Repairs will take two to three weeks, or a few days at best.", oct26, "two to three weeks@duration:P2W;a few days@duration:PXD"},
	// A rate is no length, and neither is an age.
	{"length", "He earns $40,000 a year and prices rise 3% a year.", oct26, ""},
	{"length", "The victim, 52 years old, and his 6-year-old son were hurt.", oct26, ""},
	{"length", "A year-end rally lifted stocks.", oct26, "year-end=1989-01-01..1989-12-31/year+end"},
	// A length as a modifier, hyphenated or not.
	{"length modifier", "The minister ended a two-day visit to Seoul.", oct26, "two-day@duration:P2D"},
	{"length modifier", "Yields on the 30-year bond fell after a 16-hour session.", oct26, "30-year@duration:P30Y;16-hour@duration:PT16H"},
	{"length modifier", "Shares hit a five year low before a two day rally.", oct26, "five year@duration:P5Y;two day@duration:P2D"},
	{"length modifier", "A 44-year-old man was arrested.", oct26, ""},
	// A unit in the plural alone is a length the text does not give.
	{"bare length", "Fighting has raged for years in the north.", oct26, "years@duration:PXY"},
	{"bare length", "Within weeks the town was rebuilt, after months of talks.", oct26, "weeks@duration:PXW;months@duration:PXM"},
	{"bare length", "The envoy's car was seen near the house in the days before the attack.", oct26, "days@duration:PXD"},
	{"bare length", "The army seized the enemy's winter quarters.", oct26, ""},
	// A decade up to now or ahead.
	{"past decade", "Crime has fallen steadily over the past decade.", oct26, "past decade@duration:P10Y"},
	{"past decade", "Demand will double in the next decade, the report said.", oct26, "next decade@duration:P10Y"},
	{"past decade", "The decade's best film won the prize.", oct26, ""},

	// Recurrences (TimeML SET): an adverb of frequency, "every" or "each"
	// with a unit, a month, a weekday, a season or a part of the day, and
	// "per" with a unit.
	{"set", "The council meets weekly and publishes its accounts annually.", oct26, "weekly@set:P1W;annually@set:P1Y"},
	{"set", "Protesters gather daily outside the embassy.", oct26, "daily@set:P1D"},
	{"set", "The festival is held every summer and the parade each July.", oct26, "every summer@set:XXXX-SU;each July@set:XXXX-07"},
	{"set", "Inspectors visit the plant every two weeks and file a report each Tuesday.", oct26, "every two weeks@set:P2W;each Tuesday@set:XXXX-WXX-2"},
	{"set", "The pump moves 500 litres per hour, every day.", oct26, "per hour@set:PT1H;every day@set:P1D"},
	{"set", "He writes for the Daily Telegraph.", oct26, ""},
	{"set", "Each of the ministers spoke, and they praised each other.", oct26, ""},

	// A time of day as a clock gives it (TimeML TIME); the day beside it is
	// a date of its own.
	{"clock", "The blast struck at 6 a.m. near the station.", oct26, "6 a.m.@time:XXXX-XX-XXT06:00"},
	{"clock", "The offer expires at midnight Friday and the vote closes at 5:30 p.m. Monday.", oct26, "midnight@time:XXXX-XX-XXT24:00;Friday=1989-10-27;5:30 p.m.@time:XXXX-XX-XXT17:30;Monday=1989-10-30"},
	{"clock", "Polls closed at 20:30 local time and the count began at noon.", oct26, "20:30@time:XXXX-XX-XXT20:30;noon@time:XXXX-XX-XXT12:00"},
	{"clock", "The index fell 6.5% and the home side won 3:2.", oct26, ""},
	// Stop 38: the day next to a day the sentence named, and the week
	// after or before it; a date coarser than the unit names none.
	{"next day", "The ship docked on Oct. 3 and sailed the next day.", oct26, "Oct. 3=1989-10-03;the next day=1989-10-04"},
	{"next day", "Rebels seized the town on Saturday, and the following day the army shelled it.", oct26, "Saturday=1989-10-21;the following day=1989-10-22"},
	{"next day", "The minister resigned on Jan. 3; the previous day, he had met the king.", jan6, "Jan. 3=2000-01-03;the previous day=2000-01-02"},
	{"next day", "Police said the two men were seen on Sept. 12 and again the day after.", oct26, "Sept. 12=1989-09-12;the day after=1989-09-13"},
	{"next day", "The army shelled the town the next day.", oct26, ""},
	{"next day", "He was arrested on Monday, the day after his brother's funeral.", oct26, "Monday=1989-10-23;the day=1989-10-23"},
	{"next day", "Troops landed in 1994 and left the following day.", oct26, "1994=1994-01-01..1994-12-31/year"},
	{"next day", "Talks opened on Monday, Oct. 2, and broke up the following week.", oct26, "Monday, Oct. 2=1989-10-02;the following week=1989-10-09..1989-10-15/week"},
	{"next day", "The strike began on Aug. 14 and spread to the ports that week.", oct26, "Aug. 14=1989-08-14;that week=1989-08-14..1989-08-20/week"},
	{"next day", "The plant opened in 1987 and was sold the following month.", oct26, "1987=1987-01-01..1987-12-31/year"},
	{"next day", "The strike began in August and spread to the ports the following week.", oct26, "August=1989-08-01..1989-08-31/month"},

	// A month's possessive is the month.
	{"month's", "September's trade figures showed a wider deficit.", "1989-11-02", "September=1989-09-01..1989-09-30/month"},
	{"month's", "Insurers are still counting the cost of October's earthquake.", "1989-11-02", "October=1989-10-01..1989-10-31/month"},
	{"month's", "May's cabinet met in Downing Street.", "2019-03-12", ""},

	// More named days: the American Election Day (the Tuesday after the
	// first Monday in November), Veterans Day, Columbus Day, International
	// Women's Day, St. Patrick's Day, Bastille Day, May Day.
	{"named day", "Voters in three states approved the measure on Election Day.", "1998-11-05", "Election Day=1998-11-03"},
	{"named day", "The parade will go ahead on Veterans Day despite the rain.", "1998-11-05", "Veterans Day=1998-11-11"},
	{"named day", "Protesters marched through Denver on Columbus Day.", "1998-11-05", "Columbus Day=1998-10-12"},
	{"named day", "International Women's Day is this coming Sunday.", "1998-03-05", "International Women's Day=1998-03-08;this coming Sunday=1998-03-08"},
	{"named day", "Turnout on election day was low across the country.", "1998-11-05", ""},

	// The end of a period as business news writes it, "midyear", and
	// "early in the year".
	{"period end", "The thrift expects to complete the sale by year's end.", oct26, "year's end=1989-01-01..1989-12-31/year+end"},
	{"period end", "Dealers said the notes were sold at month's end.", "1989-11-02", "month's end=1989-10-01..1989-10-31/month+end"},
	{"period end", "Reserves stood at $4 billion at year-end 1988, the bank said.", oct26, "year-end 1988=1988-01-01..1988-12-31/year+end"},
	{"period end", "Retailers promoted the year's end-of-season clearance.", oct26, ""},
	{"midyear", "The stock has doubled since midyear.", oct26, "midyear=1989-01-01..1989-12-31/year+mid"},
	{"midyear", "The plant will reopen by midyear, the company said.", oct26, "midyear=1990-01-01..1990-12-31/year+mid"},
	{"midyear", "The midyear-end bonuses were paid.", oct26, ""},
	{"early in the", "Profit fell sharply late in the year.", jan6, "late in the year=2000-01-01..2000-12-31/year+end"},
	{"early in the", "The mill closed in 1987, early in the year.", oct26, "1987=1987-01-01..1987-12-31/year;early in the year=1987-01-01..1987-12-31/year+start"},
	{"early in the", "Traders were early in the market.", oct26, ""},

	// "A year before" closing a clause is "a year earlier"; "the new year"
	// late or early in a year.
	{"year before", "Exports rose 5% from a year before, the ministry said.", oct26, "a year before=1988-01-01..1988-12-31/year+approx"},
	{"year before", "A year before, the mill had posted a loss.", jan6, "A year before=1999-01-01..1999-12-31/year+approx"},
	{"year before", "A year before the election, the party split.", oct26, "A year@duration:P1Y"},
	{"new year", "Talks on the treaty will resume in the new year.", "1989-11-02", "the new year=1990-01-01..1990-12-31/year"},
	{"new year", "Prices have risen sharply since the new year.", "1990-02-02", "the new year=1990-01-01..1990-12-31/year"},
	{"new year", "The new year's first session opened quietly.", "1989-11-02", ""},

	// A month in the middle of a list of months; a season after "over the".
	{"month list", "Car sales rose in August, September and October.", "1989-11-02", "August=1989-08-01..1989-08-31/month;September=1989-09-01..1989-09-30/month;October=1989-10-01..1989-10-31/month"},
	{"month list", "Exports fell in June, July and August, the ministry said.", "1989-11-02", "June=1989-06-01..1989-06-30/month;July=1989-07-01..1989-07-31/month;August=1989-08-01..1989-08-31/month"},
	{"month list", "Talks ended on Friday, June Carter said.", oct26, "Friday=1989-10-20"},
	{"over the", "Home sales slowed over the summer, the agents said.", "1989-11-02", "the summer=1989-06-21..1989-09-22/range"},
	{"over the", "Dealers fretted over the winter, when heating oil ran short.", "1989-11-02", "the winter=1988-12-21..1989-03-20/range"},
	{"over the", "Traders worried over the fall in the dollar.", "1989-11-02", ""},
	{"year list", "The mill lost money in 1987, 1988 and 1989.", "1989-11-02", "1987=1987-01-01..1987-12-31/year;1988=1988-01-01..1988-12-31/year;1989=1989-01-01..1989-12-31/year"},
	{"year list", "The bank, founded 1948, has 40 branches.", "1989-11-02", "1948=1948-01-01..1948-12-31/year"},
	{"year list", "The plant employs 1200, 1500 in the peak season.", "1989-11-02", ""},
	{"year list", "In 1988, 1,500 workers were hired.", "1989-11-02", "1988=1988-01-01..1988-12-31/year"},

	// Stop 38, second helper: a date straight after "ended" is past
	// whatever the clause's tense.
	{"ended", "Results for the three months ended July 31 will be reported next week.", "1990-08-14", "three months@duration:P3M;July 31=1990-07-31;next week=1990-08-20..1990-08-26/week"},
	{"ended", "The utility will mail its report for the year ended in June to holders next month.", "1990-08-14", "the year=1990-01-01..1990-12-31/year;June=1990-06-01..1990-06-30/month;next month=1990-09-01..1990-09-30/month"},
	{"ended", "The strike will have ended by July 31, the union predicted.", "1990-06-14", "July 31=1990-07-31"},
	// More irregular past forms as past cues ("flew", "withdrew", "knew").
	{"past forms", "The king, who flew to Baghdad Monday, will see Bush Thursday.", "1990-08-15", "Monday=1990-08-13;Thursday=1990-08-16"},
	{"past forms", "The army, which withdrew from the town Sunday, will return next month.", "1990-08-15", "Sunday=1990-08-12;next month=1990-09-01..1990-09-30/month"},
	{"past forms", "Analysts knew on Monday that the bid would fail.", "1990-08-15", "Monday=1990-08-13"},
	{"past forms", "The Fed is expected to cut rates Tuesday.", "1990-08-15", "Tuesday=1990-08-21"},
	// "The preceding month", "the prior year" are "the previous"; "the
	// month before", "the year after" closing a clause count from the date
	// the sentence named.
	{"prior", "Personal income rose 0.5% last month, after a 0.3% gain the preceding month.", "1989-11-03", "last month=1989-10-01..1989-10-31/month;the preceding month=1989-09-01..1989-09-30/month"},
	{"prior", "Net income in the prior year was $3 million.", "1990-08-14", "the prior year=1989-01-01..1989-12-31/year"},
	{"prior", "The prior owners sold the mill.", "1990-08-14", ""},
	{"unit before", "Orders for durable goods fell 1.2% in September after rising 3% the month before.", "1989-11-03", "September=1989-09-01..1989-09-30/month;the month before=1989-08-01..1989-08-31/month"},
	{"unit before", "The stock rose 2% last week and 3% the week before.", "1990-08-14", "last week=1990-08-06..1990-08-12/week;the week before=1990-07-30..1990-08-05/week"},
	{"unit before", "The company was founded in 1985 and went public the year after.", "1990-08-14", "1985=1985-01-01..1985-12-31/year;the year after=1986-01-01..1986-12-31/year"},
	{"unit before", "The army shelled the town the week before.", "1990-08-14", ""},
	{"unit before", "Shares rose 2% the week before the election.", "1990-08-14", ""},
	{"unit before", "The plant opened in 1987 and was sold the month after.", "1990-08-14", "1987=1987-01-01..1987-12-31/year"},
	// "Prior-year" is "year-earlier".
	{"prior-year", "Revenue rose 5% from the prior-year period.", "1990-08-14", "prior-year=1989-01-01..1989-12-31/year"},
	{"prior-year", "The loss compared with a prior-year profit of $3 million.", "1990-08-14", "prior-year=1989-01-01..1989-12-31/year"},
	{"prior-year", "The company cut its prior-year-end estimate.", "1990-08-14", "year-end=1990-01-01..1990-12-31/year+end"},
	// Modals and wishes that look ahead: "should", "might", "hope to",
	// "supposed to", "expected back".
	{"modal", "The talks should resume Monday.", "1998-01-14", "Monday=1998-01-19"},
	{"modal", "The inspectors hope to return Monday.", "1998-01-14", "Monday=1998-01-19"},
	{"modal", "He's expected back Saturday, aides said.", "1998-01-14", "Saturday=1998-01-17"},
	{"modal", "The team was supposed to begin work Monday, but Iraq blocked it.", "1998-01-14", "Monday=1998-01-12"},
	// "A week ago Thursday": that weekday of a week gone.
	{"week ago wd", "A week ago Thursday, the company announced layoffs.", "1998-02-13", "A week ago Thursday=1998-02-05"},
	{"week ago wd", "Rebels attacked the town two weeks ago Sunday.", "1998-02-13", "two weeks ago Sunday=1998-01-25"},
	{"week ago wd", "The talks collapsed a week ago, Thursday officials said.", "1998-02-13", "a week ago=1998-02-02..1998-02-08/week+approx;Thursday=1998-02-12"},
	// A bare "last" for the period just named: "this year as last".
	{"elided last", "The gain would mean nearly twice the dividend this year as last.", oct26, "this year=1989-01-01..1989-12-31/year;last=1988-01-01..1988-12-31/year"},
	{"elided last", "Sales this year and last were hurt by the strike.", oct26, "this year=1989-01-01..1989-12-31/year;last=1988-01-01..1988-12-31/year"},
	{"elided last", "The company earned more this month than last, analysts said.", oct26, "this month=1989-10-01..1989-10-31/month;last=1989-09-01..1989-09-30/month"},
	{"elided last", "The mill was the first and last to close.", oct26, ""},
	// A month or a day with its year in words, as transcripts write it.
	{"spoken year", "That was back in January of nineteen ninety-seven.", "1998-03-05", "January of nineteen ninety-seven=1997-01-01..1997-01-31/month"},
	{"spoken year", "The accord was signed September ninth, nineteen ninety-five.", "1998-03-05", "September ninth, nineteen ninety-five=1995-09-09"},
	{"spoken year", "In March, nineteen people died in the floods.", "1998-04-05", "March=1998-03-01..1998-03-31/month"},
	// A month's day with its year after it: "March 3 of last year".
	{"day of year", "The strike began on March 3 of last year.", "1998-03-05", "March 3 of last year=1997-03-03"},
	{"day of year", "Police found the car on Jan. 12 last year.", "1998-03-05", "Jan. 12 last year=1997-01-12"},
	{"day of year", "The strike began on March 3, last year's hottest day.", "1998-03-05", "March 3=1998-03-03;last year=1997-01-01..1997-12-31/year"},
	// "The week before last": the unit two before the reference day's.
	{"before last", "The week before last, the rebels seized two towns.", "1998-02-11", "The week before last=1998-01-26..1998-02-01/week"},
	{"before last", "Sales rose 4% in the month before last, the ministry said.", "1998-02-11", "the month before last=1997-12-01..1997-12-31/month"},
	{"before last", "The weekend before last, a gunman killed four people.", "1998-02-16", "The weekend before last=1998-02-07..1998-02-08/range"},
	{"before last", "The company lost money the year before last.", "1998-02-11", "the year before last=1996-01-01..1996-12-31/year"},
	{"before last", "He campaigned in Iowa the month before last year's election.", "1998-02-11", "last year=1997-01-01..1997-12-31/year"},
	// "Two nights ago": the day so many days back.
	{"nights ago", "Two nights ago, gunmen attacked a bus outside Algiers.", "1998-02-11", "Two nights ago=1998-02-09"},
	{"nights ago", "The fire broke out three nights ago in the old quarter.", "1998-02-11", "three nights ago=1998-02-08"},
	{"nights ago", "He spent two nights in jail a week ago.", "1998-02-11", "a week ago=1998-02-02..1998-02-08/week+approx"},
	{"before last", "The minister resigned the night before last.", "1998-02-11", "the night before last=1998-02-09"},
	// "Midweek" written solid, as "mid-week" is read.
	{"midweek", "A decision is expected by midweek, aides said.", "1998-02-11", "midweek=1998-02-09..1998-02-15/week+mid"},
	{"midweek", "Prices steadied at midweek after early losses.", "1998-02-13", "midweek=1998-02-09..1998-02-15/week+mid"},
	{"midweek", "Talks stalled in mid-week.", "1998-02-13", "mid-week=1998-02-09..1998-02-15/week+mid"},
	{"midweek", "The midweek-ish lull is over.", "1998-02-13", ""},
	// "A year ago today": the same day so many years back, one date.
	{"ago today", "A year ago today, the Berlin Wall came down.", "1990-11-09", "A year ago today=1989-11-09"},
	{"ago today", "Two years ago this week, the president was re-elected.", "1998-02-11", "Two years ago this week=1996-02-05..1996-02-11/week"},
	{"ago today", "A year ago this month, the bank failed.", "1998-02-11", "A year ago this month=1997-02-01..1997-02-28/month"},
	{"ago today", "The deadline is a week from tomorrow.", "1998-02-11", "a week from tomorrow=1998-02-19"},
	{"ago today", "A year ago, prices were higher; today they are falling.", "1998-02-11", "A year ago=1997-01-01..1997-12-31/year+approx;today=1998-02-11"},
	// A named day with its year after a comma.
	{"holiday year", "He died on New Year's Day, 1997.", "1998-02-11", "New Year's Day, 1997=1997-01-01"},
	{"holiday year", "On Christmas Day, 1996, the ceasefire collapsed.", "1998-02-11", "Christmas Day, 1996=1996-12-25"},
	{"holiday year", "On Christmas, 1,000 people attended mass.", "1998-02-11", "Christmas=1997-12-25"},
}

func formatWhole(e Expression) string {
	w := e.Value.Whole()
	s := e.Text + "=" + w.Start.Format("2006-01-02")
	if !w.End.Equal(w.Start) || w.Grain != GrainDay {
		s += ".." + w.End.Format("2006-01-02") + "/" + string(w.Grain)
	}
	if e.Value.Mod != ModNone {
		s += "+" + string(e.Value.Mod)
	}
	return s
}

// formatKind writes an expression that is no date as "TEXT@KIND:VALUE",
// its TimeML value ("three years@duration:P3Y").
func formatKind(e Expression) string {
	return e.Text + "@" + string(e.Kind) + ":" + e.Norm
}

func TestNewswire(t *testing.T) {
	for _, c := range newsCases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			var got []string
			for _, x := range FindInSentence(c.text, mustDay(t, c.ref)) {
				for _, e := range x.Dates() {
					if c.text[e.Start:e.End] != e.Text {
						t.Errorf("expression %q has offsets [%d,%d) for %q", e.Text, e.Start, e.End, c.text[e.Start:e.End])
					}
					if e.Kind != KindDate {
						got = append(got, formatKind(e))
						continue
					}
					got = append(got, formatWhole(e))
				}
			}
			// Find, which dates events, gives dates only.
			for _, x := range Find(c.text, mustDay(t, c.ref), TenseOf(c.text)) {
				if x.Kind != KindDate {
					t.Errorf("Find(%q) gave the %s %q", c.text, x.Kind, x.Text)
				}
			}
			want := wantValues(c.want)
			if strings.Join(got, ";") != strings.Join(want, ";") {
				t.Errorf("FindInSentence(%q, ref %s)\n got %q\nwant %q", c.text, c.ref, got, want)
			}
		})
	}
}

// TestWholeAndDays holds a part to both readings: the days meant and the
// period named.
func TestWholeAndDays(t *testing.T) {
	v, ok := Parse("early March", mustDay(t, oct26), TenseFuture)
	if !ok {
		t.Fatal("Parse(early March) found nothing")
	}
	if got := formatExpr(Expression{Text: "x", Value: v}); got != "x=1990-03-01..1990-03-10/range" {
		t.Errorf("days of early March = %s", got)
	}
	if w := v.Whole(); w.Grain != GrainMonth || !w.Start.Equal(mustDay(t, "1990-03-01")) || !w.End.Equal(mustDay(t, "1990-03-31")) || v.Mod != ModStart {
		t.Errorf("early March: whole %v, mod %q", w, v.Mod)
	}
	d, _ := Parse("July 28", mustDay(t, oct26), TenseFuture)
	if w := d.Whole(); !w.Start.Equal(d.Start) || !w.End.Equal(d.End) || w.Grain != d.Grain || d.Mod != ModNone {
		t.Errorf("a plain day's whole is itself: %v, mod %q", w, d.Mod)
	}
}

// wantValues reads a case's expected expressions, "text=value" joined by
// ";", each value normalised and its "+mod" kept; a reference written
// "text@kind" is kept as it is.
func wantValues(s string) []string {
	var want []string
	if s == "" {
		return want
	}
	for _, w := range strings.Split(s, ";") {
		if strings.Contains(w, "@") {
			want = append(want, w)
			continue
		}
		mod := ""
		if k := strings.LastIndex(w, "+"); k > 0 {
			w, mod = w[:k], w[k:]
		}
		want = append(want, normalise(w)+mod)
	}
	return want
}
