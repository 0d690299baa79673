package parse_test

import (
	"fmt"
	"time"

	"github.com/draadnlp/draad/parse"
)

var refTime = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

func ExampleParse() {
	page := "Meer uit Buitenland\n" +
		"OSLO (ANP/AFP) - Canada en de Noordse landen gaan nauwer samenwerken.\n" +
		"28 minuten geledenTEHERAN (ANP/AFP/DPA) - De Iraanse Revolutionaire Garde dreigt.\n" +
		"19 uur geleden\n"
	ref := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	doc, err := parse.Parse(page, parse.WithReference(ref))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, sec := range doc.Sections {
		fmt.Println(sec.Title.Text)
		for _, st := range sec.Stories {
			var codes []string
			for _, a := range st.Dateline.Agencies {
				codes = append(codes, a.Code)
			}
			fmt.Printf("%s %v %q at %s\n", st.Dateline.Place, codes, st.Age.Text, st.Age.Time.Format("15:04"))
		}
	}
	// Output:
	// Meer uit Buitenland
	// Oslo [ANP AFP] "28 minuten geleden" at 11:32
	// Teheran [ANP AFP DPA] "19 uur geleden" at 17:00
}

func ExampleParseDateline() {
	d, err := parse.ParseDateline("'S-HERTOGENBOSCH (ANP/RTR) - De gemeente ...")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Place, "|", d.PlaceText, "|", d.Text)
	for _, a := range d.Agencies {
		fmt.Printf("%s = %s (%s)\n", a.Text, a.Code, a.Name)
	}
	// Output:
	// 's-Hertogenbosch | 'S-HERTOGENBOSCH | 'S-HERTOGENBOSCH (ANP/RTR) -
	// ANP = ANP (Algemeen Nederlands Persbureau)
	// RTR = Reuters (Reuters)
}

func ExampleParseAge() {
	a, err := parse.ParseAge("1 dag, 13 uren geleden")
	if err != nil {
		fmt.Println(err)
		return
	}
	ref := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)
	fmt.Println(a.Amount, a.Unit, a.Direction, a.Resolve(ref).Format(time.DateTime))
	// Output:
	// 37 hour past 2026-11-26 23:00:00
}

func ExampleDecode() {
	latin1 := []byte("BRUSSEL (ANP) - Itali\xeb en Belgi\xeb")
	text, enc, err := parse.Decode(latin1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(enc, text)
	// Output:
	// iso-8859-1 BRUSSEL (ANP) - Italië en België
}

// ExampleDocument_All walks every story, whether the page is one wire
// story or a page of sections, and shows that without a reference time
// ages stay unresolved.
func ExampleDocument_All() {
	for _, page := range []string{
		"Kabinet valt\n\nDEN HAAG (ANP) - Het kabinet is gevallen.\n",
		"Meer uit Buitenland\nOSLO (ANP) - Canada en Noorwegen werken samen.\n28 minuten geleden\n",
	} {
		doc, err := parse.Parse(page, parse.WithoutEntities(), parse.WithoutQuotes())
		if err != nil {
			fmt.Println(err)
			return
		}
		for st := range doc.All() {
			fmt.Printf("%s: %s", st.Dateline.Place, st.Body.Text)
			if st.Age != nil {
				fmt.Printf(" (%s, resolved: %v)", st.Age.Text, !st.Age.Time.IsZero())
			}
			fmt.Println()
		}
	}
	// Output:
	// Den Haag: Het kabinet is gevallen.
	// Oslo: Canada en Noorwegen werken samen. (28 minuten geleden, resolved: false)
}

// An article whose dateline follows the lead paragraph is one story: the
// lead is the first paragraph of the body, and Body.Lead says how many
// paragraphs came before the dateline.
func ExampleParse_lead() {
	page := "Havenbedrijf verwacht recordjaar\n" +
		"De haven verwacht dit jaar meer overslag dan ooit.\n" +
		"ROTTERDAM (ANP)\n" +
		"De overslag groeide vorig jaar met vier procent.\n"
	doc, err := parse.Parse(page, parse.WithoutEntities(), parse.WithoutQuotes())
	if err != nil {
		fmt.Println(err)
		return
	}
	for st := range doc.All() {
		fmt.Println(st.Headline.Text, "|", st.Dateline.Text)
		for i, p := range st.Body.Paragraphs {
			part := "body"
			if i < st.Body.Lead {
				part = "lead"
			}
			fmt.Printf("%s: %s\n", part, p.Text)
		}
	}
	// Output:
	// Havenbedrijf verwacht recordjaar | ROTTERDAM (ANP)
	// lead: De haven verwacht dit jaar meer overslag dan ooit.
	// body: De overslag groeide vorig jaar met vier procent.
}
