package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 41 (discourse21.go): one event told over several sentences. The
// articles are written for these tests, in wire style (dateline, lead,
// follow-ups that point back); none comes from a corpus page.

// The pair of the lead named by "the pair", "the two prime ministers",
// "the two heads of state" or a bare "The two" before its verb.
func TestWire21PairPhrases(t *testing.T) {
	lead := "MANILA, July 8 (Kyodo) - Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos Jr. in Manila on Tuesday. "
	checkCodedCases(t, []codedCase{
		{"the pair", lead + "The pair urged China to stop using water cannon.",
			"REQUEST", []string{"CHN", "JPN", "PHL"}, true},
		{"the pair signed", "MEXICO CITY, Oct 7 (Reuters) - Canadian Prime Minister Mark Carney held talks with Mexican President Claudia Sheinbaum in Mexico City on Tuesday. The pair signed a trade pact.",
			"AGREE", []string{"CAN", "MEX"}, true},
		{"the two prime ministers", lead + "The two prime ministers urged China to stop using water cannon.",
			"REQUEST", []string{"CHN", "JPN", "PHL"}, true},
		{"the two heads of government", lead + "The two heads of government urged China to stop using water cannon.",
			"REQUEST", []string{"CHN", "JPN", "PHL"}, true},
		{"the two also", lead + "The two also urged China to stop using water cannon.",
			"REQUEST", []string{"CHN", "JPN", "PHL"}, true},
		// Must not: a qualifier that names other people than the pair.
		{"the two opposition leaders", lead + "The two opposition leaders urged China to stop using water cannon.",
			"REQUEST", []string{"CHN", "JPN", "PHL"}, false},
		// The two who met, not the pair of an aimed act told since.
		{"the two after an aside", "PARIS, July 1 (AFP) - French President Emmanuel Macron and Russian President Vladimir Putin held a phone call on Tuesday. " +
			"Macron reaffirmed France's support for Ukraine's sovereignty. The two also urged Iran to cooperate with the nuclear watchdog.",
			"REQUEST", []string{"FRA", "IRN", "RUS"}, true},
		{"not the pair of the aside", "PARIS, July 1 (AFP) - French President Emmanuel Macron and Russian President Vladimir Putin held a phone call on Tuesday. " +
			"Macron reaffirmed France's support for Ukraine's sovereignty. The two also urged Iran to cooperate with the nuclear watchdog.",
			"REQUEST", []string{"FRA", "IRN", "UKR"}, false},
	})
}

// A plural subject standing for the pair acts before its object: one side
// named again in the object ("against Philippine ships") stays a source.
func TestWire21PairSubjectFirst(t *testing.T) {
	lead := "MANILA, July 8 (Kyodo) - Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos Jr. in Manila on Tuesday. "
	checkCodedCases(t, []codedCase{
		{"an accusation naming a side's ships", lead + "The two leaders condemned China's use of water cannon against Philippine ships.",
			"ACCUSE", []string{"CHN", "JPN", "PHL"}, true},
		{"the countries by name", "MANILA, July 8 (Kyodo) - Japan and the Philippines held talks in Manila on Tuesday. The two countries condemned China's use of water cannon against Philippine ships.",
			"ACCUSE", []string{"CHN", "JPN", "PHL"}, true},
		// Must not: the side named only as the victim is no accuser.
		{"a lone accuser", "MANILA, July 8 (Kyodo) - Japan condemned China's use of water cannon against Philippine ships on Tuesday.",
			"ACCUSE", []string{"CHN", "JPN", "PHL"}, false},
	})
}

// "They" after the two sides signed or agreed, not only after a meeting.
func TestWire21TheyAfterAccord(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"they after the ministers signed", "LONDON, March 24 (Reuters) - British Defence Secretary John Healey met his Norwegian counterpart Tore Sandvik in London on Tuesday. " +
			"The ministers signed an agreement on joint patrols to protect undersea cables. They also accused Russia of mapping critical infrastructure in the North Sea.",
			"ACCUSE", []string{"GBR", "NOR", "RUS"}, true},
		{"they after two countries signed", "MANILA, July 8 (Kyodo) - Japan and the Philippines signed a pact on troop access in Manila on Tuesday. They also condemned China's use of water cannon.",
			"ACCUSE", []string{"CHN", "JPN", "PHL"}, true},
		// Must not: one side's act on the other leaves no "they".
		{"they after an aimed act", "Australia accused China of dangerous manoeuvres over the Yellow Sea on Monday. They called on Beijing to investigate the incident.",
			"REQUEST", []string{"AUS", "CHN"}, false},
	})
}

// An act told done in the simple past keeps the story's day when its
// object names a later time: the time of the plan inside it. The page is
// dated 2025-07-09.
func TestWire21LaterThingDate(t *testing.T) {
	lead := "MANILA, July 8 (Kyodo) - Japanese Prime Minister Shigeru Ishiba held talks with Philippine President Ferdinand Marcos Jr. in Manila on Tuesday. "
	runRuleCases(t, "2025-07-09", []ruleCase{
		{rule: "agreed to hold drills next year",
			body: lead + "The two heads of state agreed to hold joint drills next year.",
			want: []expect{{typ: "AGREE", countries: []string{"JPN", "PHL"}, status: event.Occurred, start: "2025-07-08"}}, anyOf: true},
		{rule: "invited to a summit next year",
			body: "TIANJIN, July 8 (Xinhua) -- Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Tianjin on Tuesday. Modi invited Xi to India for a summit next year.",
			want: []expect{{typ: "REQUEST", countries: []string{"CHN", "IND"}, status: event.Occurred, start: "2025-07-08"}}, anyOf: true},
		// Must not: a plan keeps its own later day.
		{rule: "a plan keeps its day",
			body: lead + "The two leaders will sign the pact in Tokyo next month.",
			want: []expect{{typ: "AGREE", countries: []string{"JPN", "PHL"}, status: event.Planned, start: "2025-08-01"}}, anyOf: true},
	})
}

// "The visit comes a day after ...": the act after "after" is counted back
// from the story's day. The page is dated 2020-01-09, the lead's day is
// Wednesday 2020-01-08.
func TestWire21CameDaysAfter(t *testing.T) {
	lead := "DOHA, Jan 8 (AFP) - Iranian Foreign Minister Mohammad Javad Zarif held talks with Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani in Doha on Wednesday. "
	runRuleCases(t, "2020-01-09", []ruleCase{
		{rule: "comes a day after",
			body: lead + "The visit comes a day after Iran fired missiles at US bases in Iraq.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "USA"}, status: event.Occurred, start: "2020-01-07"}}, anyOf: true},
		{rule: "came two days after",
			body: lead + "The talks came two days after Iraq's parliament voted to expel US troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"IRQ", "USA"}, status: event.Occurred, start: "2020-01-06"}}, anyOf: true},
		// Must not: hours after is the same day; a day the act writes stands.
		{rule: "hours after",
			body: lead + "The visit came hours after Iran fired missiles at US bases in Iraq.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "USA"}, status: event.Occurred, start: "2020-01-08"}}, anyOf: true},
		{rule: "a day of its own",
			body: lead + "The visit comes a day after Iran fired missiles at US bases in Iraq on Monday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "USA"}, status: event.Occurred, start: "2020-01-06"}}, anyOf: true},
	})
}

// What two sides discussed names no third side: "the standoff with the
// United States" is the topic.
func TestWire21DiscussedTopic(t *testing.T) {
	lead := "VLADIVOSTOK, April 25 (Reuters) - Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday. "
	checkCodedCases(t, []codedCase{
		{"the two leaders discussed", lead + "The two leaders discussed the nuclear standoff with the United States.",
			"CONSULT", []string{"PRK", "RUS", "USA"}, false},
		{"they discussed", lead + "They discussed the stalled talks with Washington.",
			"CONSULT", []string{"PRK", "RUS", "USA"}, false},
		{"a pair joined by and", "VLADIVOSTOK, April 25 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un discussed the nuclear standoff with the United States on Thursday.",
			"CONSULT", []string{"PRK", "RUS", "USA"}, false},
		// Must not: one side's subject discusses with its partner.
		{"one side discusses with a partner", "MOSCOW, April 25 (Reuters) - Russian President Vladimir Putin discussed the summit with Chinese President Xi Jinping by phone on Thursday.",
			"CONSULT", []string{"CHN", "RUS"}, true},
	})
}

// The two people of a visit named by their part: "his counterpart", "the
// host", "his guest", "the visiting minister" stand for that side of the
// story's meeting.
func TestWire21RoleNouns(t *testing.T) {
	lead := "BAGHDAD, June 4 (AFP) - Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Baghdad on Wednesday. "
	checkCodedCases(t, []codedCase{
		{"his counterpart", lead + "Hussein urged his counterpart to halt strikes in northern Iraq.",
			"REQUEST", []string{"IRQ", "TUR"}, true},
		{"the host", lead + "The host urged Turkey to halt strikes in northern Iraq.",
			"REQUEST", []string{"IRQ", "TUR"}, true},
		{"his guest", lead + "The Iraqi minister urged his guest to halt the strikes.",
			"REQUEST", []string{"IRQ", "TUR"}, true},
		{"the visiting minister", lead + "The visiting minister urged Iraq to ban the PKK.",
			"REQUEST", []string{"IRQ", "TUR"}, true},
		// Must not: no role phrase stands for a side without a meeting.
		{"no meeting told", "BAGHDAD, June 4 (AFP) - Iraq's foreign minister spoke to reporters on Wednesday. The minister urged his counterpart to act.",
			"REQUEST", []string{"IRQ", "TUR"}, false},
	})
}

// Aid told after a meeting with no receiver goes to the other side of the
// meeting.
func TestWire21MeetingAid(t *testing.T) {
	lead := "BAGHDAD, June 4 (AFP) - Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Wednesday. "
	checkCodedCases(t, []codedCase{
		{"he also announced aid", lead + "He also announced $50 million in aid for reconstruction.",
			"AID", []string{"IRQ", "TUR"}, true},
		{"aid after a call", "ROME, March 23 (Reuters) - Russian President Vladimir Putin spoke by phone with Italian Prime Minister Giuseppe Conte on Sunday. " +
			"Moscow also announced $10 million in medical aid.",
			"AID", []string{"ITA", "RUS"}, true},
		// Must not: the host of a visit gives no aid to the visitor; a
		// meeting still planned takes no aid told as done.
		{"the host gives nothing", "SUVA, March 14 (AAP) - Australian Foreign Minister Julie Bishop visited Fiji on Saturday. Fiji announced aid for the cyclone victims.",
			"AID", []string{"AUS", "FJI"}, false},
		{"a planned meeting", "BAGHDAD, June 4 (AFP) - Turkish Foreign Minister Hakan Fidan will meet Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad next week. Turkey announced $50 million in aid on Wednesday.",
			"AID", []string{"IRQ", "TUR"}, false},
	})
}
