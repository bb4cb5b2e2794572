// A notebook run sets the process's working directory to the notebook's folder, so runs must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
