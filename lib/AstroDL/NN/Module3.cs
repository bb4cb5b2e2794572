namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        /// <summary>A module with three inputs (GaussianNLLLoss: prediction, target and variance).</summary>
        public abstract class Module<T1, T2, T3, TResult> : Module
        {
            protected Module(string name)
                : base(name)
            {
            }

            public abstract TResult forward(T1 input1, T2 input2, T3 input3);

            public TResult call(T1 input1, T2 input2, T3 input3) => forward(input1, input2, input3);
        }
    }
}
