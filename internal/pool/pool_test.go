package pool

import (
	"context"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// count yields 0, 1, … n-1, and records how many it has given.
func count(n int, given *atomic.Int64) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			given.Add(1)
			if !yield(i) {
				return
			}
		}
	}
}

func TestOrderedKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		var given atomic.Int64
		var got []int
		// Later items finish first: the result must still come in order.
		f := func(i int) int {
			time.Sleep(time.Duration((i*7)%5) * time.Millisecond)
			return i * i
		}
		for r := range Ordered(context.Background(), workers, count(50, &given), f) {
			got = append(got, r)
		}
		want := make([]int, 50)
		for i := range want {
			want[i] = i * i
		}
		if !slices.Equal(got, want) {
			t.Errorf("workers=%d: got %v, want %v", workers, got, want)
		}
	}
}

// TestOrderedBounded checks that Ordered reads at most Window×workers items
// ahead of what it has yielded.
func TestOrderedBounded(t *testing.T) {
	const workers = 3
	var given atomic.Int64
	yielded := 0
	for range Ordered(context.Background(), workers, count(1000, &given), func(i int) int { return i }) {
		yielded++
		if ahead := int(given.Load()) - yielded; ahead > Window*workers {
			t.Fatalf("%d items read ahead of %d yielded, want at most %d", ahead, yielded, Window*workers)
		}
	}
	if yielded != 1000 {
		t.Errorf("yielded %d, want 1000", yielded)
	}
}

// TestOrderedCancel checks that cancelling stops reading the input and
// ends the sequence, and that no worker outlives the loop.
func TestOrderedCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var given atomic.Int64
	var calls atomic.Int64
	n := 0
	for range Ordered(ctx, 4, count(1_000_000, &given), func(i int) int { calls.Add(1); return i }) {
		n++
		if n == 10 {
			cancel()
		}
	}
	if n != 10 {
		t.Errorf("yielded %d results after cancelling at 10, want 10", n)
	}
	if g := given.Load(); g > 10+Window*4 {
		t.Errorf("read %d items, want at most %d", g, 10+Window*4)
	}
	if c := calls.Load(); c > 10+Window*4 {
		t.Errorf("%d calls of f, want at most %d", c, 10+Window*4)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines after the loop, %d before", after, before)
	}
}

// TestOrderedCancelWhileWaiting checks that a cancel ends the sequence
// while it waits for a slow item.
func TestOrderedCancelWhileWaiting(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	release := make(chan struct{})
	f := func(i int) int {
		if i == 1 {
			cancel()
			<-release
		}
		return i
	}
	var given atomic.Int64
	var got []int
	go func() { time.Sleep(10 * time.Millisecond); close(release) }()
	for r := range Ordered(ctx, 2, count(100, &given), f) {
		got = append(got, r)
	}
	if len(got) > 1 {
		t.Errorf("got %v after a cancel at item 1, want at most [0]", got)
	}
}

func TestOrderedBreak(t *testing.T) {
	before := runtime.NumGoroutine()
	var given atomic.Int64
	for r := range Ordered(context.Background(), 2, count(100, &given), func(i int) int { return i }) {
		if r == 5 {
			break
		}
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines after break, %d before", after, before)
	}
}

func TestOrderedEmpty(t *testing.T) {
	for range Ordered(context.Background(), 0, func(func(int) bool) {}, func(i int) int { return i }) {
		t.Error("a result from an empty input")
	}
}
