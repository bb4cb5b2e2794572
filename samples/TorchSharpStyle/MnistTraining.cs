using System;
using System.Collections.Generic;
using System.Diagnostics;
using AstroDL;                       // TorchSharp: using TorchSharp;
using static AstroDL.torch;          // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;       // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples           // TorchSharp: namespace CSharpExamples
{
    /// <summary>The train and test loops of TorchSharp's MNIST example, in the same shape and calls.</summary>
    public static class MnistTraining
    {
        /// <summary>Trains for the given epochs with Adam and StepLR, returning the test accuracy after the last epoch.</summary>
        public static double TrainingLoop(int epochs, Module<Tensor, Tensor> model, IEnumerable<(Tensor, Tensor)> train, int trainSize,
            IEnumerable<(Tensor, Tensor)> test, int testSize, string checkpoint)
        {
            var device = torch.cuda.is_available() ? torch.CUDA : torch.CPU;

            var optimizer = optim.Adam(model.parameters());

            var scheduler = optim.lr_scheduler.StepLR(optimizer, 1, 0.7);

            var totalTime = Stopwatch.StartNew();
            double accuracy = 0;

            for (var epoch = 1; epoch <= epochs; epoch++)
            {
                Train(model, optimizer, NLLLoss(reduction: Reduction.Mean), device, train, epoch, trainSize);
                accuracy = Test(model, NLLLoss(reduction: nn.Reduction.Sum), device, test, testSize);
                scheduler.step();
            }

            Console.WriteLine($"Elapsed time: {totalTime.Elapsed.TotalSeconds:F1} s.");
            model.save(checkpoint);
            return accuracy;
        }

        private static void Train(Module<Tensor, Tensor> model, optim.Optimizer optimizer, Loss<Tensor, Tensor, Tensor> loss,
            Device device, IEnumerable<(Tensor, Tensor)> dataLoader, int epoch, int size)
        {
            model.train();

            int batchId = 1;
            foreach (var (data, target) in dataLoader)
            {
                using (var d = torch.NewDisposeScope())
                {
                    optimizer.zero_grad();

                    var prediction = model.forward(data.to(device));
                    var output = loss.forward(prediction, target.to(device));

                    output.backward();

                    optimizer.step();

                    if (batchId % 50 == 0)
                        Console.WriteLine($"Train: epoch {epoch} [{batchId} batches / {size}] Loss: {output.ToSingle():F4}");

                    batchId++;
                }
            }
        }

        private static double Test(Module<Tensor, Tensor> model, Loss<Tensor, Tensor, Tensor> loss, Device device,
            IEnumerable<(Tensor, Tensor)> dataLoader, int size)
        {
            model.eval();

            double testLoss = 0;
            int correct = 0;

            foreach (var (data, target) in dataLoader)
            {
                using (var d = torch.NewDisposeScope())
                {
                    var prediction = model.forward(data.to(device));
                    var output = loss.forward(prediction, target.to(device));
                    testLoss += output.ToSingle();

                    correct += prediction.argmax(1).eq(target).sum().ToInt32();
                }
            }

            Console.WriteLine($"Test set: Average loss {(testLoss / size):F4} | Accuracy {((double)correct / size):P2}");
            return (double)correct / size;
        }
    }
}
