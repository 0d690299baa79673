module github.com/draadnlp/draad/bench

go 1.26.0

replace github.com/draadnlp/draad => ../

require (
	github.com/draadnlp/draad v0.0.0-00010101000000-000000000000
	github.com/jdkato/prose/v2 v2.0.0
	github.com/markusmobius/go-dateparser v1.4.7
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/markusmobius/go-dateutil/v2 v2.9.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/tetratelabs/wazero v1.12.0 // indirect
	github.com/wasilibs/go-re2 v1.12.0 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20250123031827-cd30c44769bb // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.44.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
