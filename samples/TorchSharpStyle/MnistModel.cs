// The model of TorchSharpExamples (src/CSharp/Models/MNIST.cs), unchanged but for the using lines, namespace and whitespace.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using AstroDL;                                    // TorchSharp: using TorchSharp;
using static AstroDL.torch;                       // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;                    // TorchSharp: using static TorchSharp.torch.nn;
using static AstroDL.torch.nn.functional;         // TorchSharp: using static TorchSharp.torch.nn.functional;

namespace AstroDL.Examples.MNIST                  // TorchSharp: namespace TorchSharp.Examples.MNIST
{
    public class Model : Module<Tensor, Tensor>
    {
        private Module<Tensor, Tensor> conv1 = Conv2d(1, 32, 3);
        private Module<Tensor, Tensor> conv2 = Conv2d(32, 64, 3);
        private Module<Tensor, Tensor> fc1 = Linear(9216, 128);
        private Module<Tensor, Tensor> fc2 = Linear(128, 10);

        // These don't have any parameters, so the only reason to instantiate
        // them is performance, since they will be used over and over.
        private Module<Tensor, Tensor> pool1 = MaxPool2d(kernel_size: new long[] { 2, 2 });

        private Module<Tensor, Tensor> relu1 = ReLU();
        private Module<Tensor, Tensor> relu2 = ReLU();
        private Module<Tensor, Tensor> relu3 = ReLU();

        private Module<Tensor, Tensor> dropout1 = Dropout(0.25);
        private Module<Tensor, Tensor> dropout2 = Dropout(0.5);

        private Module<Tensor, Tensor> flatten = Flatten();
        private Module<Tensor, Tensor> logsm = LogSoftmax(1);

        public Model(string name, torch.Device device = null) : base(name)
        {
            RegisterComponents();

            if (device != null && device.type != DeviceType.CPU)
                this.to(device);
        }

        public override Tensor forward(Tensor input)
        {
            var l11 = conv1.forward(input);
            var l12 = relu1.forward(l11);

            var l21 = conv2.forward(l12);
            var l22 = relu2.forward(l21);
            var l23 = pool1.forward(l22);
            var l24 = dropout1.forward(l23);

            var x = flatten.forward(l24);

            var l31 = fc1.forward(x);
            var l32 = relu3.forward(l31);
            var l33 = dropout2.forward(l32);

            var l41 = fc2.forward(l33);

            return logsm.forward(l41);
        }
    }
}
