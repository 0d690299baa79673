package timeexpr

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestStressScratch(t *testing.T) {
	files, _ := filepath.Glob(os.Getenv("HOME") + "/.cache/go-build/fuzz/github.com/draadnlp/draad/timeexpr/FuzzFind/*")
	var inputs []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.SplitN(string(b), "\n", 2)
		if len(lines) < 2 {
			continue
		}
		s := strings.TrimSpace(lines[1])
		s = strings.TrimSuffix(strings.TrimPrefix(s, "string("), ")")
		u, err := strconv.Unquote(s)
		if err == nil {
			inputs = append(inputs, u)
		}
	}
	frags := []string{"maandag", " ", "-", "t/m", "tot", "van", "1", "12", "2024", ":", ".", "uur", "om", "op", "de", "half", "kwart", "voor", "over", "geleden", "jaren", "eeuw", "begin", "eind", "sinds", "'", "s", "avonds", ",", "en", "tussen", "na", "maar", "laatste", "week", "in", "maart", "\n", "elke", "9999999999"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := 0; j < 3+r.Intn(15); j++ {
			b.WriteString(frags[r.Intn(len(frags))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		inputs = append(inputs, b.String())
	}
	for _, in := range inputs {
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				fmt.Printf("HANG: %q\n", in)
				os.Exit(1)
			}
		}()
		for _, d := range []Direction{Past, Future, Nearest} {
			Find(in, tRef, WithDirection(d))
		}
		Parse(in, tRef)
		close(done)
	}
}
