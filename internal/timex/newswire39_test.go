package timex

// Stop 39: sentences written for the forms of newswire39.go and the stop's
// cues in data/tense.tsv, held by TestNewswire.
func init() {
	newsCases = append(newsCases, newsCases39...)
}

var newsCases39 = []newsCase{
	// A date an event was put off to is the coming one.
	{"deferred", "The hearing was postponed to March 3.", "1998-02-11", "March 3=1998-03-03"},
	{"deferred", "The vote was pushed back to March 3, aides said.", "1998-02-11", "March 3=1998-03-03"},
	{"deferred", "The hearing was moved to Friday.", "1998-02-11", "Friday=1998-02-13"},
	{"deferred", "Talks were adjourned until Monday.", "1998-02-11", "Monday=1998-02-16"},
	{"deferred", "The offer was extended until Friday.", oct26, "Friday=1989-10-27"},
	{"deferred", "He moved to Chicago Friday.", "1998-02-11", "Friday=1998-02-06"},
	// "The 20th" after "until", "by", "since", and before a preposition.
	{"day of month", "The visit will last until the 20th.", "1999-03-13", "the 20th=1999-03-20"},
	{"day of month", "The two presidents met on the 28th in Geneva.", "1999-03-13", "the 28th=1999-02-28"},
	{"day of month", "Payment is due by the 15th.", "1999-03-13", "the 15th=1999-03-15"},
	{"day of month", "The ship sank on the 9th and the crew was rescued on the 10th.", "1999-03-13", "the 9th=1999-03-09;the 10th=1999-03-10"},
	{"day of month", "He lived on the 15th floor.", "1999-03-13", ""},
	{"day of month", "By the 20th century, the city had grown.", "1999-03-13", "the 20th century=1900-01-01..1999-12-31/year"},
	// A past verb and its object bind the month after them; "as of" does not bind.
	{"past object", "He joined the company in February.", oct26, "February=1989-02-01..1989-02-28/month"},
	{"past object", "Voters elected a new parliament in December.", oct26, "December=1988-12-01..1988-12-31/month"},
	{"past object", "The company opened its first store in January.", oct26, "January=1989-01-01..1989-01-31/month"},
	{"past object", "Acme declared a dividend payable in February.", oct26, "February=1990-02-01..1990-02-28/month"},
	{"past object", "The board approved a plan to close the plant in February.", oct26, "February=1990-02-01..1990-02-28/month"},
	{"as of", "He resigned as of Oct. 31.", oct26, "Oct. 31=1989-10-31"},
	{"as of", "He resigned Oct. 1.", oct26, "Oct. 1=1989-10-01"},
	// The present of scheduling verbs looks ahead; after "to" it is an infinitive.
	{"present", "The talks open Monday.", "1998-02-11", "Monday=1998-02-16"},
	{"present", "The two leaders meet Monday in Oslo.", "1998-02-11", "Monday=1998-02-16"},
	{"present", "The strike ends Monday, union leaders said.", "1998-02-11", "Monday=1998-02-16"},
	{"present", "The exhibit runs through Sunday.", "1998-02-11", "Sunday=1998-02-15"},
	{"present", "The Security Council takes up the matter Monday.", "1998-02-11", "Monday=1998-02-16"},
	{"present", "The new law goes into effect Sunday.", "1998-02-11", "Sunday=1998-02-15"},
	{"present", "He had planned to meet them Monday.", "1998-02-11", "Monday=1998-02-09"},
	{"present", "The inspectors were supposed to return Monday.", "1998-02-11", "Monday=1998-02-09"},
	{"present", "The two leaders met Monday in Oslo.", "1998-02-11", "Monday=1998-02-09"},
	// The present progressive and a scheduling "is" look ahead.
	{"progressive", "The two sides are meeting Monday in Geneva.", "1998-02-11", "Monday=1998-02-16"},
	{"progressive", "Albright is traveling Sunday to Europe.", "1998-02-11", "Sunday=1998-02-15"},
	{"progressive", "The hearing is Monday.", "1998-02-11", "Monday=1998-02-16"},
	{"progressive", "Monday is the deadline.", "1998-02-11", "Monday=1998-02-16"},
	{"progressive", "Police are investigating Monday's shooting.", "1998-02-11", "Monday=1998-02-09"},
	{"progressive", "The hearing was Monday.", "1998-02-11", "Monday=1998-02-09"},
	// More irregular past forms; a participle after "is" binds nothing.
	{"irregular past", "The jury got the case late Friday.", "2023-11-07", "Friday=2023-11-03"},
	{"irregular past", "The court heard arguments Wednesday.", "2023-11-07", "Wednesday=2023-11-01"},
	{"irregular past", "The company laid off 300 workers Friday.", "1998-02-11", "Friday=1998-02-06"},
	{"irregular past", "He still had not signed it, though the case is heard in May.", "2000-03-29", "May=2000-05-01..2000-05-31/month"},
	{"irregular past", "The jury will hear closing arguments Friday.", "1998-02-11", "Friday=1998-02-13"},
}
