package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRestoreHeadings(t *testing.T) {
	// A service's page of sections: each heading over its own text, the
	// heading and the text in columns of their own.
	services := `<html><body><h1>Garden design</h1>
<div class="row"><div class="col"><h2>Planting plans</h2></div>
<div class="col"><p>We draw a plan for every bed, with the plants that suit its soil and light.</p></div></div>
<div class="row"><div class="col"><h2>Paving and paths</h2></div>
<div class="col"><p>Stone, brick or gravel laid to last, with drainage built in from the start.</p></div></div>
<section><h3>Ponds</h3><p>Wildlife ponds lined with clay and planted at the margins.</p></section>
</body></html>`
	servicesBody := "We draw a plan for every bed, with the plants that suit its soil and light.\n\n" +
		"Stone, brick or gravel laid to last, with drainage built in from the start.\n\n" +
		"Wildlife ponds lined with clay and planted at the margins."
	sb := strings.Split(servicesBody, "\n\n")
	keptTwo := "Planting plans\n\n" + sb[0] + "\n\nPaving and paths\n\n" + sb[1] + "\n\n" + sb[2]
	lawns := "Lawns sown or turfed, and mown every fortnight in summer."
	fourSections := strings.Replace(services, "</body>", "<section><h3>Lawns</h3><p>"+lawns+"</p></section></body>", 1)
	// A help centre's answers, a heading run into the extractor's text.
	faq := `<html><body><div class="faq"><h3>Can I change my order?</h3><div><p>Yes, until it leaves the warehouse.</p></div>
<h3>How long does delivery take?</h3><div><p>Three to five working days in the country.</p></div>
<h3>Do you ship abroad?</h3><div><p>Only to countries of the European Union.</p></div></div></body></html>`
	faqBody := "Yes, until it leaves the warehouse.\n\nThree to five working days in the country.\n\nOnly to countries of the European Union."
	// A news story with a box of related headlines in its text.
	news := `<html><body><article><p>The council voted on Tuesday to close the library for repairs.</p>
<div class="related"><h3>More from the city</h3><ul><li><a href="/a"><h4>Bus fares rise in May</h4></a></li>
<li><a href="/b"><h4>New bridge opens</h4></a></li></ul></div>
<p>The repairs will take a year and cost two million pounds.</p>
<h2><a href="/c">Read our coverage of the budget</a></h2><p>Councillors will meet again in March.</p></article></body></html>`
	newsBody := "The council voted on Tuesday to close the library for repairs.\n\n" +
		"The repairs will take a year and cost two million pounds.\n\nCouncillors will meet again in March."
	tests := []struct {
		name, page, body, want string
	}{
		{"sections lose their headings", services, servicesBody,
			"Planting plans\n\n" + sb[0] + "\n\nPaving and paths\n\n" + sb[1] + "\n\nPonds\n\n" + sb[2]},
		{"questions over answers", faq, faqBody,
			"Can I change my order?\n\nYes, until it leaves the warehouse.\n\nHow long does delivery take?\n\n" +
				"Three to five working days in the country.\n\nDo you ship abroad?\n\nOnly to countries of the European Union."},
		{"headings kept: nothing added", faq, "Can I change my order?\n\nYes, until it leaves the warehouse.\n\n" +
			"How long does delivery take? Three to five working days in the country.\n\nOnly to countries of the European Union.",
			"Can I change my order?\n\nYes, until it leaves the warehouse.\n\n" +
				"How long does delivery take? Three to five working days in the country.\n\nOnly to countries of the European Union."},
		{"one heading missing: the extractor judged it", services, keptTwo, keptTwo},
		{"as many kept as missing: the extractor judged them", fourSections, keptTwo + "\n\n" + lawns, keptTwo + "\n\n" + lawns},
		{"headings over links and linked headlines stay out", news, newsBody, newsBody},
		{"text the body does not hold", services, "Opening hours: 9 to 5 every day but Sunday.",
			"Opening hours: 9 to 5 every day but Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := restoreHeadings(tt.body, sectionHeadings(doc)); got != tt.want {
				t.Errorf("restoreHeadings gave\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestSectionHeadings(t *testing.T) {
	page := `<html><body><h1>Title</h1><h2>Services</h2><h3>Audits</h3><p>We audit your accounts every quarter and report.</p>
<h2><a href="/x">Elsewhere</a></h2><p>Text after a linked heading.</p>
<a href="/y"><h3>A headline inside a link</h3></a>
<div><h4>Partners</h4><ul><li><a href="/p">Acme Ltd</a></li></ul></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range sectionHeadings(doc) {
		got = append(got, h.text+": "+strings.Join(h.next, " "))
	}
	want := []string{
		"Services: we audit your accounts every quarter and report",
		"Audits: we audit your accounts every quarter and report",
		"Partners: ",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sectionHeadings gave %q, want %q", got, want)
	}
}
