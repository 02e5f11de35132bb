package timex

// Stop 39 (second helper): sentences written for the forms of grains39.go,
// held by TestNewswire.
func init() {
	newsCases = append(newsCases, newsCasesGrains39...)
}

var newsCasesGrains39 = []newsCase{
	// A bare year dating a yearly figure, compared with, or told of whole.
	{"figure year", "Analysts expect 1990 profit to fall.", "1989-10-30", "1990=1990-01-01..1990-12-31/year"},
	{"figure year", "The company said 1989 sales will rise 5%.", "1989-10-30", "1989=1989-01-01..1989-12-31/year"},
	{"figure year", "Analysts were predicting 1990 BellSouth earnings of $3.90 a share.", "1989-10-30", "1990=1990-01-01..1990-12-31/year"},
	{"figure year", "Economists expect 1999 growth to slow to 2%.", "1998-10-25", "1999=1999-01-01..1999-12-31/year"},
	{"figure year", "Profits were below 1988 levels.", "1989-10-30", "1988=1988-01-01..1988-12-31/year"},
	{"figure year", "Sales rose 5%, compared with 1988.", "1989-10-30", "1988=1988-01-01..1988-12-31/year"},
	{"figure year", "1990 has been a bad year for airlines.", "1990-08-15", "1990=1990-01-01..1990-12-31/year"},
	{"figure year", "Analysts see 1990 as a tough year.", "1989-10-30", "1990=1990-01-01..1990-12-31/year"},
	{"figure year", "Iraq sent 2000 troops to the border.", "1990-08-15", ""},
	{"figure year", "The army lost 1800 tanks.", "1990-08-15", ""},
	{"figure year", "Officials said 1500 were killed.", "1990-08-15", ""},
	{"figure year", "The chain has 1990 stores.", "1989-10-30", ""},
	// A month dating a monthly figure.
	{"figure month", "September housing starts fell 4%.", "1989-10-30", "September=1989-09-01..1989-09-30/month"},
	{"figure month", "July retail sales rose 0.6%.", "1990-08-15", "July=1990-07-01..1990-07-31/month"},
	{"figure month", "Economists expect June trade figures to show a narrower deficit.", "1990-08-15", "June=1990-06-01..1990-06-30/month"},
	{"figure month", "May retail sales rose 0.3%.", "2023-06-14", ""},
	{"figure month", "June Carter sang.", "1990-08-15", ""},
	// A weekday's quoted price is that of the day gone.
	{"quoted day", "The offer is a 30% premium over Thursday's closing price.", "1989-10-30", "Thursday=1989-10-26"},
	{"quoted day", "The stock remains below Wednesday's high.", "1989-11-02", "Wednesday=1989-11-01"},
	{"quoted day", "The shares are priced at a discount to Friday's close.", "1989-10-30", "Friday=1989-10-27"},
	{"quoted day", "The price will be set at Friday's close.", "1990-08-15", "Friday=1990-08-17"},
	{"quoted day", "Traders are cautious ahead of Friday's employment report.", "1990-08-15", "Friday=1990-08-17"},
	// "A year earlier" after a year named, "a month earlier" after a month.
	{"earlier than named", "In 1988, sales rose to $5 million from $4 million a year earlier.", "1989-10-30", "1988=1988-01-01..1988-12-31/year;a year earlier=1987-01-01..1987-12-31/year"},
	{"earlier than named", "The economy grew 4% in 1997, after 3% growth a year earlier.", "1998-10-25", "1997=1997-01-01..1997-12-31/year;a year earlier=1996-01-01..1996-12-31/year"},
	{"earlier than named", "Housing starts rose 2% in September from a month earlier.", "1989-10-30", "September=1989-09-01..1989-09-30/month;a month earlier=1989-08-01..1989-08-31/month"},
	{"earlier than named", "The jobless rate fell to 4.3% in December from 4.4% a month earlier.", "1999-01-22", "December=1998-12-01..1998-12-31/month;a month earlier=1998-11-01..1998-11-30/month"},
	{"earlier than named", "The company earned $5 million, up from $4 million a year earlier.", "1989-10-30", "a year earlier=1988-01-01..1988-12-31/year+approx"},
	{"earlier than named", "The company, founded in 1952, earned $5 million, up from $4 million a year earlier.", "1989-10-30", "1952=1952-01-01..1952-12-31/year;a year earlier=1988-01-01..1988-12-31/year+approx"},
	// A market's high for the year, its price after "of".
	{"high of year", "The stock rose to a high for the year of $42.875 in June.", "1989-10-30", "the year=1989-01-01..1989-12-31/year;June=1989-06-01..1989-06-30/month"},
	{"high of year", "The index fell to a low for the year of 2,100 in March.", "1989-10-30", "the year=1989-01-01..1989-12-31/year;March=1989-03-01..1989-03-31/month"},
	{"high of year", "It was the year of the tiger.", "1989-10-30", ""},
	// "Is expected", "is due", "due by" look ahead (data/tense.tsv).
	{"expected", "A decision is expected Friday.", "1989-10-30", "Friday=1989-11-03"},
	{"expected", "The report is due by Friday.", "1989-10-30", "Friday=1989-11-03"},
	{"expected", "Results are expected Friday, the company said.", "1989-10-30", "Friday=1989-11-03"},
	{"expected", "The loan, which is due Nov. 15, was sold Friday.", "1989-10-30", "Nov. 15=1989-11-15;Friday=1989-10-27"},
	{"expected", "The Fed cut rates Friday, as expected.", "1989-10-30", "Friday=1989-10-27"},
	{"expected", "The loan, which is due Nov. 15, was repaid Friday.", "1989-10-30", "Nov. 15=1989-11-15;Friday=1989-10-27"},
}
