package actors

// Words of a dateline's date: "SINGAPORE, June 12 (Reuters) -".
var datelineMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// datelineDashes are the marks that close a dateline.
var datelineDashes = map[string]bool{"-": true, "–": true, "—": true, ":": true}

// dateline reports whether the form at tokens i..end opens its line as a
// dateline, the place a story was filed from: "SINGAPORE (The Straits
// Times/ANN)-", "WASHINGTON (Reuters) -", "DOHA:", "KUWAIT, March 3 -",
// or in ordinary case with the agency in brackets, "Singapore (AFP) -". A
// line set wholly in capitals is a headline ("IRAN: NO TALKS"), and a
// name before a colon in ordinary case may be a headline's speaker ("Iran:
// no talks"), so neither is one.
func (s *scan) dateline(i, end int) bool {
	if i >= len(s.toks) || !s.toks[i].lineStart {
		return false
	}
	caps := true
	for k := i; k < end; k++ {
		caps = caps && (!s.toks[k].word || s.toks[k].allCaps)
	}
	j := end
	if caps && s.key(j) == "," {
		// "KUWAIT, March 3": the day it was filed.
		if !datelineMonths[s.key(j+1)] {
			return false
		}
		j += 2
		for j < len(s.toks) && j < end+6 && s.toks[j].word && !datelineMonths[s.key(j)] && !s.toks[j].lineStart && isDigits(s.key(j)) {
			j++
		}
	}
	agency := false
	if s.key(j) == "(" {
		k := j + 1
		for k < len(s.toks) && k < j+10 && s.key(k) != ")" && !s.toks[k].lineStart {
			k++
		}
		if s.key(k) != ")" {
			return false
		}
		j, agency = k+1, true
	}
	if j >= len(s.toks) || s.toks[j].lineStart || !datelineDashes[s.key(j)] && !agency {
		return false
	}
	if !caps && !agency {
		return false
	}
	for j < len(s.toks) && !s.toks[j].word && !s.toks[j].lineStart {
		j++ // "--", ")-"
	}
	// The story goes on in ordinary case on the same line.
	for k := j; k < len(s.toks) && k < j+8 && !s.toks[k].lineStart; k++ {
		if t := s.toks[k]; t.word && !t.allCaps && !isDigits(t.key) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
