package entity_test

import (
	"fmt"
	"strings"

	"github.com/draadnlp/draad/entity"
)

func ExampleExtract() {
	text := "De Iraanse president Masoud Pezeshkian sprak met NAVO-chef Jens Stoltenberg. " +
		"Volgens Pezeshkian is Teheran bereid tot overleg."
	for _, e := range entity.Extract(text) {
		fmt.Printf("%s %s canonical=%q role=%q org=%q country=%q\n", e.Text, e.Type, e.Canonical, e.Role, e.Org, e.Country)
	}
	// Output:
	// Masoud Pezeshkian person canonical="Masoud Pezeshkian" role="president" org="" country="IR"
	// NAVO organisation canonical="NAVO" role="" org="" country=""
	// Jens Stoltenberg person canonical="Jens Stoltenberg" role="chef" org="NAVO" country=""
	// Pezeshkian person canonical="Masoud Pezeshkian" role="" org="" country=""
	// Teheran country canonical="Iran" role="" org="" country="IR"
}

func ExampleModel_Analyze() {
	m, err := entity.Default()
	if err != nil {
		panic(err)
	}
	a := m.Analyze("Een Rus en twee Chinese diplomaten landden in de VS.")
	for _, e := range a.Entities {
		fmt.Println("entity:", e.Text, e.Type, e.Country, e.Canonical)
	}
	for _, l := range a.Links {
		fmt.Println("link:", l.Text, l.Kind, l.Country)
	}
	// Output:
	// entity: VS country US Verenigde Staten
	// link: Rus demonym RU
	// link: Chinese adjective CN
}

func ExampleModel_With() {
	d, err := entity.ParseDict(strings.NewReader("person\tBram Zonderland\tAbraham Zonderland\tNL\n"))
	if err != nil {
		panic(err)
	}
	m, err := entity.Default()
	if err != nil {
		panic(err)
	}
	for _, e := range m.With(d).Extract("Verslaggever Bram Zonderland meldt zich uit Kiev.") {
		fmt.Println(e.Text, e.Type, e.Canonical, e.Country)
	}
	// Output:
	// Bram Zonderland person Abraham Zonderland NL
	// Kiev location Kiev UA
}
