package coder

import (
	"strings"
	"testing"
	"time"

	"storyline/internal/article"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Third pass over wire forms (stop 21). The sentences are written for this
// test; each rule has two that it must code and one it must leave alone.
func TestWireFormsThirdPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "a date inside a 'since' phrase starts a span; it does not date the act",
			body: "Egyptian President Abdel Fattah el-Sisi visited Jordan in his first trip there since the war began in October 2023.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: pub}}},
		{rule: "'the first since' a dated event: neither date is the act's",
			body: "Kenya's president met Ugandan President Yoweri Museveni, the first such meeting since 2019 and the border dispute of March 2021.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: pub}}},
		{rule: "a date outside the 'since' phrase still dates the act",
			body: "Egyptian President Abdel Fattah el-Sisi visited Jordan on Monday, his first trip there since 2023.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2025-06-09"}}},

		{rule: "'announced they appointed': a past act after its subject is done, not planned",
			body: "Canada and India announced they appointed new high commissioners to each other's capitals.",
			want: []expect{{typ: "COOPERATE", countries: []string{"CAN", "IND"}, status: event.Occurred}}},
		{rule: "'announced they have named': a perfect is done",
			body: "Israel and Turkey announced on Monday they have named new ambassadors to each other.",
			want: []expect{{typ: "COOPERATE", countries: []string{"ISR", "TUR"}, status: event.Occurred}}},
		{rule: "'announced they will appoint' stays planned",
			body: "Canada and India announced they will appoint new high commissioners to each other's capitals next month.",
			want: []expect{{typ: "AGREE", countries: []string{"CAN", "IND"}, status: event.Planned}}},

		{rule: "'named X and Y as their high commissioners': cooperation",
			body: "India and Canada on Tuesday named senior diplomats Rajiv Sen and Paul Martin as their respective high commissioners.",
			want: []expect{{typ: "COOPERATE", countries: []string{"CAN", "IND"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "'appointed a veteran diplomat as ambassador to' another country",
			body: "Israel and Turkey appointed two veteran career diplomats as ambassadors to each other on Monday.",
			want: []expect{{typ: "COOPERATE", countries: []string{"ISR", "TUR"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "named as a spokesman is no envoy",
			body: "Israel named the former general as its spokesman in Turkey.", notTypes: []string{"COOPERATE"}},

		{rule: "a country behind a gang the attack targets is the target",
			body: "The U.S. military conducted a strike on a boat carrying members of a Venezuelan gang on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"USA", "VEN"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "a participle tail names what the attack hit",
			body: "The U.S. military conducted a lethal strike on a vessel in the Caribbean on Tuesday, targeting members of Colombia's largest cartel.",
			want: []expect{{typ: "ASSAULT", countries: []string{"COL", "USA"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "a tail that is no attack verb adds no party",
			body: "The U.S. military conducted a strike on a vessel in the Caribbean, drawing praise from Cuban officials.",
			want: []expect{{typ: "ASSAULT", status: event.Occurred, notActor: "CUB"}}, anyOf: true},

		{rule: "one leader meeting three listed leaders holds three meetings",
			body: "Egyptian President Abdel Fattah el-Sisi met with Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President John Mahama on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "KEN"}, status: event.Occurred, start: "2025-06-09"},
				{typ: "CONSULT", countries: []string{"EGY", "NGA"}, status: event.Occurred, start: "2025-06-09"},
				{typ: "CONSULT", countries: []string{"EGY", "GHA"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "'several leaders, including' two: one meeting with each",
			body: "Egyptian President Abdel Fattah el-Sisi held talks with several leaders, including Kenyan President William Ruto and Nigerian President Bola Tinubu.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "KEN"}, status: event.Occurred},
				{typ: "CONSULT", countries: []string{"EGY", "NGA"}, status: event.Occurred}}},
		{rule: "two listed leaders may be one three-way meeting",
			body: "Egyptian President Abdel Fattah el-Sisi met Kenyan President William Ruto and Nigerian President Bola Tinubu in Cairo.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "KEN", "NGA"}, status: event.Occurred}}},

		{rule: "'He' after a fronted phrase is the subject after it",
			body: "During his talks with Kenyan President William Ruto, Egyptian President Abdel Fattah el-Sisi praised the deal. He asked Ruto to send more troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"EGY", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'She' after a fronted 'After' phrase",
			body: "After a call with Indian Prime Minister Narendra Modi, German Chancellor Angela Merkel spoke to reporters. She urged Modi to lift the ban.",
			want: []expect{{typ: "REQUEST", countries: []string{"DEU", "IND"}, status: event.Occurred}}, anyOf: true},
		{rule: "'He' after a sentence with no fronted phrase is its first person",
			body: "Kenyan President William Ruto met Egyptian President Abdel Fattah el-Sisi. He asked Sisi to send more troops.",
			want: []expect{{typ: "REQUEST", countries: []string{"EGY", "KEN"}, status: event.Occurred, notActor: ""}}, anyOf: true},

		{rule: "a meeting that 'has begun' is under way today",
			body: "Kenyan President William Ruto's meeting with Ugandan President Yoweri Museveni has begun in Kampala.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: pub}}},
		{rule: "talks that 'are under way' are today's",
			body: "Talks between Egypt and Jordan are under way in Cairo, officials said.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: pub}}},
		{rule: "a meeting that 'will begin' is planned",
			body: "Kenyan President William Ruto's meeting with Ugandan President Yoweri Museveni will begin on Friday in Kampala.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Planned, start: "2025-06-13"}}},

		{rule: "a bilateral meeting at a summit is between two, not the summit's",
			body: "Kenyan President William Ruto's bilateral meeting with Ugandan President Yoweri Museveni has begun in Johannesburg, the city hosting the G20 summit.",
			want: []expect{{typ: "CONSULT", mode: "meet", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "'bilateral talks' on a summit's sidelines stay a meeting",
			body: "The leaders of Egypt and Jordan held bilateral talks at the Arab League summit in Cairo.",
			want: []expect{{typ: "CONSULT", mode: "meet", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "a summit's meeting with no 'bilateral' is the group's",
			body: "Kenyan President William Ruto's meeting with Ugandan President Yoweri Museveni has begun in Johannesburg, the city hosting the G20 summit.",
			want: []expect{{typ: "CONSULT", mode: "multilateral", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},

		{rule: "a fronted response to an earlier attack sets the scene; the act follows",
			body: "In a swift military response to the recent terror attack, Kenya has carried out strikes on camps in Somalia.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},
		{rule: "a fronted retaliation for an attack sets the scene",
			body: "In retaliation for the bombing of its embassy, Egypt expelled Sudan's ambassador on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "a fronted meeting with no response in it is still the act",
			body: "After talks with Ugandan President Yoweri Museveni on Monday, Kenyan President William Ruto said the border would reopen.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "the speaker after a fronted call took part in it",
			body: "Following talks with Egyptian President Abdel Fattah el-Sisi, Kenyan President William Ruto said the crossing would reopen.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "a speaker after fronted talks with nobody named meets nobody",
			body:     "Following the talks, Kenyan President William Ruto said Uganda would reopen the border.",
			notTypes: []string{"CONSULT"}},

		{rule: "an act that 'drew condemnation from' a country: that country accuses",
			body: "The raid drew swift condemnation from Kenya on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN"}, status: event.Occurred, start: "2025-06-09"}}, notTypes: []string{"ASSAULT"}},
		{rule: "an act 'condemned by' a country in the passive: that country accuses",
			body: "The raid was swiftly condemned by Kenya on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN"}, status: event.Occurred, start: "2025-06-09"}}, notTypes: []string{"ASSAULT"}},
		{rule: "a noun subject with its own verb later stays the act",
			body: "The talks between Egypt and Jordan, held in Cairo on Monday, were welcomed by officials.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},

		{rule: "who an apposition says a party is names no party",
			body: "The strike drew condemnation from Qatar, a key mediator that hosts Hamas's political office.",
			want: []expect{{typ: "ACCUSE", countries: []string{"QAT"}, status: event.Occurred}}},
		{rule: "an apposition after the object describes it",
			body: "Kenya accused Somalia, a close ally of Ethiopia, of arming the rebels.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},
		{rule: "a list after a comma is no apposition",
			body: "Kenya accused Somalia, Ethiopia and Eritrea of arming the rebels.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ERI", "ETH", "KEN", "SOM"}, status: event.Occurred}}},

		{rule: "rolling out the red carpet for a leader hosts a visit",
			body: "Kenya rolled out the red carpet for Ugandan President Yoweri Museveni on Monday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}},
		{rule: "receiving a foreign leader hosts a visit",
			body: "Kenyan President William Ruto received the Ugandan leader at State House on Tuesday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-10"}}},
		{rule: "receiving leaders' letters hosts nobody",
			body: "Kenya received a letter from Uganda on Tuesday.", notTypes: []string{"CONSULT"}},

		{rule: "'and that' opens a second reported act",
			body: "The government is suspending contacts with Sudan and that 12 Sudanese diplomats will be expelled from Egypt.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "SDN"}, status: event.Planned}}, anyOf: true},
		{rule: "'and that' after a first act of the speaker",
			body: "Kenya said it had recalled its ambassador from Somalia and that Somalia's envoy would be expelled from Kenya.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},
		{rule: "the first act before 'and that' keeps its parties",
			body: "Kenya said talks with Uganda had ended on Monday and that no deal was reached.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},

		{rule: "a capitalised act word inside a name is no act",
			body: "Indian troops patrolled the border of Pakistan Occupied Kashmir on Monday.", notTypes: []string{"PROTEST"}},
		{rule: "a capitalised act word inside a name, beside a real act",
			body: "India struck camps in Pakistan Occupied Kashmir on Monday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IND", "PAK"}, status: event.Occurred, start: "2025-06-09"}}, notTypes: []string{"PROTEST"}},
		{rule: "a headline in capitals keeps its act words",
			body: "India Launches Strikes on Camps in Pakistan",
			want: []expect{{typ: "ASSAULT", countries: []string{"IND", "PAK"}, status: event.Occurred}}},

		{rule: "'prompting a vow of retaliation from' a country: its threat aims at the subject",
			body: "Kenya struck camps in Somalia on Monday, prompting a vow of retaliation from Somalia's president.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN", "SOM"}, status: event.Occurred}, {typ: "THREATEN", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},
		{rule: "'drawing condemnation from' a country: its accusation aims at the subject",
			body: "Kenya expelled two Somali diplomats on Monday, drawing condemnation from Ethiopia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ETH", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "a participle of the subject's own act keeps the subject acting",
			body: "Kenya expelled two Somali diplomats on Monday, accusing Somalia of spying.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},

		{rule: "'the issue of negotiating with' a leader is a topic, not talks",
			body:     "Kenya and Uganda disagreed over the issue of negotiating with Somali President Hassan Sheikh Mohamud.",
			notTypes: []string{"CONSULT"}},
		{rule: "'the prospect of meeting' a leader is a topic",
			body:     "Kenyan officials raised the prospect of meeting Somali President Hassan Sheikh Mohamud.",
			notTypes: []string{"CONSULT"}},
		{rule: "'days of fighting' were fought",
			body: "Kenyan troops took the town from Somali fighters after five days of fighting.",
			want: []expect{{typ: "ASSAULT", status: event.Occurred}}, anyOf: true},

		{rule: "'sought to' an act is an aim, no request",
			body: "Kenya sought to deter Somalia from any strike on the border.", notTypes: []string{"REQUEST"}},
		{rule: "'seeking to' an act is an aim, no request",
			body: "Egypt is seeking to discourage Ethiopia from filling the dam.", notTypes: []string{"REQUEST"}},
		{rule: "seeking a thing from a country is a request",
			body: "Kenya sought military aid from Uganda on Monday.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "'inviting sharp reaction from' a leader draws a reaction, no invitation",
			body:     "Kenyan jets struck a Somali convoy on Tuesday, inviting sharp reaction from Somali President Hassan Sheikh Mohamud.",
			notTypes: []string{"REQUEST"}},
		{rule: "'inviting criticism from' a country is no invitation",
			body: "Egypt closed the crossing, inviting criticism from Jordan.", notTypes: []string{"REQUEST"}},
		{rule: "inviting a leader to visit is an invitation",
			body: "Kenyan President William Ruto invited Ugandan President Yoweri Museveni to visit Nairobi.",
			// An invitation to visit is a visit announced (sixth pass, courtesy.go).
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Planned}}, anyOf: true},

		{rule: "retaliating against a country attacks it",
			body: "Iran retaliated against Israel with missile strikes on Tuesday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRN", "ISR"}, status: event.Occurred, start: "2025-06-10"}}, anyOf: true},
		{rule: "a pledge to retaliate against a country threatens it",
			body: "Iran pledged to retaliate against Israel.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "ISR"}, status: event.Occurred}}, anyOf: true},
		{rule: "opioid abuse is no attack",
			body: "Kenya and Uganda discussed opioid abuse on Monday.", notTypes: []string{"ASSAULT"}},

		{rule: "giving envoys days to leave expels them",
			body: "Kenya has given the Somali ambassador and two other officials seven days to leave the country.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, notTypes: []string{"RETREAT"}},
		{rule: "giving diplomats 48 hours to leave expels them",
			body: "Egypt gave three Sudanese diplomats 48 hours to leave on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "SDN"}, status: event.Occurred}}, anyOf: true},
		{rule: "giving residents time to leave their homes is no expulsion",
			body: "Kenyan officials gave residents two days to leave their homes before the flood.", notTypes: []string{"SANCTION"}},

		{rule: "'the 2015 accord' names the accord; the withdrawal is dated by its own words",
			body: "Kenya withdrew from the 2015 accord with Somalia on Tuesday.",
			want: []expect{{typ: "RETREAT", countries: []string{"KEN", "SOM"}, start: "2025-06-10", status: event.Occurred}}, anyOf: true},
		{rule: "'a 1990-batch officer' dates nothing",
			body: "Kenya appointed a 1990-batch officer as its ambassador to Uganda.",
			want: []expect{{typ: "COOPERATE", countries: []string{"KEN", "UGA"}, status: event.Occurred, notActor: ""}}, anyOf: true},
		{rule: "'in 2019' still dates the act",
			body: "Kenya withdrew from the accord with Somalia in 2019.",
			want: []expect{{typ: "RETREAT", countries: []string{"KEN", "SOM"}, start: "2019-01-01", status: event.Occurred}}, anyOf: true},

		{rule: "envoys 'asked to leave' a country are expelled by it",
			body: "Somali diplomats have been asked to leave Kenya within a week.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, notTypes: []string{"REQUEST"}},
		{rule: "an ambassador 'asked to leave' on a day is expelled that day",
			body: "The Sudanese ambassador was asked to leave Egypt on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "SDN"}, status: event.Occurred}}, anyOf: true},
		{rule: "a country asked to leave a body is no expulsion of envoys",
			body: "Kenya was asked to leave the talks with Somalia on Monday.", notTypes: []string{"SANCTION"}},

		{rule: "'said X was treacherous': the speaker accuses X",
			body: "Kenya said Somalia was treacherous and engaged in sabotage.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},
		{rule: "'said that X was culpable': the speaker accuses X",
			body: "Kenya's foreign ministry said on Monday that the Somali state was culpable for the attack on the border post.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},
		{rule: "a charge in the reporter's own words accuses no one",
			body: "The Somali army was complicit in the smuggling.", notTypes: []string{"ACCUSE"}},
		{rule: "'said X must withdraw': the speaker asks X",
			body: "Kenya said Somalia must withdraw its troops from the border.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "SOM"}, status: event.Occurred}}},

		{rule: "a fronted 'While' clause has its own act; the main clause has another",
			body: "While Egypt praised the deal on Monday, Kenya accused Somalia of bad faith.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},
		{rule: "a fronted 'Although' clause has its own act",
			body: "Although Kenya hosted the talks, Somalia accused Ethiopia of sabotage.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ETH", "SOM"}, status: event.Occurred}}, anyOf: true},
		{rule: "a fronted 'While visiting' phrase is no clause of its own",
			body: "While visiting Nairobi, Ugandan President Yoweri Museveni met Kenyan President William Ruto on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},

		{rule: "who speaks at a meeting takes part in it",
			body: "Kenyan President William Ruto said at a meeting with Ugandan President Yoweri Museveni that the border would reopen.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "who speaks during talks with a leader meets that leader",
			body: "Jordan's King Abdullah II said during talks with Egyptian President Abdel Fattah el-Sisi that the crossing must reopen.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "who speaks about a meeting takes no part in it",
			body: "Kenyan President William Ruto said in Nairobi that talks between Uganda and Somalia had ended.",
			want: []expect{{typ: "CONSULT", countries: []string{"SOM", "UGA"}, status: event.Occurred}}},

		{rule: "'a meeting between the two leaders' takes the parties told before",
			body: "Kenya and Uganda agreed to reopen the border. The breakthrough came during a meeting between the two leaders in Kampala on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-10"}}, anyOf: true},
		{rule: "'talks with the two ministers' takes the parties told before",
			body: "Egypt and Jordan signed a water accord. Officials held talks with the two ministers in Cairo on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "a meeting with a country named after it keeps that country",
			body: "Kenya and Uganda agreed to reopen the border. Egypt held a meeting with Jordan in Cairo on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// A weekday beside a month and day dates an undated page in the year its
// full dates give, or the next.
func TestTextReferenceWeekday(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"The photo was taken on March 3, 2022. The group said on Friday, Nov. 10 that it was aware of the arrest.", "2023-11-10"},
		{"The talks of May 2, 2019 failed. Officials met again on Tuesday, June 4 in Geneva.", "2019-06-04"},
		{"The photo was taken on March 3, 2022. The group said on Monday, Nov. 10 that it was aware of the arrest.", "2022-03-03"},
	} {
		got, ok := textReference(nlp.Split(c.body))
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("%q: got %v %v, want %s", c.body, got, ok, c.want)
		}
	}
}

// An act told with no date of its own is near the day the story was
// written: a dated sentence of background years before it does not date it.
func TestSiblingDateNearTheStory(t *testing.T) {
	for _, c := range []struct {
		body, notYear, wantYear string
	}{
		{"Kenyan troops have attacked Somali positions, Kenya says. The border war between Kenya and Somalia began with a raid on March 3, 2019. Kenya said on June 10, 2025 that the talks were over.", "2019", ""},
		{"Kenyan troops have attacked Somali positions, Kenya says. Kenya and Somalia traded fire on June 2, 2025. Kenya said on June 10, 2025 that the talks were over.", "", "2025-06-02"},
		{"Kenyan troops have attacked Somali positions, Kenya says. The border war between Kenya and Somalia began with a raid on May 3, 2025. Kenya said on June 10, 2025 that the talks were over.", "", "2025-05-03"},
	} {
		for _, e := range Code(art(c.body, ""), Options{KeepOneSided: true}) {
			if e.Type != "ASSAULT" || !strings.HasPrefix(e.Evidence[0].Text, "Kenyan troops") {
				continue
			}
			start := ""
			if e.Date != nil {
				start = e.Date.Start
			}
			if c.notYear != "" && strings.HasPrefix(start, c.notYear) || c.wantYear != "" && start != c.wantYear {
				t.Errorf("%q: attack dated %q", c.body, start)
			}
		}
	}
}

// An undated page that writes "Friday, August 8" is dated by the years its
// office holders served together; when two years fit, or nobody named is
// in office, it gets no date.
func TestTenureReference(t *testing.T) {
	now := time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)
	cat := defaultCatalog()
	for _, c := range []struct{ body, want string }{
		// Ruto took office in September 2022; 8 August fell on a Friday in 2025.
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni. The talks took place on Friday, August 8, in Kampala.", "2025-08-08"},
		// 3 March fell on a Monday in 2025 and in 2014, but Ruto was not president in 2014.
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday, March 3.", "2025-03-03"},
		// Museveni alone, in office since 1986: 8 August fell on a Friday in 1986, 1997, 2003, 2008, 2014 and 2025.
		{"Ugandan President Yoweri Museveni spoke on Friday, August 8.", ""},
		{"The talks took place on Friday, August 8, officials said.", ""},
	} {
		sents := nlp.Split(c.body)
		got, ok := tenureReference(sents, cat.Mentions(c.body, time.Time{}), cat, now)
		if c.want == "" && ok || c.want != "" && (!ok || got.Format(time.DateOnly) != c.want) {
			t.Errorf("%q: got %v %v, want %q", c.body, got, ok, c.want)
		}
	}
}

// A sentence that says when the act told before it took place dates it.
func TestTellsWhenItWas(t *testing.T) {
	for s, want := range map[string]bool{
		"The ceremony took place on Friday, August 8, at the White House.": true,
		"The talks were held on Monday in Geneva.":                         true,
		"The ceremony was attended by hundreds of guests.":                 false,
		"Officials said the talks took place on Monday.":                   false,
	} {
		if got := tellsWhenItWas(s); got != want {
			t.Errorf("tellsWhenItWas(%q) = %v, want %v", s, got, want)
		}
	}
}

// On a page that prints no publication date, news told in the present
// perfect takes its photo caption's day; a past told in the simple past
// does not.
func TestCaptionDateForNewsOfTheDay(t *testing.T) {
	pageDate := "2025-02-28"
	for _, c := range []struct{ body, want string }{
		{"Kenyan President William Ruto has cut short talks with Ugandan President Yoweri Museveni.", "2025-02-28"},
		{"Kenya has expelled two Somali diplomats, officials said.", "2025-02-28"},
		{"Kenyan President William Ruto cut short talks with Ugandan President Yoweri Museveni.", ""},
	} {
		a := art(c.body, "")
		a.PageDate = &pageDate
		if got := firstDay(t, a); got != c.want {
			t.Errorf("%q: dated %q, want %q", c.body, got, c.want)
		}
	}
}

// firstDay codes a and gives the first event's start day, "" when it is
// undated; it fails the test when a codes nothing.
func firstDay(t *testing.T, a article.Article) string {
	t.Helper()
	evs := Code(a, Options{})
	if len(evs) == 0 {
		t.Fatalf("%q: no event", a.Body)
	}
	if evs[0].Date == nil {
		return ""
	}
	return evs[0].Date.Start
}

// A page whose only date is a line with a weekday and no year, taken as its
// title, is dated by its office holders too.
func TestTenureReferenceFromTitle(t *testing.T) {
	a := art("President Donald Trump met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday.", "")
	a.Title = "Tuesday, May 13"
	evs := Code(a, Options{})
	if len(evs) != 1 || evs[0].Date == nil || evs[0].Date.Start != "2025-05-13" {
		t.Errorf("got %s, want the meeting dated 2025-05-13 (the one Tuesday 13 May of Trump's terms and the crown prince's)", summary(evs))
	}
	a.Title = "Riyadh talks"
	if evs := Code(a, Options{}); len(evs) == 1 && evs[0].Date != nil {
		t.Errorf("without the date line: got %s, want no date", summary(evs))
	}
}
