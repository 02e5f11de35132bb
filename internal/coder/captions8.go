package coder

import "strings"

// Rules of the eighth pass (stop 26) on precision: a photo's caption, or a
// post quoted from a social network, shows a scene the story tells in its
// own words; its present tense ("Modi greets Putin at the summit in New
// Delhi, December 6, 2021") and its date are the picture's, not the news.

// captionLabels open a caption line: "IMAGE: Modi greets Putin".
var captionLabels = map[string]bool{
	"image": true, "photo": true, "picture": true, "photograph": true, "file photo": true, "pictured": true,
}

// pictureNouns are what "in this ..." points at in a caption: "in this
// handout image released March 15".
var pictureNouns = map[string]bool{
	"image": true, "photo": true, "picture": true, "photograph": true, "handout": true, "screenshot": true, "grab": true,
}

// isCaption reports a sentence that is a caption or a quoted post: a line
// opened by a caption label and a colon, or by a wire photo's number
// ("epa06394628 Indonesian activists hold placards"); one that says "in
// this image" or links a picture of a post ("pic.twitter.com/..."); or
// one that ends, after a comma, on a full date with its year ("... in
// Jakarta, Indonesia, 17 December 2017."), the way wire captions close. A
// sentence of the story gives the day after "on" ("opened on May 14,
// 2018"), not after a place and a comma.
func isCaption(toks []token) bool {
	for i := 1; i < len(toks) && i < 4; i++ {
		if toks[i].lower == ":" {
			var w []string
			for _, t := range toks[:i] {
				w = append(w, t.lower)
			}
			if captionLabels[strings.Join(w, " ")] {
				return true
			}
			break
		}
	}
	if photoNumber(toks[0].lower) {
		return true
	}
	for i, t := range toks {
		if strings.Contains(t.lower, "pic.twitter.com") {
			return true
		}
		if t.lower == "this" && i > 0 && toks[i-1].lower == "in" {
			for k := i + 1; k < len(toks) && k <= i+3; k++ {
				if pictureNouns[toks[k].lower] {
					return true
				}
			}
		}
	}
	return endsOnPlaceDate(toks)
}

// photoNumber reports a wire photo's number: a few lower-case letters and
// six digits or more ("epa06394628").
func photoNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || i > 4 || len(w)-i < 6 {
		return false
	}
	for _, r := range w[i:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// endsOnPlaceDate reports a sentence that ends on a comma and a full date
// with its year, perhaps with a weekday: ", July 14, 2015.", ", 17 December
// 2017.", ", Monday, May 14, 2018". The word before the comma is a name
// (the place the picture was taken) or a weekday.
func endsOnPlaceDate(toks []token) bool {
	n := len(toks)
	for n > 0 && toks[n-1].punct {
		n--
	}
	if n < 6 || !isYear(toks[n-1].lower) {
		return false
	}
	var k int // the first token of the date
	switch {
	case toks[n-2].lower == "," && isDayNumber(toks[n-3].lower) && monthNames[toks[n-4].lower]:
		k = n - 4 // "July 14, 2015"
	case monthNames[toks[n-2].lower] && isDayNumber(toks[n-3].lower):
		k = n - 3 // "17 December 2017"
	default:
		return false
	}
	if _, wd := weekdays[toks[max(k-2, 0)].lower]; wd && k >= 2 && toks[k-1].lower == "," {
		k -= 2 // ", Monday, May 14, 2018"
	}
	if k < 2 || toks[k-1].lower != "," {
		return false
	}
	w := toks[k-2]
	return !w.punct && !isLowerWord(w.text)
}

// isYear reports a year of the last two centuries: "2015".
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// isDayNumber reports a day of the month: "14".
func isDayNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
