package coder

import "strings"

// Twenty-seventh pass (stop 45), accusations written by hand: a year
// before a name. "Bulgaria violated Article 2 of the 2017 Friendship
// Agreement", "accused Turkey of violating the 1923 Treaty of Lausanne":
// after "the", a bare year before a capitalised noun is part of the name
// of the accord, election or summit, as it is before a common noun ("the
// 2015 accord", datewords.go), and does not date the charge. A month or a
// weekday after the year ("the 2017 March rally" is rare; "2017 May" is
// no English order) is left to the time layer.

// capitalisedNameAfter reports text that starts, after spaces, with a
// capitalised word other than a month or weekday name.
func capitalisedNameAfter(after string) bool {
	after = strings.TrimLeft(after, " ")
	if after == "" || after[0] < 'A' || after[0] > 'Z' {
		return false
	}
	w := after
	if i := strings.IndexAny(w, " ,.;:'’"); i > 0 {
		w = w[:i]
	}
	return !monthOrDayNames[strings.ToLower(w)]
}

// monthOrDayNames are the capitalised words after a year that keep it a
// date.
var monthOrDayNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}
