package timex

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"time"
)

//go:embed data/holidays.tsv
var holidaysFile string

// holiday is a named day: a fixed month and day, or an offset from Easter.
type holiday struct {
	words      []string // the name as tokens
	month      time.Month
	day        int
	easter     bool
	easterDays int
	nth        int          // the nth weekday of month (-1: the last), 0 when fixed
	weekday    time.Weekday // with nth
	plusDays   int          // with nth: days after that weekday
}

var holidays = loadHolidays(holidaysFile)

// holidaysByWord indexes holidays by the first word of their name, so a
// token that starts none costs one map look-up.
var holidaysByWord = func() map[string][]holiday {
	m := map[string][]holiday{}
	for _, h := range holidays {
		if len(h.words) > 0 {
			m[h.words[0]] = append(m[h.words[0]], h)
		}
	}
	return m
}()

func loadHolidays(data string) []holiday {
	var hs []holiday
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, spec, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		h := holiday{}
		for _, t := range tokenize(name) {
			h.words = append(h.words, t.text)
		}
		if f := strings.Split(spec, "/"); len(f) == 3 {
			mi, err1 := strconv.Atoi(f[0])
			n, err2 := strconv.Atoi(f[1])
			wdName, plus, _ := strings.Cut(f[2], "+")
			wd, ok := lex.weekday[map[string]string{"mon": "monday", "tue": "tuesday", "wed": "wednesday", "thu": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}[wdName]]
			k := 0
			if plus != "" {
				k, _ = strconv.Atoi(plus)
			}
			if err1 != nil || err2 != nil || !ok || n == 0 {
				continue
			}
			h.month, h.nth, h.weekday, h.plusDays = time.Month(mi), n, wd, k
		} else if rest, ok := strings.CutPrefix(spec, "easter"); ok {
			n, err := strconv.Atoi(strings.TrimPrefix(rest, "+"))
			if err != nil {
				continue
			}
			h.easter, h.easterDays = true, n
		} else {
			m, d, _ := strings.Cut(spec, "-")
			mi, err1 := strconv.Atoi(m)
			di, err2 := strconv.Atoi(d)
			if err1 != nil || err2 != nil {
				continue
			}
			h.month, h.day = time.Month(mi), di
		}
		hs = append(hs, h)
	}
	return hs
}

// in gives the holiday's day in year y.
func (h holiday) in(y int) time.Time {
	if h.easter {
		return easter(y).AddDate(0, 0, h.easterDays)
	}
	if h.nth > 0 {
		first := date(y, h.month, 1)
		off := (int(h.weekday) - int(first.Weekday()) + 7) % 7
		return first.AddDate(0, 0, off+7*(h.nth-1)+h.plusDays)
	}
	if h.nth < 0 {
		last := date(y, h.month+1, 0)
		back := (int(last.Weekday()) - int(h.weekday) + 7) % 7
		return last.AddDate(0, 0, -back+h.plusDays)
	}
	return date(y, h.month, h.day)
}

// easter is Western Easter Sunday of year y (the anonymous Gregorian
// computus).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, time.Month(month), day)
}

// holidayAt reads a named day with an optional year: "Christmas", "Easter
// 2024", "the Ides of March". In running text the name must be capitalised.
func (p *parser) holidayAt(i int) (Value, int, bool, bool) {
	best, bestN := holiday{}, 0
	for _, h := range holidaysByWord[p.tok(i).text] {
		if len(h.words) <= bestN {
			continue
		}
		ok := true
		for k, w := range h.words {
			if !p.is(i+k, w) {
				ok = false
				break
			}
		}
		if ok && (p.whole || p.tok(i).upper() || p.tok(i).text == "the" && p.tok(i+1).upper()) {
			best, bestN = h, len(h.words)
		}
	}
	if bestN == 0 {
		return Value{}, 0, false, false
	}
	if y, yn := p.year(i + bestN); yn > 0 {
		return dayValue(best.in(y)), bestN + yn, true, true
	}
	v, ok := p.yearless(i, func(y int) (Value, bool) { return dayValue(best.in(y)), true })
	return v, bestN, false, ok
}

// ruleHoliday reads named days and days counted from them: "Christmas",
// "Easter 2024", "three days after Easter", "the third Tuesday after
// Christmas 2014".
func ruleHoliday(p *parser, i int) (match, bool) {
	if v, n, explicit, ok := p.holidayAt(i); ok {
		if v.Grain == GrainDay && p.is(i+n, "week") && !p.is(i+n+1, "-") {
			// "Christmas week", "Easter week": the week holding the day
			// (for Easter, the Holy Week that ends on it).
			return match{n: n + 1, v: weekValue(v.Start), explicit: explicit}, true
		}
		return match{n: n, v: v, explicit: explicit}, true
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	var step func(t time.Time, after bool) time.Time
	if k, kn := p.ordinal(j); kn > 0 {
		if wd, wn, _, _ := p.weekday(j + kn); wn > 0 {
			step = func(t time.Time, after bool) time.Time {
				for range k {
					if after {
						t = nextWeekday(t, wd)
					} else {
						t = prevWeekday(t, wd)
					}
				}
				return t
			}
			j += kn + wn
		}
	} else if k, kn := p.count(j); kn > 0 && j == i {
		if u, un := p.unit(j + kn); un > 0 {
			step = func(t time.Time, after bool) time.Time {
				if !after {
					k = -k
				}
				switch u {
				case "hour":
					return t.AddDate(0, 0, k/24)
				case "week":
					return t.AddDate(0, 0, 7*k)
				case "fortnight":
					return t.AddDate(0, 0, 14*k)
				case "month":
					return t.AddDate(0, k, 0)
				case "quarter":
					return t.AddDate(0, 3*k, 0)
				case "year":
					return t.AddDate(k, 0, 0)
				}
				return t.AddDate(0, 0, k)
			}
			j += kn + un
		}
	}
	if step == nil || !p.is(j, "after", "before", "from") {
		return match{}, false
	}
	after := !p.is(j, "before")
	v, n, explicit, ok := p.holidayAt(j + 1)
	if !ok {
		return match{}, false
	}
	return match{n: j + 1 + n - i, v: dayValue(step(v.Start, after)), explicit: explicit}, true
}

// ruleClosest reads "the closest Monday to Oct 5th", "the second closest
// Mon to October fifth".
func ruleClosest(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	k := 1
	if kk, kn := p.ordinal(j); kn > 0 {
		k, j = kk, j+kn
	}
	if !p.is(j, "closest", "nearest") || k < 1 || k > 5 {
		return match{}, false
	}
	wd, wn, _, _ := p.weekday(j + 1)
	if wn == 0 || !p.is(j+1+wn, "to") {
		return match{}, false
	}
	s, ok := p.inner(j + 2 + wn)
	if !ok || s.v.Grain != GrainDay {
		return match{}, false
	}
	// Days of that weekday ordered by distance: 0..3 days away on one
	// side, then 4..6 on the other, then a week on, alternating.
	t := s.v.Start
	var cands []time.Time
	for d := -7 * k; d <= 7*k; d++ {
		if c := t.AddDate(0, 0, d); c.Weekday() == wd {
			cands = append(cands, c)
		}
	}
	for a := 1; a < len(cands); a++ {
		for b := a; b > 0 && absDays(cands[b], t) < absDays(cands[b-1], t); b-- {
			cands[b], cands[b-1] = cands[b-1], cands[b]
		}
	}
	return match{n: j + 2 + wn + s.n - i, v: dayValue(cands[k-1]), explicit: s.explicit}, true
}

// ruleDayOfRelativeMonth reads "the 20th of next month", "20 of this
// month", "the 20th day of the previous month".
func ruleDayOfRelativeMonth(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	d, dn := p.dayNum(j)
	if dn == 0 {
		return match{}, false
	}
	j += dn
	if p.is(j, "day") {
		j++
	}
	if !p.is(j, "of") {
		return match{}, false
	}
	j++
	if p.is(j, "the") {
		j++
	}
	off, ok := periodOffset(p.tok(j).text)
	if !ok || !p.is(j+1, "month") {
		return match{}, false
	}
	v, _ := unitValue(p.ref, "month", off)
	if !validDate(v.Start.Year(), v.Start.Month(), d) {
		return match{}, false
	}
	return match{n: j + 2 - i, v: dayValue(date(v.Start.Year(), v.Start.Month(), d))}, true
}
