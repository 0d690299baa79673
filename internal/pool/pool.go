// Package pool runs a function over a sequence on several goroutines and
// yields the results in the order of the sequence, with a bounded number
// of items in flight.
package pool

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// Window is how many items per worker Ordered holds at most: read but not
// yet yielded, queued or in work.
const Window = 2

// Ordered calls f on each item of in, on up to workers goroutines at once
// (runtime.GOMAXPROCS(0) when workers < 1), and yields the results in the
// order of in. It reads in lazily, on the caller's goroutine, and holds at
// most Window×workers items at a time, so memory stays flat however long
// in is.
//
// When ctx is done, Ordered reads no more items and the sequence ends;
// items already handed to f finish first, since f is not interrupted, and
// their results are dropped. When the loop over the sequence ends early,
// Ordered likewise waits for the calls of f in progress before it
// returns, so no goroutine outlives it. f must be safe for concurrent use.
func Ordered[T, R any](ctx context.Context, workers int, in iter.Seq[T], f func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		if workers < 1 {
			workers = runtime.GOMAXPROCS(0)
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		next, stop := iter.Pull(in)
		defer stop()

		type job struct {
			v   T
			out chan R
		}
		size := Window * workers
		// jobs has room for every item in the window, so handing out an
		// item never blocks, and each out channel has room for its result,
		// so a worker never waits for the reader.
		jobs := make(chan job, size)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for j := range jobs {
					if ctx.Err() != nil {
						close(j.out) // abandoned: nobody reads it
						continue
					}
					j.out <- f(j.v)
				}
			})
		}
		defer func() {
			close(jobs)
			wg.Wait()
		}()

		queue := make([]chan R, 0, size)
		done := false
		for {
			for !done && len(queue) < size && ctx.Err() == nil {
				v, ok := next()
				if !ok {
					done = true
					break
				}
				out := make(chan R, 1)
				jobs <- job{v, out}
				queue = append(queue, out)
			}
			if len(queue) == 0 {
				return
			}
			var r R
			select {
			case r = <-queue[0]:
			case <-ctx.Done():
				return
			}
			// Reuse the queue's array: shift down (it holds at most
			// 2×workers entries).
			copy(queue, queue[1:])
			queue[len(queue)-1] = nil
			queue = queue[:len(queue)-1]
			if ctx.Err() != nil || !yield(r) {
				return
			}
		}
	}
}
