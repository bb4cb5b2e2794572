using System;
using System.Collections.Generic;
using static AstroDL.torch;          // TorchSharp: using static TorchSharp.torch;
using static AstroDL.torch.nn;       // TorchSharp: using static TorchSharp.torch.nn;

namespace AstroDL.Examples.MNIST     // TorchSharp: namespace TorchSharp.Examples.MNIST
{
    /// <summary>
    /// The TorchSharp examples' MNIST model pattern (layers as fields, RegisterComponents, an explicit forward),
    /// with fully connected layers in place of the convolutions that arrive with the convolution milestone.
    /// </summary>
    public class Model : Module<Tensor, Tensor>
    {
        private Module<Tensor, Tensor> fc1 = Linear(784, 128);
        private Module<Tensor, Tensor> fc2 = Linear(128, 64);
        private Module<Tensor, Tensor> fc3 = Linear(64, 10);

        private Module<Tensor, Tensor> relu1 = ReLU();
        private Module<Tensor, Tensor> relu2 = ReLU();

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
            var x = flatten.forward(input);

            var l11 = fc1.forward(x);
            var l12 = relu1.forward(l11);
            var l13 = dropout1.forward(l12);

            var l21 = fc2.forward(l13);
            var l22 = relu2.forward(l21);
            var l23 = dropout2.forward(l22);

            var l31 = fc3.forward(l23);

            return logsm.forward(l31);
        }
    }
}
