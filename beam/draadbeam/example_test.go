package draadbeam_test

import (
	"fmt"

	"github.com/draadnlp/draad/beam/draadbeam"
)

// A text file is dated by the last date in its path.
func ExampleDateFromPath() {
	fmt.Println(draadbeam.DateFromPath("archief/2019/05/15/kabinet.txt"))
	fmt.Println(draadbeam.DateFromPath("gs://kranten/nu-20190516-brand.txt"))
	fmt.Printf("%q\n", draadbeam.DateFromPath("archief/kabinet.txt"))
	// Output:
	// 2019-05-15
	// 2019-05-16
	// ""
}

// The output of a run is written in shards named after --output.
func ExampleShardPath() {
	for i := range 3 {
		fmt.Println(draadbeam.ShardPath("gs://kranten/uit/artikelen.jsonl.gz", i, 3))
	}
	// Output:
	// gs://kranten/uit/artikelen-00000-of-00003.jsonl.gz
	// gs://kranten/uit/artikelen-00001-of-00003.jsonl.gz
	// gs://kranten/uit/artikelen-00002-of-00003.jsonl.gz
}

// The dead-letter line of a record that could not be parsed.
func ExampleDeadLetter() {
	d := draadbeam.DeadLetter{File: "archief/2019.jsonl.gz", Line: 7, ID: "a7", Error: `bad record date "gisteren"`}
	fmt.Println(d)
	// Output:
	// {"file":"archief/2019.jsonl.gz","line":7,"id":"a7","error":"bad record date \"gisteren\""}
}
