// The default random generator, the thread count and the tensor buffer pool are process-wide: a test that seeds the
// generator and expects its draws, or sets the thread count, gets another test's state if the two run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
