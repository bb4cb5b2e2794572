using AstroDL.Backends;

namespace AstroDL;

public static partial class torch
{
    public static partial class nn
    {
        // Argument checks shared by the functional losses: each error names the loss, the shapes and dtypes, and the fix.
        public static partial class functional
        {
            private static void CheckFloatInput(string loss, Tensor input)
            {
                if (!input.is_floating_point())
                    throw new ArgumentException(
                        $"{loss}: input must be a floating point tensor; got {input.dtype.Name()} {input.ShapeText}. " +
                        "Convert it with .to_type(ScalarType.Float32).");
            }

            /// <summary>The target of an elementwise loss: floating point, of the input's shape, in the input's dtype.</summary>
            private static Tensor ElementwiseTarget(string loss, Tensor input, Tensor target)
            {
                CheckFloatInput(loss, input);
                if (!target.is_floating_point())
                    throw new ArgumentException(
                        $"{loss}: target must be a floating point tensor; got {target.dtype.Name()} {target.ShapeText}. " +
                        $"Convert it with .to_type(ScalarType.{input.dtype}).");
                if (!input.dims.AsSpan().SequenceEqual(target.dims))
                    throw new ArgumentException(
                        $"{loss}: input {input.ShapeText} and target {target.ShapeText} have different shapes. Broadcasting them " +
                        "(PyTorch only warns) is almost always a bug; reshape one to match, e.g. target.view(input.shape).");
                return target.to_type(input.dtype);
            }

            /// <summary>An optional per-element weight (weight, pos_weights) in the input's dtype and on its device.</summary>
            private static Tensor? ElementWeight(string loss, string name, Tensor? weight, Tensor input)
            {
                if (weight is null) return null;
                var shape = Layout.TryBroadcast(weight.dims, input.dims);
                if (shape is null || !shape.AsSpan().SequenceEqual(input.dims))
                    throw new ArgumentException(
                        $"{loss}: {name} {weight.ShapeText} does not broadcast to the input's shape {input.ShapeText}.");
                return weight.to(input.device, input.dtype);
            }

            /// <summary>A per-class weight: one value per class, in the input's dtype and on its device.</summary>
            private static Tensor? ClassWeight(string loss, Tensor? weight, Tensor input, long classes)
            {
                if (weight is null) return null;
                if (weight.dims.Length != 1 || weight.dims[0] != classes)
                    throw new ArgumentException(
                        $"{loss}: weight must hold one value per class, shape [{classes}]; got {weight.ShapeText}.");
                return weight.to(input.device, input.dtype);
            }

            /// <summary>
            /// Checks int64 class-index targets against scores [N, C, d1, ...] (or [C] with a 0-d target) and returns the
            /// scores as rows [M, C], the targets as [M] and the target's shape (for unreduced results).
            /// </summary>
            /// <summary>
            /// Checks input and target and returns the scores as rows [N·d1·..., C] with their labels; checkRange: false
            /// leaves the check of each label to a kernel that reads them anyway.
            /// </summary>
            private static (Tensor rows, Tensor labels, long[] shape) ClassRows(string loss, Tensor input, Tensor target, long? ignore_index,
                bool checkRange = true)
            {
                CheckFloatInput(loss, input);
                if (target.dtype != ScalarType.Int64)
                    throw new ArgumentException(
                        $"{loss}: targets must be int64 class indices; got {target.dtype.Name()} {target.ShapeText}. " +
                        "Convert them with .to_type(ScalarType.Int64).");
                if (input.dims.Length == 0)
                    throw new ArgumentException($"{loss}: input must have a class dimension; got a 0-d tensor.");
                var expected = input.dims.Length == 1 ? [] : input.dims.Where((_, i) => i != 1).ToArray();
                if (!target.dims.AsSpan().SequenceEqual(expected))
                    throw new ArgumentException(
                        $"{loss}: input {input.ShapeText} needs targets of shape {Layout.Format(expected)} (one class index " +
                        $"per sample); got {target.ShapeText}.");
                long classes = input.dims[input.dims.Length == 1 ? 0 : 1];
                if (checkRange) CheckClassRange(loss, target, classes, ignore_index);
                var rows = input.dims.Length switch
                {
                    1 => input.unsqueeze(0),
                    2 => input,
                    // [N, C, d1, ...] -> [N, d1, ..., C] -> rows of C scores, in the order of target.reshape(-1).
                    var rank => input.permute([0, .. Enumerable.Range(2, rank - 2).Select(d => (long)d), 1]).reshape(-1, classes),
                };
                return (rows, target.reshape(-1), target.shape);
            }

            private static void CheckClassRange(string loss, Tensor target, long classes, long? ignore_index)
            {
                foreach (var label in target.data<long>())
                {
                    if ((label < 0 || label >= classes) && label != ignore_index)
                        throw new ArgumentException(
                            $"{loss}: target {label} is out of range for {classes} classes (valid: 0 to {classes - 1}" +
                            (ignore_index is { } ignored ? $", or ignore_index {ignored}" : "") + ").");
                }
            }
        }
    }
}
