namespace AstroDL.Backends.Cpu;

/// <summary>A piece of work split into a fixed number of parts; part w of n always covers the same data.</summary>
internal interface IPartitionedWork
{
    void RunPart(int part, int parts);
}

/// <summary>
/// Runs the parts of a coarse kernel (GEMM blocks) on the calling thread and on long-lived worker threads. Unlike
/// Parallel.For it allocates nothing per call and wakes parked threads instead of scheduling tasks, which matters for
/// the sub-millisecond products of a training step. Calls from several threads at once take turns; a part must
/// not call <see cref="Run"/> itself (it would wait for the turn its caller holds).
/// </summary>
internal static class WorkerPool
{
    private static readonly Lock Gate = new();
    private static readonly List<Worker> Workers = [];
    private static readonly CountdownEvent Done = new(1);
    private static IPartitionedWork? current;
    private static int currentParts;
    private static Exception? failure;

    /// <summary>Runs parts 0..parts-1 of work, part 0 on this thread; returns when all are done and rethrows the first failure.</summary>
    public static void Run(IPartitionedWork work, int parts)
    {
        if (parts <= 1)
        {
            work.RunPart(0, 1);
            return;
        }
        lock (Gate)
        {
            while (Workers.Count < parts - 1) Workers.Add(new Worker(Workers.Count + 1));
            current = work;
            currentParts = parts;
            failure = null;
            Done.Reset(parts - 1);
            for (int i = 0; i < parts - 1; i++) Workers[i].Wake.Release();
            try
            {
                work.RunPart(0, parts);
            }
            finally
            {
                Done.Wait();
                current = null;
            }
            if (failure is { } e) throw new AggregateException(e);
        }
    }

    private sealed class Worker
    {
        public Worker(int part)
        {
            var thread = new Thread(() => Loop(part)) { IsBackground = true, Name = $"AstroDL worker {part}" };
            thread.Start();
        }

        public SemaphoreSlim Wake { get; } = new(0);

        private void Loop(int part)
        {
            while (true)
            {
                Wake.Wait();
                try
                {
                    current!.RunPart(part, currentParts);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
                finally
                {
                    Done.Signal();
                }
            }
        }
    }
}
