package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// ref days used below: a Wednesday in summer, the Monday before a new
// year, the Thursday after it, a Saturday, and a day in February.
const (
	wed   = "2024-07-24"
	mon   = "2024-07-22"
	sat   = "2024-07-27"
	eve   = "2024-12-30"
	jan2  = "2025-01-02"
	feb10 = "2024-02-10"
)

// findCase is a sentence with the expressions Find must give, written
// "TEXT=START[..END][/GRAIN]" (grain day when left out), joined by ";".
// An empty want means no date at all.
type findCase struct {
	kind  string
	text  string
	ref   string
	tense Tense
	want  string
}

var (
	P = TensePast
	F = TenseFuture
	U = TenseUnknown
)

var findCases = []findCase{
	// Weekdays, resolved by tense.
	{"weekday", "The ministers met on Saturday.", wed, P, "Saturday=2024-07-20"},
	{"weekday", "They will meet on Saturday.", wed, F, "Saturday=2024-07-27"},
	{"weekday", "Talks on Saturday in Rome", wed, U, "Saturday=2024-07-27"},
	{"weekday", "He spoke to reporters on Monday.", wed, U, "Monday=2024-07-22"},
	{"weekday", "She said on Wednesday that talks would go on.", wed, P, "Wednesday=2024-07-24"},
	{"weekday", "The vote is set for Wednesday.", wed, F, "Wednesday=2024-07-24"},
	{"weekday", "The leaders spoke last Monday.", wed, P, "last Monday=2024-07-22"},
	{"weekday", "They last met last Wednesday.", wed, P, "last Wednesday=2024-07-17"},
	{"weekday", "The summit opens next Friday.", wed, F, "next Friday=2024-08-02"},
	{"weekday", "The report is due this Friday.", wed, U, "this Friday=2024-07-26"},
	{"weekday", "Officials met this Monday.", wed, P, "this Monday=2024-07-22"},
	{"weekday", "The talks run Thursday through Saturday.", wed, F, "Thursday through Saturday=2024-07-25..2024-07-27/range"},
	{"weekday", "The talks ran Thursday through Saturday.", wed, P, "Thursday through Saturday=2024-07-18..2024-07-20/range"},
	{"weekday", "Delegates met Monday-Wednesday in Geneva.", wed, P, "Monday-Wednesday=2024-07-22..2024-07-24/range"},
	{"weekday", "The fair opens Friday after next.", wed, F, "Friday after next=2024-08-02"},
	{"weekday", "He arrives Wednesday of next week.", wed, F, "Wednesday of next week=2024-07-31"},
	{"weekday", "The call came Tuesday, July 23.", wed, P, "Tuesday, July 23=2024-07-23"},
	{"weekday", "The two sides met on Thursday.", eve, P, "Thursday=2024-12-26"},
	{"weekday", "The two sides will meet on Thursday.", eve, F, "Thursday=2025-01-02"},
	{"weekday", "Talks on Monday ended early.", eve, U, "Monday=2024-12-30"},
	{"weekday", "They will meet again next Monday.", eve, F, "next Monday=2025-01-06"},
	{"weekday", "The deal was struck last Friday.", jan2, P, "last Friday=2024-12-27"},
	{"weekday", "The envoy left on Tuesday.", jan2, P, "Tuesday=2024-12-31"},
	{"weekday", "The envoy leaves on Tuesday.", jan2, F, "Tuesday=2025-01-07"},
	{"weekday", "Rallies were held on Sunday.", mon, P, "Sunday=2024-07-21"},
	{"weekday", "It happened two Fridays ago.", wed, P, "two Fridays ago=2024-07-12"},
	{"weekday", "Voting ends on Sunday.", sat, F, "Sunday=2024-07-28"},

	// Month and day, with and without a year.
	{"month-day", "The meeting is on July 28.", wed, U, "July 28=2024-07-28"},
	{"month-day", "The pact was signed March 15.", wed, P, "March 15=2024-03-15"},
	{"month-day", "The pact will be signed March 15.", wed, F, "March 15=2025-03-15"},
	{"month-day", "Ministers meet on 28 July in Laos.", wed, U, "28 July=2024-07-28"},
	{"month-day", "The talks of July 28, 2024 were long.", wed, U, "July 28, 2024=2024-07-28"},
	{"month-day", "It was signed on Jul. 28, 2023.", wed, U, "Jul. 28, 2023=2023-07-28"},
	{"month-day", "The ban takes effect Aug. 1.", wed, U, "Aug. 1=2024-08-01"},
	{"month-day", "The mission ended Sept. 30.", wed, P, "Sept. 30=2023-09-30"},
	{"month-day", "The mission ends Sept. 30.", wed, F, "Sept. 30=2024-09-30"},
	{"month-day", "It began on the 15th of February.", wed, P, "the 15th of February=2024-02-15"},
	{"month-day", "It begins February 15th.", wed, F, "February 15th=2025-02-15"},
	{"month-day", "The parade was held on the 4th of July.", wed, P, "the 4th of July=2024-07-04"},
	{"month-day", "It opened on July 4th, 2023.", wed, U, "July 4th, 2023=2023-07-04"},
	{"month-day", "A treaty of 28 July 2024 binds them.", wed, U, "28 July 2024=2024-07-28"},
	{"month-day", "On Monday, July 22, 2024, the talks began.", wed, U, "Monday, July 22, 2024=2024-07-22"},
	{"month-day", "The visit starts January 5.", eve, F, "January 5=2025-01-05"},
	{"month-day", "The visit is January 5.", eve, U, "January 5=2025-01-05"},
	{"month-day", "The strike ended Dec. 26.", eve, P, "Dec. 26=2024-12-26"},
	{"month-day", "The strike was on Dec. 28.", jan2, U, "Dec. 28=2024-12-28"},
	{"month-day", "The vote is planned for December 28.", jan2, F, "December 28=2025-12-28"},
	{"month-day", "Parliament reopens Jan. 15.", jan2, F, "Jan. 15=2025-01-15"},
	{"month-day", "The leaders met on June 30 and July 1.", wed, P, "June 30=2024-06-30;July 1=2024-07-01"},
	{"month-day", "Elections are due on May 5.", feb10, F, "May 5=2024-05-05"},

	// Ranges of days.
	{"range", "The forum runs July 27-30.", wed, F, "July 27-30=2024-07-27..2024-07-30/range"},
	{"range", "Talks run July 30 to Aug. 1.", wed, F, "July 30 to Aug. 1=2024-07-30..2024-08-01/range"},
	{"range", "Talks ran July 30 to Aug. 1, 2023.", wed, P, "July 30 to Aug. 1, 2023=2023-07-30..2023-08-01/range"},
	{"range", "The games ran from 13 to 15 July.", wed, P, "from 13 to 15 July=2024-07-13..2024-07-15/range"},
	{"range", "Exercises run 1-8 September.", wed, F, "1-8 September=2024-09-01..2024-09-08/range"},
	{"range", "The truce holds Dec. 30 to Jan. 2.", eve, F, "Dec. 30 to Jan. 2=2024-12-30..2025-01-02/range"},
	{"range", "They met between March 3 and March 5, 2023.", wed, P, "March 3 and March 5, 2023=2023-03-03..2023-03-05/range"},
	{"range", "The fair is August 27th - 29th.", wed, F, "August 27th - 29th=2024-08-27..2024-08-29/range"},
	{"range", "The drills ran from Monday to Wednesday.", wed, P, "Monday to Wednesday=2024-07-22..2024-07-24/range"},
	{"range", "The drills run Friday to Monday.", wed, F, "Friday to Monday=2024-07-26..2024-07-29/range"},
	{"range", "Polls open from March to May 2025.", wed, F, "March to May 2025=2025-03-01..2025-05-31/month"},
	{"range", "He served from 2019 to 2021.", wed, P, "2019 to 2021=2019-01-01..2021-12-31/year"},
	{"range", "The inquiry sat from the 3rd to the 5th of May.", wed, P, "from the 3rd to the 5th of May=2024-05-03..2024-05-05/range"},

	// Parts of months, weeks and years.
	{"part", "The pact was signed in mid-March.", wed, P, "mid-March=2024-03-11..2024-03-20/range"},
	{"part", "The pact will be signed in mid-March.", wed, F, "mid-March=2025-03-11..2025-03-20/range"},
	{"part", "The talks resume in late January.", eve, F, "late January=2025-01-21..2025-01-31/range"},
	{"part", "Elections are expected early next year.", wed, F, "early next year=2025-01-01..2025-03-31/month"},
	{"part", "Relations soured late last year.", wed, P, "late last year=2023-09-01..2023-12-31/month"},
	{"part", "A decision is due by the end of the month.", wed, F, "the end of the month=2024-07-21..2024-07-31/range"},
	{"part", "The envoy arrived in early July.", wed, P, "early July=2024-07-01..2024-07-10/range"},
	{"part", "Trade fell in mid-2023.", wed, P, "mid-2023=2023-04-01..2023-08-31/month"},
	{"part", "A deal may come by the end of 2024.", wed, F, "the end of 2024=2024-09-01..2024-12-31/month"},
	{"part", "Troops leave at the end of next week.", wed, F, "the end of next week=2024-08-02..2024-08-04/range"},
	{"part", "He flies out early next week.", wed, F, "early next week=2024-07-29..2024-07-31/range"},
	{"part", "The cabinet met at the beginning of the week.", wed, P, "the beginning of the week=2024-07-22..2024-07-24/range"},
	{"part", "Prices rose in late May.", wed, P, "late May=2024-05-21..2024-05-31/range"},

	// Weeks, months and years counted from the reference day.
	{"relative", "The two spoke earlier this week.", wed, P, "earlier this week=2024-07-22..2024-07-24/range"},
	{"relative", "They will speak later this week.", wed, F, "later this week=2024-07-24..2024-07-28/range"},
	{"relative", "The ministers meet this week.", wed, F, "this week=2024-07-22..2024-07-28/week"},
	{"relative", "The ministers met last week.", wed, P, "last week=2024-07-15..2024-07-21/week"},
	{"relative", "The ministers meet next week.", wed, F, "next week=2024-07-29..2024-08-04/week"},
	{"relative", "Exports fell this month.", wed, P, "this month=2024-07-01..2024-07-31/month"},
	{"relative", "Exports fell last month.", wed, P, "last month=2024-06-01..2024-06-30/month"},
	{"relative", "The law takes effect next month.", eve, F, "next month=2025-01-01..2025-01-31/month"},
	{"relative", "The treaty was signed last year.", jan2, P, "last year=2024-01-01..2024-12-31/year"},
	{"relative", "Growth slowed this year.", wed, P, "this year=2024-01-01..2024-12-31/year"},
	{"relative", "Growth will pick up next year.", wed, F, "next year=2025-01-01..2025-12-31/year"},
	{"relative", "Officials met earlier this month.", wed, P, "earlier this month=2024-07-01..2024-07-24/range"},
	{"relative", "Tensions rose earlier this year.", wed, P, "earlier this year=2024-01-01..2024-07-24/range"},
	{"relative", "Fighting eased over the past week.", wed, P, "the past week=2024-07-15..2024-07-21/week"},
	{"relative", "Talks resume the following week.", wed, F, "the following week=2024-07-29..2024-08-04/week"},
	{"relative", "The next round is set for next March.", wed, F, "next March=2025-03-01..2025-03-31/month"},
	{"relative", "The next round is set for next March.", feb10, F, "next March=2024-03-01..2024-03-31/month"},
	{"relative", "The last round was held last March.", wed, P, "last March=2024-03-01..2024-03-31/month"},
	{"relative", "The visit took place in October.", wed, P, "October=2023-10-01..2023-10-31/month"},
	{"relative", "The visit will take place in October.", wed, F, "October=2024-10-01..2024-10-31/month"},
	{"relative", "A visit in October is possible.", wed, U, "October=2024-10-01..2024-10-31/month"},
	{"relative", "Talks resume in January.", eve, F, "January=2025-01-01..2025-01-31/month"},
	{"relative", "Talks stalled in December.", jan2, P, "December=2024-12-01..2024-12-31/month"},
	{"relative", "Talks in December went nowhere.", jan2, U, "December=2024-12-01..2024-12-31/month"},
	{"relative", "The pact dates from April 2019.", wed, U, "April 2019=2019-04-01..2019-04-30/month"},
	{"relative", "The base opened in 2019.", wed, U, "2019=2019-01-01..2019-12-31/year"},
	{"relative", "Japan has led the group since 2015.", wed, U, "2015=2015-01-01..2015-12-31/year"},
	{"relative", "Growth slowed in the first half of 2024.", wed, P, "the first half of 2024=2024-01-01..2024-06-30/month"},
	{"relative", "Growth may pick up in the second half of the year.", wed, F, "the second half of the year=2024-07-01..2024-12-31/month"},
	{"relative", "Profits rose in the third quarter.", wed, U, "the third quarter=2024-07-01..2024-09-30/quarter"},
	{"relative", "Profits rose in the fourth quarter of 2023.", wed, P, "the fourth quarter of 2023=2023-10-01..2023-12-31/quarter"},
	{"relative", "Deliveries begin in Q1 2025.", wed, F, "Q1 2025=2025-01-01..2025-03-31/quarter"},
	{"relative", "Sales fell in the fourth quarter.", feb10, P, "the fourth quarter=2023-10-01..2023-12-31/quarter"},
	{"relative", "The pact was signed in the spring of 2023.", wed, P, "the spring of 2023=2023-03-21..2023-06-20/range"},
	{"relative", "Troops will return this summer.", wed, F, "this summer=2024-06-21..2024-09-22/range"},
	{"relative", "Fighting paused last winter.", wed, P, "last winter=2023-12-21..2024-03-20/range"},
	{"relative", "Elections are due next spring.", wed, F, "next spring=2025-03-21..2025-06-20/range"},

	// Days counted from today.
	{"relative-day", "The minister arrived yesterday.", wed, P, "yesterday=2024-07-23"},
	{"relative-day", "The minister arrives today.", wed, F, "today=2024-07-24"},
	{"relative-day", "The minister leaves tomorrow.", wed, F, "tomorrow=2024-07-25"},
	{"relative-day", "Tomorrow is a new year.", "2024-12-31", F, "Tomorrow=2025-01-01"},
	{"relative-day", "The blast happened yesterday.", "2025-01-01", P, "yesterday=2024-12-31"},
	{"relative-day", "Two soldiers died two days ago.", wed, P, "two days ago=2024-07-22"},
	{"relative-day", "A vote is due in three weeks.", wed, F, "in three weeks=2024-08-14"},
	{"relative-day", "The ceasefire began a week ago.", wed, P, "a week ago=2024-07-17"},
	{"relative-day", "The ceasefire began two months ago.", wed, P, "two months ago=2024-05-24"},
	{"relative-day", "The war began three years ago.", wed, P, "three years ago=2021-07-01..2021-07-31/month"},
	{"relative-day", "They meet the day after tomorrow.", wed, F, "the day after tomorrow=2024-07-26"},
	{"relative-day", "Shelling continued last night.", wed, P, "last night=2024-07-23"},
	{"relative-day", "The ministers spoke this morning.", wed, P, "this morning=2024-07-24"},
	{"relative-day", "Talks will last for the next three days.", wed, F, "the next three days=2024-07-25..2024-07-27/range"},
	{"relative-day", "Shelling has eased over the past two weeks.", wed, P, "the past two weeks=2024-07-08..2024-07-21/week"},
	{"relative-day", "Six people died in the past 24 hours.", wed, P, "the past 24 hours=2024-07-23..2024-07-24/range"},
	{"relative-day", "The ceasefire began 48 hours ago.", wed, P, "48 hours ago=2024-07-22"},
	{"relative-day", "Inflation rose over the last two years.", wed, P, "the last two years=2022-01-01..2023-12-31/year"},

	// Weekends.
	{"weekend", "Protests spread over the weekend.", mon, P, "over the weekend=2024-07-20..2024-07-21/range"},
	{"weekend", "Protests are planned this weekend.", wed, F, "this weekend=2024-07-27..2024-07-28/range"},
	{"weekend", "Protests spread last weekend.", wed, P, "last weekend=2024-07-20..2024-07-21/range"},
	{"weekend", "Leaders meet next weekend.", wed, F, "next weekend=2024-07-27..2024-07-28/range"},
	{"weekend", "Leaders will meet at the weekend.", mon, F, "the weekend=2024-07-27..2024-07-28/range"},
	{"weekend", "Leaders are meeting this weekend.", sat, U, "this weekend=2024-07-27..2024-07-28/range"},

	// Days counted within a month, named days, numeric and ISO dates.
	{"ordinal", "Polls were held on the first Monday of March.", wed, P, "the first Monday of March=2024-03-04"},
	{"ordinal", "Polls are held on the last Friday of October.", wed, F, "the last Friday of October=2024-10-25"},
	{"ordinal", "The deadline was the last day of October 2015.", wed, P, "the last day of October 2015=2015-10-31"},
	{"ordinal", "It is due the week of March 4, 2024.", wed, P, "the week of March 4, 2024=2024-03-04..2024-03-10/week"},
	{"ordinal", "Rent is due on the 15th.", wed, F, "the 15th=2024-08-15"},
	{"ordinal", "Rent was paid on the 15th.", wed, P, "the 15th=2024-07-15"},
	{"holiday", "The truce held through Christmas.", wed, F, "Christmas=2024-12-25"},
	{"holiday", "Pilgrims gathered at Easter 2024.", wed, P, "Easter 2024=2024-03-31"},
	{"holiday", "Shoppers queued on Black Friday.", "2019-12-02", P, "Black Friday=2019-11-29"},
	{"holiday", "Talks resume after Labor Day.", wed, F, "Labor Day=2024-09-02"},
	{"holiday", "The troops were home by Thanksgiving 2023.", wed, P, "Thanksgiving 2023=2023-11-23"},
	{"decade", "Ties have deepened since the 1990s.", wed, P, "1990s=1990-01-01..1999-12-31/year"},
	{"decade", "The probe is due to launch in the mid-2020s.", wed, F, "the mid-2020s=2023-01-01..2026-12-31/year"},
	{"decade", "It opened in the early 2000s.", wed, P, "the early 2000s=2000-01-01..2002-12-31/year"},
	{"relative", "Tariffs were cut at the end of May last year.", wed, P, "the end of May last year=2023-05-21..2023-05-31/range"},
	{"relative", "A deal may come in the coming weeks.", wed, F, "the coming weeks=2024-07-29..2024-08-18/week"},
	{"negative", "He smoked 50 cigarettes in a day.", wed, U, ""},
	{"negative", "Polisi menemukan bom di stasiun.", wed, U, ""},
	{"relative", "This past May, the agency chose two firms.", wed, P, "This past May=2024-05-01..2024-05-31/month"},
	{"negative", "It is the second time in two weeks.", wed, P, ""},
	{"negative", "Prices hit their highest in three years.", wed, P, ""},
	{"range", "He served 2019–2021 as envoy.", wed, P, "2019–2021=2019-01-01..2021-12-31/year"},
	{"range", "Voting takes place on June 1st and 2nd.", feb10, F, "June 1st and 2nd=2024-06-01..2024-06-02/range"},
	{"weekday", "The ministers will meet this coming Friday.", wed, F, "this coming Friday=2024-07-26"},
	{"range", "Talks ran from late June to early July.", wed, P, "late June to early July=2024-06-21..2024-07-10/range"},
	{"range", "Talks run from late December to early January.", eve, F, "late December to early January=2024-12-21..2025-01-10/range"},
	{"relative", "They will be the first to visit since Biden took office in January.", wed, F, "January=2024-01-01..2024-01-31/month"},
	{"weekday", "Rebels attacked this past Sunday.", wed, P, "this past Sunday=2024-07-21"},
	{"weekend", "Rebels attacked this past weekend.", wed, P, "this past weekend=2024-07-20..2024-07-21/range"},
	{"part", "The quota runs out by end-March.", wed, F, "end-March=2025-03-21..2025-03-31/range"},
	{"relative", "Clashes have grown in recent weeks.", wed, P, "recent weeks=2024-07-01..2024-07-21/week"},
	{"negative", "The screen is 1080 pixels wide.", wed, U, ""},
	{"numeric", "The order is dated 2024-07-22.", wed, U, "2024-07-22=2024-07-22"},
	{"numeric", "The order was filed on 7/22/2024.", wed, U, "7/22/2024=2024-07-22"},
	{"numeric", "The order was filed on 22/07/2024.", wed, U, "22/07/2024=2024-07-22"},
	{"numeric", "The order was filed on 7/22.", wed, U, "7/22=2024-07-22"},
	{"numeric", "Stamped 2024-07-22T10:30:00Z by the clerk.", wed, U, "2024-07-22=2024-07-22"},
	{"dateline", "16:35 JST, March 10, 2022", wed, U, "March 10, 2022=2022-03-10"},
	{"dateline", "05 Mar 2021 02:03:35", wed, U, "05 Mar 2021=2021-03-05"},
	{"dateline", "Published: 12 June 2023 | 10:45 BST", wed, U, "12 June 2023=2023-06-12"},
	{"dateline", "Updated Nov. 18, 2019 4:31 PM ET", wed, U, "Nov. 18, 2019=2019-11-18"},
	{"dateline", "TOKYO, July 29 (Reuters) - Japan and the U.S. agreed.", "2024-07-29", U, "July 29=2024-07-29"},

	// Words and numbers that are not dates.
	{"negative", "Japan may send more troops.", wed, U, ""},
	{"negative", "May I ask a question?", wed, U, ""},
	{"negative", "Thousands joined a protest march in Tokyo.", wed, U, ""},
	{"negative", "March organisers said 5,000 people took part.", wed, U, ""},
	{"negative", "The 2+2 talks resumed in Tokyo.", wed, U, ""},
	{"negative", "About 100 people attended the rally.", wed, U, ""},
	{"negative", "The fall of the government was swift.", wed, U, ""},
	{"negative", "The Sun reported the story first.", wed, U, ""},
	{"negative", "The couple will wed in Paris.", wed, U, ""},
	{"negative", "He sat beside the minister.", wed, U, ""},
	{"negative", "They marked the 15th anniversary of the pact.", wed, U, ""},
	{"negative", "The vote was 52-48 in the end.", wed, U, ""},
	{"negative", "The network offers 24/7 coverage.", wed, U, ""},
	{"negative", "Room 1905 was searched.", wed, U, ""},
	{"negative", "Growth was 3.5 percent, or $2,019 a head.", wed, U, ""},
	{"negative", "Mr. August Lee and Gen. June Park spoke.", wed, U, ""},
	{"negative", "The weekend talks were cancelled.", wed, U, ""},
	{"negative", "Call 555-1234 for details.", wed, U, ""},
	{"negative", "The Arab Spring changed the region.", wed, U, ""},
	{"negative", "Officials may meet again soon.", wed, U, ""},
	{"mixed", "The Fed may raise rates in May.", wed, F, "May=2025-05-01..2025-05-31/month"},
	{"mixed", "Japan's forces, set up in 1954, trained in 2019.", wed, P, "1954=1954-01-01..1954-12-31/year;2019=2019-01-01..2019-12-31/year"},
}

func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad date %q in test table: %v", s, err)
	}
	return d
}

func formatExpr(e Expression) string {
	s := e.Text + "=" + e.Value.Start.Format("2006-01-02")
	if !e.Value.End.Equal(e.Value.Start) || e.Value.Grain != GrainDay {
		s += ".." + e.Value.End.Format("2006-01-02") + "/" + string(e.Value.Grain)
	}
	return s
}

// normalise writes a want spec the way formatExpr writes a result.
func normalise(spec string) string {
	text, val, _ := strings.Cut(spec, "=")
	rng, grain, hasGrain := strings.Cut(val, "/")
	start, end, hasEnd := strings.Cut(rng, "..")
	if !hasEnd {
		end = start
	}
	if !hasGrain {
		grain = "day"
	}
	s := text + "=" + start
	if end != start || grain != "day" {
		s += ".." + end + "/" + grain
	}
	return s
}

func TestFind(t *testing.T) {
	counts := map[string]int{}
	for _, c := range findCases {
		counts[c.kind]++
		t.Run(c.kind+"/"+c.text, func(t *testing.T) {
			got := Find(c.text, mustDay(t, c.ref), c.tense)
			var gotSpecs []string
			for _, e := range got {
				if c.text[e.Start:e.End] != e.Text {
					t.Errorf("expression %q has offsets [%d,%d) for %q", e.Text, e.Start, e.End, c.text[e.Start:e.End])
				}
				gotSpecs = append(gotSpecs, formatExpr(e))
			}
			var wantSpecs []string
			if c.want != "" {
				for _, w := range strings.Split(c.want, ";") {
					wantSpecs = append(wantSpecs, normalise(w))
				}
			}
			if strings.Join(gotSpecs, ";") != strings.Join(wantSpecs, ";") {
				t.Errorf("Find(%q, ref %s, tense %d)\n got %q\nwant %q", c.text, c.ref, c.tense, gotSpecs, wantSpecs)
			}
		})
	}
	t.Logf("table cases by kind: %v (total %d)", counts, len(findCases))
	if len(findCases) < 150 {
		t.Errorf("only %d table cases; the issue asks for at least 150", len(findCases))
	}
}

func TestExplicit(t *testing.T) {
	ref := mustDay(t, wed)
	tests := []struct {
		phrase   string
		explicit bool
	}{
		{"July 28, 2024", true}, {"July 28", false}, {"2024-07-22", true}, {"April 2019", true},
		{"in 2019", true}, {"last year", false}, {"on Monday", false}, {"Q1 2025", true},
		{"July 30 to Aug. 1, 2024", true}, {"the third quarter", false}, {"16:35 JST, March 10, 2022", true},
	}
	for _, tt := range tests {
		got := Find(tt.phrase, ref, TenseUnknown)
		if len(got) != 1 {
			t.Errorf("Find(%q) gave %d expressions, want 1", tt.phrase, len(got))
			continue
		}
		if got[0].Explicit != tt.explicit {
			t.Errorf("Find(%q).Explicit = %v, want %v", tt.phrase, got[0].Explicit, tt.explicit)
		}
	}
}

func TestParse(t *testing.T) {
	ref := mustDay(t, wed)
	tests := []struct {
		phrase string
		want   string // START..END/GRAIN, or "" for no date
	}{
		{"next Friday", "2024-08-02..2024-08-02/day"},
		{"in March", "2025-03-01..2025-03-31/month"},
		{"2/15", "2025-02-15..2025-02-15/day"},
		{"sat", "2024-07-27..2024-07-27/day"},
		{"the weekend", "2024-07-27..2024-07-28/range"},
		{"Monday talks", ""},
		{"hello", ""},
		{"", ""},
	}
	for _, tt := range tests {
		v, ok := Parse(tt.phrase, ref, TenseFuture)
		got := ""
		if ok {
			got = fmt.Sprintf("%s..%s/%s", v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"), v.Grain)
		}
		if got != tt.want {
			t.Errorf("Parse(%q) = %q, want %q", tt.phrase, got, tt.want)
		}
	}
}
