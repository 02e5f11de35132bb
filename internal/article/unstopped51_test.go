package article

import (
	"strings"
	"testing"

	"storyline/internal/capture"
)

// Stop 51: a lead paragraph printed with no full stop is the article's
// first paragraph, not furniture before it (unstoppedLead in text.go). The
// pages are written for this test.
func TestUnstoppedLead(t *testing.T) {
	const (
		title  = "Malawi Sends Troops To Mozambique: Army\n\n"
		byline = "A. Writer 5 minutes ago Tue 4th March 2025 | 10:12 AM\n\n"
		second = "\"The deployment follows a request from the government in Maputo under the defence pact,\" said a statement issued late Monday.\n\n"
		third  = "The army gave no figure for the number of soldiers sent but said more would follow if the situation required it.\n"
	)
	tests := []struct {
		name, text, lead string
		want             bool // the lead opens the body
	}{
		{"a lead ending with its speaker",
			title + byline + "Malawi has sent troops to Mozambique, where its soldiers serving with the African Union force came under fire last week, the army in Lilongwe said\n\n" + second + third,
			"Malawi has sent troops to Mozambique", true},
		{"a lead cut before its stop",
			title + "Ghana and Togo agreed on Friday to open a joint border post and to share patrols along the coast after a meeting of their foreign ministers in Lome\n\n" + second + third,
			"Ghana and Togo agreed", true},
		{"left alone: a long title-case deck",
			title + "Army Says More Soldiers Will Follow If Needed As Pressure Mounts On The Government Over The Mission In Mozambique And Its Cost To Taxpayers\n\n" + second + third,
			"Army Says More", false},
		{"left alone: a bulleted highlight",
			title + "• The two armies are expected to agree on joint patrols along the border and to share what their scouts learn about the rebels' camps\n\n" + second + third,
			"• The two armies", false},
		{"left alone: a line of links",
			title + "world news | africa | kenya sends soldiers to somalia as the army says more will follow if the situation requires it today\n\n" + second + third,
			"world news", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(tc.text)})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.HasPrefix(a.Body, tc.lead); got != tc.want {
				t.Errorf("body opens with %q: %v, want %v; body %.80q", tc.lead, got, tc.want, a.Body)
			}
			if !strings.Contains(a.Body, "The army gave no figure") {
				t.Errorf("the article's last paragraph is missing: %.200q", a.Body)
			}
		})
	}
}

// A long line with no stop before the article is a lead only when it
// opens as a sentence does: a lower-case run (a menu, a share bar) or a
// teaser behind a label ("You may also like:") stays out of the body
// (opensAsSentence, labelled). The pages are written for this test.
func TestUnstoppedLeadNotTeaser(t *testing.T) {
	const (
		title = "Ghana, Togo To Open Border Post\n\n"
		body  = "Ghana and Togo agreed on Friday to open a joint border post after a meeting of their foreign ministers in Lome.\n\n" +
			"The two ministers said patrols would begin next month and that more posts would follow along the coast.\n\n" +
			"The army gave no figure for the number of soldiers sent but said more would follow if the situation required it.\n"
	)
	for _, tc := range []struct{ name, line string }{
		{"a teaser behind a label", "You may also like: Malawi sends more troops to Mozambique as fighting spreads and the army says it will stay until the mission ends\n\n"},
		{"a lower-case share bar", "share this article on facebook twitter whatsapp email print copy link and follow us on our channels for more news from the region\n\n"},
		{"a lower-case menu", "home news world africa politics business sport opinion video podcasts weather travel culture science health more sections sign in subscribe now\n\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(capture.Capture{Source: "t.txt", ContentType: "text/plain", Body: []byte(title + tc.line + body)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Body, "Ghana and Togo agreed") {
				t.Errorf("body opens %.80q, want the article's first sentence", a.Body)
			}
		})
	}
}
