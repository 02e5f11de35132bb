package main

import (
	"strings"
	"testing"
)

func TestDeriveRoots(t *testing.T) {
	in := `# comment
08: RETREAT
084: RETREAT,   ,  # Return, release
0841: RETREAT, release,   legal # Return, release person(s)
0813: RETREAT, ,   legal # Ease curfew
18: ASSAULT
180: ASSAULT, ,    # Use unconventional violence
181: ASSAULT, abduct,      # Abduct
193: ASSAULT, firearms, military # Fight with small arms
194: ASSAULT, firearms, military
1712: ASSAULT, seize, human_security
~~~~~
`
	rows, err := parseConversion(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	writeTable(&b, deriveRoots(rows))
	var got []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l != "" && l[0] != '#' {
			got = append(got, l)
		}
	}
	want := []string{
		"ASSAULT\t\t18\t1712 180 181 193 194", // 18 and 19 tie at 2: the lower root
		"ASSAULT\tabduct\t18\t181",
		"ASSAULT\tfirearms\t19\t193 194",
		"ASSAULT\tseize\t17\t1712",
		"RETREAT\t\t08\t0813 084 0841",
		"RETREAT\trelease\t08\t0841",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseConversionRejects(t *testing.T) {
	for _, in := range []string{"x1: AGREE", "030 AGREE", "030: agree, ,", "12345: AGREE"} {
		if _, err := parseConversion(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: err = %v, want an error naming line 1", in, err)
		}
	}
}

func FuzzParseConversion(f *testing.F) {
	f.Add("0841: RETREAT, release,   legal # Return\n")
	f.Add("08: CONCEDE\n~~~\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := parseConversion(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range deriveRoots(rows) {
			if len(r.Root) != 2 || len(r.Codes) == 0 {
				t.Fatalf("row %+v", r)
			}
		}
	})
}
