package article

import (
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	// Written for this test in the manner of a wire story saved as text.
	wrapped := "Leaders meet in Lisbon\n" +
		"LISBON, Portugal (AP) — The prime minister of Portugal welcomed the\n" +
		"president of Brazil to Lisbon on Monday for two days of talks on trade,\n" +
		"energy and the war in Ukraine, the first such visit in a decade.\n" +
		"The two leaders then walked through the old town, where crowds that\n" +
		"had waited since the morning cheered them and waved small flags from\n" +
		"the balconies of the narrow streets leading down to the river.\n" +
		"Officials said a joint statement would follow on Tuesday afternoon\n" +
		"after a working lunch at the foreign ministry with both delegations.\n"
	got := unwrap(wrapped)
	if want := "The prime minister of Portugal welcomed the president of Brazil to Lisbon on Monday for two days of talks on trade, energy and the war in Ukraine, the first such visit in a decade."; !strings.Contains(got, want) {
		t.Errorf("wrapped paragraph not joined:\n%s", got)
	}
	if !strings.HasPrefix(got, "Leaders meet in Lisbon\n") {
		t.Errorf("the headline was joined to the text:\n%s", got)
	}
	// A list of headlines has lines of that width but each starts anew.
	list := strings.Repeat("Markets slide as investors weigh the latest central bank moves\n"+
		"Football club names new coach after a difficult season at home\n", 4)
	if got := unwrap(list); got != list {
		t.Errorf("a list of headlines was joined:\n%s", got)
	}
	// Text with one paragraph a line is left alone.
	plain := "First paragraph of the story, written on one line as most pages are.\nSecond paragraph.\n"
	if got := unwrap(plain); got != plain {
		t.Errorf("plain text changed:\n%s", got)
	}
}

// TestUnwrapParagraph checks that one hard-wrapped paragraph on a page that
// is not wrapped as a whole is joined, and that a list of headlines or a
// run that never ends a sentence is left as it is.
func TestUnwrapParagraph(t *testing.T) {
	para := "Kenya said on Sunday it had severed ties with Somalia over the\n" +
		"storming of the Kenyan embassy in Mogadishu, in a worsening diplomatic\n" +
		"crisis between the two neighbours following the arrest of a\n" +
		"prominent opposition leader.\n"
	rest := "Foreign Minister Jane Doe told a news conference that the envoys had been given two days to leave the country.\n"
	got := unwrap(para + rest)
	want := "Kenya said on Sunday it had severed ties with Somalia over the storming of the Kenyan embassy in Mogadishu, in a worsening diplomatic crisis between the two neighbours following the arrest of a prominent opposition leader.\n" + rest
	if got != want {
		t.Errorf("wrapped paragraph:\n%q\nwant\n%q", got, want)
	}
	headlines := "Kenya and Somalia sign a border accord after two years of talks\n" +
		"Floods in the north leave thousands without homes or clean water\n" +
		"Markets rise as the central bank holds its rate for a third month\n"
	if got := unwrap(headlines); got != headlines {
		t.Errorf("headlines changed:\n%q", got)
	}
	open := strings.TrimSuffix(para, ".\n") + "\n"
	if got := unwrap(open + rest); got != open+rest {
		t.Errorf("a run that ends no sentence changed:\n%q", got)
	}
}

// A wrapped paragraph goes on past a line cut after a word no sentence
// ends on ("if", "to", a comma), whatever the next line's first letter,
// and takes in its last line when that line opens on a name and ends the
// sentence; headlines that end on such a word are not prose runs.
func TestUnwrapParagraphNames(t *testing.T) {
	para := "Kenyan troops may be sent to the border region if Somalia\n" +
		"decided to close the crossing for good, the Kenyan ambassador to\n" +
		"Somalia said on Sunday, according to the daily newspaper\n" +
		"Daily Nation.\n"
	rest := "Foreign Minister Jane Doe told a news conference that the envoys had been given two days to leave the country.\n"
	got := unwrap(para + rest)
	want := "Kenyan troops may be sent to the border region if Somalia decided to close the crossing for good, the Kenyan ambassador to Somalia said on Sunday, according to the daily newspaper Daily Nation.\n" + rest
	if got != want {
		t.Errorf("wrapped paragraph:\n%q\nwant\n%q", got, want)
	}
	headlines := "Kenya and Somalia sign a border accord after years of talks on\n" +
		"Floods in the north leave thousands without homes, officials say\n" +
		"Markets rise as the central bank holds its rate for a third month\n"
	if got := unwrap(headlines); got != headlines {
		t.Errorf("headlines changed:\n%q", got)
	}
}
