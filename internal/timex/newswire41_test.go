package timex

// Stop 41: sentences written for the forms of newswire41.go and the stop's
// cues in data/tense.tsv, held by TestNewswire.
func init() {
	newsCases = append(newsCases, newsCases41...)
}

var newsCases41 = []newsCase{
	// A date an event was brought forward to, or a deadline a party has.
	{"brought forward", "The elections were moved up to March 18.", "1990-01-02", "March 18=1990-03-18"},
	{"brought forward", "The vote was brought forward to Tuesday.", "1998-02-19", "Tuesday=1998-02-24"},
	{"brought forward", "The price moved up to $5 on Tuesday.", "1998-02-19", "Tuesday=1998-02-17"},
	{"deadline", "Iraq has until midnight Friday to comply.", "1990-08-15", "midnight@time:XXXX-XX-XXT24:00;Friday=1990-08-17"},
	{"deadline", "Foreigners have until Monday to leave Kuwait.", "1990-08-15", "Monday=1990-08-20"},
	{"deadline", "Iraq had until noon Saturday to begin its withdrawal.", "1991-02-25", "noon@time:XXXX-XX-XXT12:00;Saturday=1991-02-23"},
	{"deadline", "The House adjourned until Wednesday.", "2023-01-03", "Wednesday=2023-01-04"},
	{"deadline", "The court recessed until Monday.", "2023-01-03", "Monday=2023-01-09"},
	{"deadline", "The rebels held the town until Sunday.", "2023-01-03", "Sunday=2023-01-01"},
	// A length that measures what it names after "of" leaves the day alone.
	{"length of", "The minister arrives late Friday for two days of talks.", oct26, "Friday=1989-10-27;two days@duration:P2D"},
	{"length of", "The minister arrives here Monday for three days of talks.", "1999-03-13", "Monday=1999-03-15;three days@duration:P3D"},
	{"length of", "The exhibition opens Monday for 10 days.", "1999-03-13", "Monday for 10 days=1999-03-15..1999-03-24/range"},
	// A month dating a monthly figure under a future verb is the month reported.
	{"figure month", "The Commerce Department will release September factory orders Thursday.", "1989-11-01", "September=1989-09-01..1989-09-30/month;Thursday=1989-11-02"},
	{"figure month", "The government will release January durable goods orders on Wednesday.", "1991-02-25", "January=1991-01-01..1991-01-31/month;Wednesday=1991-02-27"},
	{"figure month", "The September consumer price index rose 0.2%.", "1989-11-01", "September=1989-09-01..1989-09-30/month"},
	{"figure month", "December sales will be strong, retailers say.", "1989-11-01", "December=1989-12-01..1989-12-31/month"},
	{"figure month", "Analysts will watch the report in June closely.", "1989-11-01", "June=1990-06-01..1990-06-30/month"},
	// Scheduled acts told in the present.
	{"scheduled present", "Seoul's new president takes office Wednesday.", "1998-02-19", "Wednesday=1998-02-25"},
	{"scheduled present", "John Glenn blasts off Thursday aboard the shuttle Discovery.", "1998-10-25", "Thursday=1998-10-29"},
	{"scheduled present", "Prince Harry's memoir goes on sale Tuesday.", "2023-01-03", "Tuesday=2023-01-03"},
	{"scheduled present", "Kim took office Wednesday.", "1998-02-19", "Wednesday=1998-02-18"},
	// A clock time between the deferral and the day.
	{"deadline clock", "The deadline for bids was extended to 5 p.m. Wednesday.", "1989-10-30", "5 p.m.@time:XXXX-XX-XXT17:00;Wednesday=1989-11-01"},
	{"deadline clock", "The offer was extended until 11:30 a.m. EST Friday.", "1989-10-30", "11:30 a.m.@time:XXXX-XX-XXT11:30;Friday=1989-11-03"},
	{"deadline clock", "The talks continued until 5 p.m. Friday.", "1989-10-30", "5 p.m.@time:XXXX-XX-XXT17:00;Friday=1989-10-27"},
	// A month told of as a whole: the subject of a past verb, or a period a market ended.
	{"whole month", "February was the wettest month on record in Los Angeles.", "1998-03-01", "February=1998-02-01..1998-02-28/month"},
	{"whole month", "The Dow closed February at a record high.", "1998-03-01", "February=1998-02-01..1998-02-28/month"},
	{"whole month", "Stocks ended January down 5 percent.", "1998-03-01", "January=1998-01-01..1998-01-31/month"},
	{"whole month", "September has been a bad month for stocks.", "1998-03-01", "September=1997-09-01..1997-09-30/month"},
	{"whole month", "May was elected leader.", "1998-03-01", ""},
	{"whole month", "August is the busiest month for tourism.", "1998-03-01", ""},
	{"whole month", "The store opened January 5 with a sale.", "1998-03-01", "January 5=1998-01-05"},
	// A date straight after "began" or "started" is past whatever the clause's tense.
	{"began", "The crop year that began Aug. 1 will see record exports.", oct26, "Aug. 1=1989-08-01"},
	{"began", "Talks that started Monday will resume today.", oct26, "Monday=1989-10-23;today=1989-10-26"},
	{"began", "The strike will have started by Monday.", oct26, "Monday=1989-10-30"},
	// A weekday naming an unplanned event is the day gone.
	{"event day", "Police are investigating Saturday's bombing.", "1998-02-11", "Saturday=1998-02-07"},
	{"event day", "The suspect in Saturday night's attack is in custody.", "1998-02-11", "Saturday=1998-02-07"},
	{"event day", "Police are investigating the Saturday bombing.", "1998-02-11", "Saturday=1998-02-07"},
	{"event day", "The death toll from Sunday's deadly earthquake will rise.", "1998-02-11", "Sunday=1998-02-08"},
	{"event day", "Saturday's meeting will decide the matter.", "1998-02-11", "Saturday=1998-02-14"},
	// "Ahead of" a weekday: the coming one.
	{"ahead of day", "Ahead of Friday's deadline, diplomats scrambled.", "1998-02-11", "Friday=1998-02-13"},
	{"ahead of day", "Stocks fell Tuesday ahead of Friday's jobs report.", "1998-02-11", "Tuesday=1998-02-10;Friday=1998-02-13"},
	{"ahead of day", "In advance of Sunday's vote, the party held a rally.", "1998-02-11", "Sunday=1998-02-15"},
	{"ahead of day", "Stocks fell after Friday's jobs report.", "1998-02-11", "Friday=1998-02-06"},
	// Closed or open told in the present: the coming day.
	{"closed ahead", "The stock market is closed Monday for New Year's Day.", "1989-12-28", "Monday=1990-01-01;New Year's Day=1990-01-01"},
	{"closed ahead", "Banks remain shut Friday.", "1989-12-28", "Friday=1989-12-29"},
	{"closed ahead", "The bank was closed Monday for Christmas.", "1989-12-28", "Monday=1989-12-25;Christmas=1989-12-25"},
	// A year with a possessive.
	{"possessive year", "1988's results included a one-time gain.", "1989-11-02", "1988=1988-01-01..1988-12-31/year"},
	{"possessive year", "Since 1987's crash, investors are wary.", "1989-11-02", "1987=1987-01-01..1987-12-31/year"},
	{"possessive year", "1990's results included a gain.", "1991-03-02", "1990=1990-01-01..1990-12-31/year"},
	{"possessive year", "1970's styles are back.", "1991-03-02", ""},
	// "The previous Friday", "the following Monday" after a day named.
	{"anchored weekday", "The crash occurred on Jan. 30; the airline had inspected the plane the previous Friday.", "1998-02-11", "Jan. 30=1998-01-30;previous Friday=1998-01-23"},
	{"anchored weekday", "The vote was held on Feb. 2, and the results were announced the following Friday.", "1998-02-11", "Feb. 2=1998-02-02;following Friday=1998-02-06"},
	{"anchored weekday", "The strike began Jan. 5 and ended the preceding Sunday.", "1998-02-11", "Jan. 5=1998-01-05;preceding Sunday=1998-01-04"},
	{"anchored weekday", "The airline inspected the plane the previous Friday.", "1998-02-11", "previous Friday=1998-02-06"},
	// "Both" or "either" between a preposition and a month or year.
	{"both", "Rates fell in both September and October.", "1989-11-01", "September=1989-09-01..1989-09-30/month;October=1989-10-01..1989-10-31/month"},
	{"both", "The company lost money in both 1987 and 1988.", "1989-11-01", "1987=1987-01-01..1987-12-31/year;1988=1988-01-01..1988-12-31/year"},
	{"both", "The vote will come in either January or February.", "1989-11-01", "January=1990-01-01..1990-01-31/month;February=1990-02-01..1990-02-28/month"},
	{"both", "The two sides agreed on both points.", "1989-11-01", ""},
	// An event set on a weekday by a present "is on".
	{"is on day", "The vote is on Saturday.", "1998-03-01", "Saturday=1998-03-07"},
	{"is on day", "The next meeting is on Friday.", "1998-03-01", "Friday=1998-03-06"},
	{"is on day", "The vote was on Saturday.", "1998-03-01", "Saturday=1998-02-28"},
	{"is on day", "The focus is on Saturday's vote.", "1998-03-01", "Saturday=1998-02-28"},
	// A past act with its object or complement before a yearless date.
	{"past act", "The stock was added to the index in December.", oct26, "December=1988-12-01..1988-12-31/month"},
	{"past act", "The index fell to 2,000 on Jan. 3.", oct26, "Jan. 3=1989-01-03"},
	{"past act", "Rates were cut twice in January and once in February.", oct26, "January=1989-01-01..1989-01-31/month;February=1989-02-01..1989-02-28/month"},
	{"past act", "Mr. Smith was named chairman of the board in December.", oct26, "December=1988-12-01..1988-12-31/month"},
	{"past act", "The company declared a dividend payable in December.", oct26, "December=1989-12-01..1989-12-31/month"},
	{"past act", "The company said the plant would be closed for two weeks in December.", oct26, "two weeks@duration:P2W;December=1989-12-01..1989-12-31/month"},
	{"past act", "The company agreed to sell the unit to Ford in December.", oct26, "December=1989-12-01..1989-12-31/month"},
	{"past act", "Pilgrims filled the old city as Easter week began.", "2000-04-17", "Easter week=2000-04-17..2000-04-23/week"},
	{"past act", "The airline bought 20 jets for delivery in January.", oct26, "January=1990-01-01..1990-01-31/month"},
	{"past act", "The company issued bonds maturing on Jan. 15.", oct26, "Jan. 15=1990-01-15"},
	{"past act", "The law was passed by parliament in May and takes effect in April.", "1998-03-02", "May=1997-05-01..1997-05-31/month;April=1998-04-01..1998-04-30/month"},
	{"past act", "The utility said it will buy back 2 million Class B preferred shares at par on Oct. 30.", "1989-10-27", "Oct. 30=1989-10-30"},
	// A year with its century cut.
	{"clipped year", "In '87, the company nearly collapsed.", "1989-11-02", "'87=1987-01-01..1987-12-31/year"},
	{"clipped year", "The stock has fallen since the crash of '87.", "1989-11-02", "'87=1987-01-01..1987-12-31/year"},
	{"clipped year", "The Class of '22 met in June.", "2023-01-03", "'22=2022-01-01..2022-12-31/year;June=2022-06-01..2022-06-30/month"},
	{"clipped year", "The '80s were good.", "1989-11-02", ""},
	{"clipped year", "He scored '87 points' in jest.", "1989-11-02", ""},
}
